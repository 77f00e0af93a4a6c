import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv';

describe('parseCsv (test support)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });
  it('keeps a last row without a line end and skips a byte-order mark', () => {
    expect(parseCsv('\uFEFFh1,h2\n1,2')).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
    ]);
  });
  it('refuses an unterminated quote and ragged rows', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/quoted/);
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields/);
  });
  it('keys records by the header', () => {
    expect(parseCsvRecords('x,y\n1,"2,5"\n')).toEqual([{ x: '1', y: '2,5' }]);
  });
});
