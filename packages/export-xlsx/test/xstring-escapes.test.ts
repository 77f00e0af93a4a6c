/**
 * OOXML's `_xHHHH_` escapes (ST_Xstring): Excel writes a carriage return in a cell as `_x000D_` and shows a
 * typed `_x0041_` as "A". The importer decodes them as Excel shows them; the exporter escapes text that holds
 * such a sequence literally, so it comes back as written, both through the importer and through an
 * independent reader (@ungcu/testkit/export, which decodes escapes as Excel does).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { officialListLayout } from '@ungcu/tabular';
import { readXlsx } from '@ungcu/testkit/export';
import { decodeXstring, escapeXstring } from '../src/xml-text';
import { xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

const data = await realDataset();
const occupationColumn = officialListLayout.columns.findIndex((c) => c.key === 'occupation');

describe('OOXML escapes', () => {
  it('decodes each escape once, left to right', () => {
    expect(decodeXstring('dòng 1_x000D_\ndòng 2')).toBe('dòng 1\r\ndòng 2');
    expect(decodeXstring('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeXstring('_x0041__x0042_')).toBe('AB');
    expect(decodeXstring('a_b _x12_ _xZZZZ_')).toBe('a_b _x12_ _xZZZZ_');
    expect(escapeXstring('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeXstring('a_b _x12_')).toBe('a_b _x12_');
    for (const text of ['_x0041_', '__x0041__', '_x005F_x0041_', 'x_x000D_y', 'a_b']) expect(decodeXstring(escapeXstring(text))).toBe(text);
  });

  it('writes text that looks like an escape so that it reads back as written', async () => {
    const literal = ['_x0041_', 'Kỹ sư_x000D_', 'a_b', '_x005F_'];
    const nominee = data.nominees[0]!;
    const dataset: Dataset = { ...data, nominees: literal.map((occupation, i) => ({ ...nominee, id: `${nominee.id}-${i}`, person: { ...nominee.person, fullName: `${nominee.person.fullName} ${'ABCD'[i]}`, occupation } })) };
    const bytes = await xlsxExporter().write(dataset);
    const sheet = readXlsx(bytes).sheet(officialListLayout.sheetName)!;
    const written = [2, 3, 4, 5].map((r) => sheet.rows.get(r)!.get(occupationColumn));
    expect(written.map((c) => (c?.type === 'string' ? c.value : undefined)).sort()).toEqual([...literal].sort());
    const back = await xlsxImporter().read({ name: 'escapes.xlsx', data: bytes }, { election: ELECTION });
    expect(back.errors).toEqual([]);
    expect(back.data.nominees.map((n) => n.person.occupation).sort()).toEqual([...literal].sort());
  });

  it("reads a carriage return Excel wrote as _x000D_ as a line break, and a control character as the importer's located error", async () => {
    const files = unzipSync(await xlsxExporter().write(data));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const first = data.nominees.find((n) => n.person.occupation !== undefined)!.person.occupation!;
    // Excel's own spelling of a cell with two lines, and a bell character in another.
    const withBreak = sheet.replace(`<t>${first}</t>`, `<t>${first}_x000D_\ndòng hai</t>`);
    // The bell goes in the last row's ethnicity, away from the row with the line break.
    const at = withBreak.lastIndexOf('<t>Kinh</t>');
    const edited = `${withBreak.slice(0, at)}<t>Ki_x0007_nh</t>${withBreak.slice(at + '<t>Kinh</t>'.length)}`;
    expect(edited).not.toBe(sheet);
    files['xl/worksheets/sheet1.xml'] = strToU8(edited);
    const result = await xlsxImporter().read({ name: 'excel.xlsx', data: zipSync(files) }, { election: ELECTION, validRowsOnly: true });
    expect(result.errors.map((e) => [e.code, e.column?.header, e.value])).toEqual([['control-character', 'Dân tộc', 'Ki<U+0007>nh']]);
    expect(result.data.nominees.filter((n) => n.person.occupation?.includes('dòng hai')).map((n) => n.person.occupation)).toEqual([`${first}\r\ndòng hai`]);
  });
});
