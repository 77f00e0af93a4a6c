/**
 * Every bilingual message says the same thing in Vietnamese and English: the same interpolated values, the
 * same rule placeholders, the same numbers. A translation that drops `${row}` or turns "Điều 8 khoản 3" into
 * "Article 8(4)" compiles and renders fine, so only reading the source catches it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPairs,
  findMessagePairs,
  numbersIn,
  pairProblems,
  repositoryMessagePairs,
  type MessagePair,
} from '../src/message-pairs.ts';

const root = join(import.meta.dirname, '..', '..');

/** The problems of every pair of a snippet, as "line: problem". */
function problemsOf(source: string): string[] {
  return checkPairs(findMessagePairs(source)).flatMap((m) => m.problems.map((p) => `${m.pair.line}: ${p}`));
}

describe('findMessagePairs', () => {
  it('finds object literals with vi and en texts, in any order and as constructor arguments', () => {
    const pairs = findMessagePairs(
      [
        "const a = { vi: 'Không có', en: 'None' };",
        'throw new ConfigError({ en: `Unknown collection "${name}"`, vi: `Không có tập "${name}"` });',
        "const b = { vi: 'Chưa' + ` có ${x}`, en: 'Not' + ` yet ${x}` };",
      ].join('\n'),
    );
    expect(pairs.map((p) => [p.line, p.vi.display, p.en.display])).toEqual([
      [1, 'Không có', 'None'],
      [2, 'Không có tập "${name}"', 'Unknown collection "${name}"'],
      [3, 'Chưa có ${x}', 'Not yet ${x}'],
    ]);
  });

  it('skips objects whose vi or en is not literal text', () => {
    expect(findMessagePairs("const a = { vi: text.vi, en: 'x' }; const b = { vi: 'x' };")).toEqual([]);
  });

  it('pairs the arguments of functions and classes that take vi and en, in the file and imported', () => {
    const source = [
      "import { notParsed } from './result';",
      'function problem(file: string, vi: string, en: string) { return { file, vi, en }; }',
      'class Unreadable { constructor(readonly vi: string, readonly en: string) {} }',
      "problem(path, `không mở được tệp (${code})`, 'cannot open the file');",
      "throw new Unreadable('Chưa nhập số.', 'No number given.');",
      "notParsed(`Không có tháng ${month}.`, `There is no month ${month}.`);",
      "unrelated('một', 'one');",
    ].join('\n');
    const imported = new Map([
      ['notParsed', { vi: 0, en: 1 }],
      ['unrelated', { vi: 0, en: 1 }],
    ]);
    const pairs = findMessagePairs(source, 'input.ts', imported);
    // `unrelated` is not imported here: a same-named function elsewhere must not make its arguments a pair.
    expect(pairs.map((p) => p.line)).toEqual([4, 5, 6]);
    expect(pairProblems(pairs[0]!)).toEqual(['interpolated expressions: only in vi [${code}], only in en []']);
    expect(pairProblems(pairs[1]!)).toEqual([]);
    expect(pairProblems(pairs[2]!)).toEqual([]);
  });

  it('pairs each branch of a conditional with its counterpart', () => {
    const source = [
      'const m = {',
      '  vi: conflicting ? `ghi các dân tộc khác nhau (${list})` : `có thể chỉ nhiều dân tộc (${list})`,',
      '  en: conflicting ? `names different groups (${list})` : `may mean more than one group`,',
      '};',
    ].join('\n');
    expect(problemsOf(source)).toEqual(['2: interpolated expressions: only in vi [${list}], only in en []']);
  });
});

describe('pairProblems', () => {
  it('accepts a faithful pair', () => {
    expect(
      problemsOf(
        'const e = { en: `${feature} needs the package "${packageName}". Install it: npm install ${packageName}`, vi: `${feature} cần gói "${packageName}". Hãy cài đặt: npm install ${packageName}` };',
      ),
    ).toEqual([]);
  });

  it('names an interpolated value missing on one side, even when the other side repeats one', () => {
    expect(problemsOf('const m = { vi: `Trùng với dòng ${row} của ${file}`, en: `Duplicates row ${row} of ${row}` };')).toEqual([
      '1: interpolated expressions: only in vi [${file}], only in en [${row}]',
    ]);
  });

  it('names placeholders that differ, format included', () => {
    expect(
      problemsOf(
        "const m = { vi: '{name}: có {actual} người ({actualShare:percent}), thiếu {shortfall}', en: '{name}: {actual} nominees ({actualShare}), {missing} short' };",
      ),
    ).toEqual(['1: placeholders: only in vi [{actualShare:percent}, {shortfall}], only in en [{actualShare}, {missing}]']);
  });

  it('reads English plurals with the engine grammar: a count shown in a form is that value, a chosen word is not', () => {
    expect(
      problemsOf(
        "const m = { vi: 'Bổ sung {n} người, thiếu {k}', en: 'Add {n:plural:# nominee|# nominees}, {k} {k:plural:is|are} short' };",
      ),
    ).toEqual([]);
    expect(
      problemsOf("const m = { vi: 'Bổ sung {n} người', en: 'Add {n:plural:a nominee|nominees}' };"),
    ).toEqual(['1: placeholders: only in vi [{n}], only in en []']);
  });

  it('names numbers that differ', () => {
    expect(problemsOf("const m = { vi: 'Điều 8 khoản 3: ít nhất 35%', en: 'Art. 8(4): at least 35%' };")).toEqual([
      '1: numbers: only in vi [3], only in en [4]',
    ]);
    // A number written as a word on one side is a number missing on the other.
    expect(problemsOf("const m = { vi: 'không quá ba đại biểu', en: 'at most 3 deputies' };")).toEqual([
      '1: numbers: only in vi [], only in en [3]',
    ]);
  });

  it('treats locale spellings of one value as the same value', () => {
    const source = [
      'const a = { vi: `Cột "${u.header}" không thuộc mẫu ${layout.name.vi}`, en: `Column "${u.header}" is not in the ${layout.name.en} layout` };',
      'const b = { vi: `phiên bản ${expectedVi}`, en: `version ${expected}` };',
      "const c = { vi: `chờ ${seconds(ms, 'vi')} giây`, en: `waited ${seconds(ms, 'en')} s` };",
      "const d = { vi: `Không thể ${use === 'filter' ? 'lọc' : 'sắp xếp'} ${collection}`, en: `Cannot ${use} ${collection}` };",
      "const e = { vi: `ô${more ? ` (và ${count - 1} nữa)` : ''}`, en: `cell${more ? ` (and ${count - 1} more)` : ''}` };",
      'const f = { vi: `Tệp ${viSize}, vượt giới hạn ${vn(max)} byte`, en: `The file ${enSize}, over the bound of ${en(max)} bytes` };',
    ].join('\n');
    expect(problemsOf(source)).toEqual([]);
  });

  it('still tells different values apart inside those spellings', () => {
    const source = [
      'const a = { vi: `mẫu ${layout.name.vi}`, en: `the ${layout.id} layout` };',
      "const b = { vi: `ô${more ? ` (và ${count - 1} nữa)` : ''}`, en: `cell${more ? ` (and ${count} more)` : ''}` };",
    ].join('\n');
    expect(problemsOf(source)).toEqual([
      '1: interpolated expressions: only in vi [${layout.name.<locale>}], only in en [${layout.id}]',
      "2: interpolated expressions: only in vi [${more ? `<text>${count - 1}<text>` : <text>}], only in en [${more ? `<text>${count}<text>` : <text>}]",
    ]);
  });
});

describe('numbersIn', () => {
  it('reads each language’s way of writing the same number', () => {
    expect(numbersIn('có ít nhất 06 đại biểu')).toEqual(numbersIn('at least 6 deputies'));
    expect(numbersIn('Bỏ phiếu (7 giờ đến 19 giờ)')).toEqual(numbersIn('Voting (07:00 to 19:00)'));
    expect(numbersIn('Từ 1/7/2025 chỉ còn hai cấp')).toEqual(numbersIn('Since 1 July 2025 there are two levels'));
    expect(numbersIn('nam sinh từ tháng 02/1966')).toEqual(numbersIn('men born from February 1966'));
    expect(numbersIn('khóa XV, XIV')).toEqual(numbersIn('the 15th, 14th'));
  });

  it('does not invent numbers', () => {
    expect(numbersIn('A polling team may open earlier')).toEqual([]);
    expect(numbersIn('Ví dụ I, V hoặc VV')).toEqual([]);
    expect(numbersIn('VIỆT NAM')).toEqual([]);
    expect(numbersIn('7:30')).toEqual(['7', '30']);
  });
});

describe('the packages’ messages', () => {
  const pairs = repositoryMessagePairs(root);
  const at = (file: string, viStart: string): MessagePair | undefined =>
    pairs.find((p) => p.file === file && p.vi.display.startsWith(viStart));

  it('are found in every shape they are written in', () => {
    expect(pairs.length).toBeGreaterThan(350);
    // An error constructor's argument, a rule catalogue, a positional call to an imported function, and a
    // class constructor: if the finder stops seeing one shape, these fail rather than the parity test passing.
    expect(at('packages/core/src/errors/classes.ts', '${feature} cần gói')).toBeDefined();
    expect(at('packages/core/src/rules/quota.ts', '{name}: có {actual}/{total}')).toBeDefined();
    expect(at('packages/core/src/text/dates.ts', 'Không có tháng ${month}')).toBeDefined();
    expect(at('packages/core/src/text/number-words.ts', 'Từ "${word.text}"')).toBeDefined();
    expect(at('packages/rules-vn/src/rules/na-women-share/index.ts', 'Ít nhất 35%')).toBeDefined();
  });

  it('carry the same values in Vietnamese and English', () => {
    const report = checkPairs(pairs).map(
      ({ pair, problems }) =>
        `${pair.file}:${pair.line}\n  vi: ${pair.vi.display}\n  en: ${pair.en.display}\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    expect(report, `Print them all with: npx tsx tools/src/print-message-pairs.ts\n${report.join('\n')}`).toEqual([]);
  });
});
