import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader';

describe('readCsv (independent reader)', () => {
  it('reports the byte order mark and reads quoted fields with commas, quotes and line breaks', () => {
    const bytes = new TextEncoder().encode('\uFEFFa,b\r\n"x, y","say ""hi""\nnext"\r\n');
    expect(readCsv(bytes)).toEqual({ hasBom: true, rows: [['a', 'b'], ['x, y', 'say "hi"\nnext']] });
    expect(readCsv(new TextEncoder().encode('a\n')).hasBom).toBe(false);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => readCsv(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow();
  });
});
