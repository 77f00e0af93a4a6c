/**
 * A file with a wrong date, an unknown gender, a missing column and a duplicate row reports each of them with
 * its row, column and a message in both languages, and nothing else. The file is made here, in code, from the
 * header and first rows of the real 2021 list (the data file itself is never edited).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { csvImporter } from '../src/index';
import { ELECTION, PATHS, readText } from './support';

function fixture(): string {
  const [header, ...rows] = parse(readText(PATHS[0]!), { bom: true }) as string[][];
  const religion = header!.indexOf('Tôn giáo');
  const dob = header!.indexOf('Ngày tháng năm sinh');
  const gender = header!.indexOf('Giới tính');
  const drop = (r: string[]) => r.filter((_, i) => i !== religion);
  const data = rows.slice(0, 4).map((r) => [...r]);
  data[1]![dob] = '31/02/1970';
  data[2]![gender] = 'Không rõ';
  data.push([...data[3]!]);
  return stringify([drop(header!), ...data.map(drop)]);
}

describe('row-level errors', () => {
  it('reports each problem with row, column and both languages, and nothing else', async () => {
    const text = fixture();
    const { data, errors } = await csvImporter().read({ name: 'broken.csv', data: text }, { election: ELECTION });
    expect(errors.map((e) => ({ code: e.code, row: e.row, column: e.column, value: e.value }))).toEqual([
      { code: 'missing-column', row: 1, column: { header: 'Tôn giáo' }, value: undefined },
      { code: 'invalid-date', row: 3, column: { header: 'Ngày tháng năm sinh', letter: 'G' }, value: '31/02/1970' },
      { code: 'invalid-gender', row: 4, column: { header: 'Giới tính', letter: 'H' }, value: 'Không rõ' },
      { code: 'duplicate-row', row: 6, column: { header: 'Họ và tên', letter: 'F' }, value: expect.any(String) },
    ]);
    for (const error of errors) {
      expect(error.file).toBe('broken.csv');
      expect(error.message.vi.length).toBeGreaterThan(10);
      expect(error.message.en.length).toBeGreaterThan(10);
      expect(error.message.vi).not.toBe(error.message.en);
    }
    expect(errors[1]!.message.en).toContain('has no day 31');
    expect(errors[3]!.message.en).toContain('row 5');
    // With errors, no half-built dataset comes back.
    expect(data.nominees).toEqual([]);
  });

  it('returns the valid rows when asked', async () => {
    const { data, errors } = await csvImporter().read(
      { name: 'broken.csv', data: fixture() },
      { election: ELECTION, validRowsOnly: true },
    );
    expect(errors).toHaveLength(4);
    // Rows 2 and 5 are valid (row 6 repeats row 5); none has a religion since the column is missing.
    expect(data.nominees).toHaveLength(2);
    expect(data.nominees.every((n) => n.person.religion === undefined)).toBe(true);
  });

  it('reports a malformed CSV as unreadable with the row where reading stopped', async () => {
    const text = `${readText(PATHS[0]!).split('\n').slice(0, 3).join('\n')}\n"unterminated,quote\n`;
    const { errors } = await csvImporter().read({ name: 'bad.csv', data: text }, { election: ELECTION });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unreadable-file', file: 'bad.csv', row: 4 });
    // csv-parse's reason in English, and the same reason in Vietnamese.
    expect(errors[0]!.message.en).toContain('Quote Not Closed');
    expect(errors[0]!.message.vi).toContain('dòng 4: ô mở dấu nháy kép nhưng không đóng lại');
  });

  it('throws a fault of the call instead of reporting the file unreadable', async () => {
    const { term: _term, ...withoutTerm } = ELECTION;
    const read = csvImporter().read({ name: 'list.csv', data: readText(PATHS[0]!) }, { election: withoutTerm });
    await expect(read).rejects.toBeInstanceOf(ConfigError);
  });
});
