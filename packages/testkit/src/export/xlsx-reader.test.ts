import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnIndex, isDateFormat, readXlsx, serialToIsoDate, unescapeXml } from './xlsx-reader';

/** A hand-written workbook: the reader must not depend on any writer's habits. */
function workbook(): Uint8Array {
  const files: Record<string, string> = {
    'xl/workbook.xml':
      '<workbook xmlns:r="r"><sheets><sheet name="Dữ liệu &amp; số" sheetId="1" r:id="rId1"/><sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    'xl/sharedStrings.xml':
      '<sst><si><t>Nguyễn Văn A</t></si><si><r><t>Họ </t></r><r><t xml:space="preserve">và tên</t></r></si></sst>',
    'xl/styles.xml':
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>',
    'xl/worksheets/sheet1.xml':
      '<worksheet><sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>=1+1 &amp;amp; &lt;x&gt; dòng_x000D_</t></is></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" s="1"><v>24936</v></c><c r="C3" s="2"><v>44339</v></c><c r="D3" s="3"><v>7</v></c>' +
      '<c r="E3" t="b"><v>1</v></c><c r="F3"><f>SUM(B3:C3)</f><v>69275</v></c><c r="G3" t="e"><v>#N/A</v></c><c t="str"><v>kế tiếp</v></c></row>' +
      '</sheetData></worksheet>',
    'xl/worksheets/sheet2.xml': '<worksheet><sheetData><row><c><v>1.5</v></c></row></sheetData></worksheet>',
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe('readXlsx (independent reader)', () => {
  const book = readXlsx(workbook());

  it('lists sheets with names, visibility and targets, relative or absolute', () => {
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Dữ liệu & số', 'visible'],
      ['Ẩn', 'hidden'],
    ]);
    expect(book.sheet('Ẩn')!.rows.get(1)!.get(0)).toEqual({ type: 'number', value: 1.5, date: false });
  });

  it('reads each cell with the type the file states', () => {
    const rows = book.sheet('Dữ liệu & số')!.rows;
    expect(rows.has(2)).toBe(false);
    expect(rows.get(1)!.get(0)).toEqual({ type: 'string', value: 'Họ và tên' });
    expect(rows.get(1)!.get(2)).toEqual({ type: 'string', value: '=1+1 &amp; <x> dòng\r' });
    const row3 = rows.get(3)!;
    expect(row3.get(0)).toEqual({ type: 'string', value: 'Nguyễn Văn A' });
    expect(row3.get(1)).toEqual({ type: 'number', value: 24936, date: true, numFmt: 'dd/mm/yyyy' });
    expect(row3.get(2)).toEqual({ type: 'number', value: 44339, date: true });
    expect(row3.get(3)).toEqual({ type: 'number', value: 7, date: false, numFmt: '"d"0' });
    expect(row3.get(4)).toEqual({ type: 'boolean', value: true });
    expect(row3.get(5)).toEqual({ type: 'formula', formula: 'SUM(B3:C3)' });
    expect(row3.get(6)).toEqual({ type: 'error', value: '#N/A' });
    expect(row3.get(7)).toEqual({ type: 'string', value: 'kế tiếp' });
  });

  it('converts serial days and helpers', () => {
    expect(serialToIsoDate(24936)).toBe('1968-04-08');
    expect(serialToIsoDate(44339)).toBe('2021-05-23');
    expect(columnIndex('A')).toBe(0);
    expect(columnIndex('AB')).toBe(27);
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('"day "0')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(unescapeXml('&#x1EA0;&#65;&lt;_x0009_')).toBe('ẠA<\t');
  });

  it('refuses bytes that are not a workbook', () => {
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/workbook\.xml/u);
  });
});
