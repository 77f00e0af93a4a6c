/**
 * Hostile and broken files: every one gives located errors in Vietnamese and English (file, line, JSON path,
 * rule) and no partial dataset.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import type { ImportError, ImportResult, ImportSource } from '@ungcu/core/export';
import { datasetJsonExporter, jsonImporter } from '../src/index';
import { ELECTION, decode, realList } from './support';

const read = (name: string, data: ImportSource['data'], options: Parameters<typeof jsonImporter>[0] = {}): Promise<ImportResult> =>
  jsonImporter(options).read({ name, data }, { election: ELECTION });

/** Nothing of the file came through: every collection is empty. */
function expectNoData(result: ImportResult): void {
  for (const [collection, items] of Object.entries(result.data)) expect(items, collection).toEqual([]);
}

function expectBilingual(error: ImportError): void {
  expect(error.message.vi).not.toBe(error.message.en);
  expect(error.message.vi.length).toBeGreaterThan(10);
  expect(error.message.en.length).toBeGreaterThan(10);
}

async function realFile(): Promise<{ data: Dataset; text: string }> {
  const data = await realList();
  return { data, text: decode(await datasetJsonExporter().write(data)) };
}

describe('hostile JSON files', () => {
  it('not JSON: the line and column where it stops being JSON', async () => {
    const { text } = await realFile();
    // Cut inside the 40th line: a property name with no value.
    const lines = text.split('\n');
    const broken = [...lines.slice(0, 39), '      "fullName" "Nguyễn Văn A",', ...lines.slice(40)].join('\n');
    const result = await read('broken.json', broken);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error).toMatchObject({ file: 'broken.json', row: 40, code: 'unreadable-file' });
    expect(error!.message.vi).toContain('dòng 40, cột 18');
    expect(error!.message.en).toContain('line 40, column 18');
    expectBilingual(error!);
    expectNoData(result);
  });

  it('a text that is not JSON at all, and an unexpected token V8 gives no position for', async () => {
    for (const [text, row, column] of [['Họ và tên,Ngày sinh\n', 1, 1], ['{\n  "nominees": [tru]\n}', 2, 16], ['[1,]', 1, 4]] as const) {
      const result = await read('x.json', text);
      expect(result.errors[0], text).toMatchObject({ row, code: 'unreadable-file' });
      expect(result.errors[0]!.message.en).toContain(`line ${row}, column ${column}`);
    }
  });

  it('an empty file, a JSON array, a bare value', async () => {
    expect((await read('e.json', '  \n')).errors[0]).toMatchObject({ code: 'empty-file', file: 'e.json' });
    const array = await read('a.json', '[{"id": "x"}]');
    expect(array.errors[0]).toMatchObject({ code: 'invalid-field', column: { header: '$' } });
    expect(array.errors[0]!.message.vi).toContain('mảng JSON');
    expect((await read('n.json', '42')).errors[0]!.message.en).toContain('the value 42');
  });

  it('a formatVersion it does not know: the file and the field, in both languages, and nothing read', async () => {
    const { text } = await realFile();
    const newer = await read('newer.json', text.replace('"formatVersion": 1', '"formatVersion": 2'));
    expect(newer.errors).toHaveLength(1);
    expect(newer.errors[0]).toMatchObject({ file: 'newer.json', row: 2, code: 'invalid-value', value: '2', column: { header: '$.formatVersion' } });
    expect(newer.errors[0]!.message.vi).toContain('phiên bản ungcu mới hơn');
    expect(newer.errors[0]!.message.en).toContain('written by a newer ungcu');
    expectNoData(newer);
    const text1 = await read('s.json', text.replace('"formatVersion": 1', '"formatVersion": "1"'));
    expect(text1.errors[0]).toMatchObject({ code: 'invalid-value', value: '"1"' });
    expect(text1.errors[0]!.message.en).toContain('no known format version');
    expectNoData(text1);
  });

  it('a dataset without formatVersion: an error, unless the caller accepts unversioned files', async () => {
    const { data } = await realFile();
    const bare = JSON.stringify(data);
    const refused = await read('bare.json', bare);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toMatchObject({ code: 'required-value', row: 1 });
    expect(refused.errors[0]!.message.vi).toContain('thiếu trường "formatVersion"');
    expectNoData(refused);
    const accepted = await read('bare.json', bare, { acceptUnversioned: true });
    expect(accepted.errors).toEqual([]);
    expect(accepted.data).toEqual(data);
  });

  it('a nominee missing a required field: file, line, JSON path, entity, rule, in both languages; no partial dataset', async () => {
    const { data } = await realFile();
    const file = JSON.parse(decode(await datasetJsonExporter().write(data))) as { nominees: { id: string; person: Record<string, unknown> }[] };
    delete file.nominees[100]!.person['dateOfBirth'];
    file.nominees[200]!.person['gender'] = 'nam';
    file.nominees[300]!.person['dateOfBirth'] = '1970-02-30';
    const text = JSON.stringify(file, null, 2);
    const result = await read('missing.json', text);
    expectNoData(result);
    expect(result.errors.map((e) => [e.code, e.column?.header])).toEqual([
      ['required-value', '$.nominees[100].person.dateOfBirth'],
      ['invalid-value', '$.nominees[200].person.gender'],
      ['invalid-date', '$.nominees[300].person.dateOfBirth'],
    ]);
    const [missing, gender, date] = result.errors as [ImportError, ImportError, ImportError];
    // The missing field's place is its person object, on the line the file has it.
    const lines = text.split('\n');
    expect(lines[missing.row - 1]).toMatch(/"person": \{$/u);
    expect(lines[gender.row - 1]).toBe('        "gender": "nam",');
    expect(lines[date.row - 1]).toBe('        "dateOfBirth": "1970-02-30",');
    expect(missing.message.vi).toBe(`Người được giới thiệu ứng cử "${file.nominees[100]!.id}", trường person.dateOfBirth (dòng ${missing.row}, cột 17): thiếu giá trị bắt buộc (chuỗi văn bản)`);
    expect(missing.message.en).toBe(`Nominee "${file.nominees[100]!.id}", field person.dateOfBirth (line ${missing.row}, column 17): a required value is missing (text)`);
    expect(gender.message.vi).toContain('chuỗi "nam" không thuộc các giá trị cho phép: "male", "female"');
    expect(gender.value).toBe('nam');
    expect(date.message.en).toContain('the text "1970-02-30" is not a valid date written YYYY-MM-DD');
    for (const error of result.errors) expectBilingual(error);
  });

  it('a misspelt collection or field is a located warning, not a silent loss', async () => {
    const { data, text } = await realFile();
    const typo = text.replace('"religion": "Không"', '"religon": "Không"').replace('"elections": [', '"nominee": [],\n  "elections": [');
    const result = await read('typo.json', typo);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.column?.header])).toEqual([
      ['unknown-column', '$.nominee'],
      ['unknown-column', '$.nominees[0].person.religon'],
    ]);
    expect(result.warnings[0]!.message.vi).toContain('gõ nhầm');
    expect(result.data.nominees[0]!.person.religion).toBeUndefined();
    expect(result.data.nominees.slice(1)).toEqual(data.nominees.slice(1));
  });

  it('bytes that are not UTF-8: the byte and its line', async () => {
    const bytes = new TextEncoder().encode('{\n"formatVersion": 1,\n"elections": [{"name": "Bầu cử X"}]}');
    const latin = Uint8Array.from([...bytes.slice(0, 40), 0xe0, 0x20, ...bytes.slice(40)]);
    const result = await read('latin1.json', latin);
    expect(result.errors[0]).toMatchObject({ code: 'unreadable-file', row: 3 });
    expect(result.errors[0]!.message.en).toContain('byte 41 is not valid UTF-8');
  });

  it('a file over the size limit is abandoned after the limit, not read whole (a 50 MB stream)', async () => {
    const chunk = new TextEncoder().encode(`${' '.repeat(1024 * 1024 - 1)}\n`);
    let pulled = 0;
    async function* fiftyMegabytes(): AsyncIterable<Uint8Array> {
      yield new TextEncoder().encode('{"formatVersion": 1, "nominees": [');
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield chunk;
      }
      yield new TextEncoder().encode(']}');
    }
    const result = await read('huge.json', fiftyMegabytes(), { maxBytes: 8 * 1024 * 1024 });
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'huge.json', code: 'input-limit', message: expect.objectContaining({ en: expect.stringContaining('8 MiB limit') }) }),
    ]);
    expect(pulled).toBeLessThanOrEqual(9);
    expectNoData(result);
  });

  it('a 50 MB name inside the limit: one located error, its value cut short', async () => {
    const { text } = await realFile();
    const giant = 'A'.repeat(50 * 1024 * 1024);
    const field = '"fullName": "Nguyễn Trúc Anh"';
    const line = text.slice(0, text.indexOf(field)).split('\n').length;
    const result = await read('giant.json', text.replace(field, `"fullName": "${giant}"`));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'invalid-field', row: line, column: { header: '$.nominees[0].person.fullName' } });
    expect(result.errors[0]!.value!.length).toBeLessThanOrEqual(201);
    expect(result.errors[0]!.message.vi).toContain('dài quá 300 ký tự');
    expect(result.errors[0]!.message.en.length).toBeLessThan(400);
    expectNoData(result);
  }, 60_000);

  it('JSON nested a million levels deep: an error, no stack overflow', async () => {
    const deep = `{"formatVersion": 1, "nominees": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const result = await read('deep.json', deep);
    expect(result.errors[0]).toMatchObject({ code: 'invalid-field', row: 1, column: { header: '$.nominees[0]' } });
    const unclosed = await read('deep.json', `{"formatVersion": 1, "nominees": ${'['.repeat(1_000_000)}`);
    expect(unclosed.errors[0]).toMatchObject({ code: 'unreadable-file', row: 1 });
    expect(unclosed.errors[0]!.message.en).toContain('the file ends too early');
  });

  it('two files with one id: an error naming both, and no dataset', async () => {
    const { text } = await realFile();
    const importer = jsonImporter();
    const result = await importer.read([{ name: 'a.json', data: text }, { name: 'b.json', data: text }], { election: ELECTION });
    expect(result.errors.length).toBeGreaterThan(868);
    expect(result.errors[0]).toMatchObject({ file: 'b.json', code: 'duplicate-row' });
    expect(result.errors[0]!.message.en).toContain('already in a.json');
    expectNoData(result);
  });

  it('one bad file of two: errors for it, and nothing from the good one', async () => {
    const { text } = await realFile();
    const result = await jsonImporter().read([{ name: 'good.json', data: text }, { name: 'bad.json', data: '{' }], { election: ELECTION });
    expect(result.errors.map((e) => e.file)).toEqual(['bad.json']);
    expectNoData(result);
  });
});

describe('where a file stops being UTF-8', () => {
  const at = async (bytes: number[]) => {
    const result = await read('u.json', Uint8Array.from(bytes));
    return /byte (\d+) /u.exec(result.errors[0]?.message.en ?? '')?.[1];
  };
  it('names the lead byte of a broken sequence, and a stray byte after a whole one', async () => {
    const e = [0xc3, 0xa9]; // é
    expect(await at([0x7b, ...e, 0xe1, 0xba, 0x20])).toBe('4'); // a three-byte sequence cut after two bytes
    expect(await at([0x7b, ...e, 0x80, 0x20])).toBe('4'); // a continuation byte with no lead
    expect(await at([0x7b, 0x20, 0xff])).toBe('3');
  });
});
