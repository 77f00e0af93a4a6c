/**
 * Gender words: every documented synonym is accepted blind to case, surrounding and inner runs of spaces and
 * NFC/NFD; ambiguous values are refused with a message that lists what is accepted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGender } from '../src/fields';
import { GENDER_SYNONYMS } from '../src/gender-words';
import { ELECTION_2021, importFiles, realListFiles } from './real-list-2021';

const ACCEPTED: [string, 'male' | 'female'][] = [
  ['Nam', 'male'],
  ['Nam giới', 'male'],
  ['Nam gioi', 'male'],
  ['male', 'male'],
  ['M', 'male'],
  ['Nữ', 'female'],
  ['Nữ giới', 'female'],
  ['Nu', 'female'],
  ['Nu gioi', 'female'],
  ['female', 'female'],
  ['F', 'female'],
];

/** The spellings one word arrives in: as listed, upper and lower case, NFD, padded, "Nam  giới". */
function variants(word: string): string[] {
  return [word, word.toUpperCase(), word.toLowerCase(), word.normalize('NFD'), ` ${word} `, `${word}\u00A0`, word.replace(' ', '   ')];
}

describe('gender words', () => {
  it('the documented list is the list the code accepts', () => {
    expect(Object.entries(GENDER_SYNONYMS).flatMap(([g, words]) => words.map((w) => [w, g]))).toEqual(ACCEPTED);
  });

  it('accepts each synonym in any case, spacing and normalisation form', () => {
    for (const [word, gender] of ACCEPTED) {
      for (const v of variants(word)) expect(parseGender(v), JSON.stringify(v)).toEqual({ ok: true, value: gender });
    }
  });

  it('refuses ambiguous or unknown values, and the message lists the accepted words in both languages', () => {
    for (const value of ['N', '1', '0', '2', 'X', 'Nư', 'Nũ', 'nam nữ', 'Khác', '']) {
      const result = parseGender(value);
      expect(result, value).toMatchObject({ ok: false, code: 'invalid-gender' });
      if (result.ok) continue;
      for (const word of [...GENDER_SYNONYMS.male, ...GENDER_SYNONYMS.female]) {
        expect(result.message.vi, value).toContain(`"${word}"`);
        expect(result.message.en, value).toContain(`"${word}"`);
      }
    }
  });

  it('imports "F", "Male" and "NỮ" on the real first row of the 2021 list, and refuses "1"', () => {
    const [headers, row] = realListFiles()[0]!.rows as [string[], string[]];
    const column = headers.indexOf('Giới tính');
    const read = (value: string) => importFiles([{ name: 'list.csv', rows: [headers, row.map((c, j) => (j === column ? value : c))] }], { election: ELECTION_2021 });
    expect(read('F').data.nominees[0]!.person.gender).toBe('female');
    expect(read('Male').data.nominees[0]!.person.gender).toBe('male');
    expect(read('NỮ'.normalize('NFD')).data.nominees[0]!.person.gender).toBe('female');
    expect(read('1').errors).toEqual([expect.objectContaining({ code: 'invalid-gender', row: 2, column: { header: 'Giới tính', letter: 'H' }, value: '1' })]);
  });

  it('the template docs list every accepted word', () => {
    const page = readFileSync(join(import.meta.dirname, '../../../docs/export/nominee-columns.md'), 'utf8');
    const line = page.split('\n').find((l) => l.startsWith('| Giới tính |'));
    for (const words of Object.values(GENDER_SYNONYMS)) {
      expect(line).toContain(`${words[0]!} (\``);
      for (const word of words.slice(1)) expect(line, word).toContain(`"${word}"`);
    }
  });
});
