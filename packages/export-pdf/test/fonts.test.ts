/**
 * The fonts: Tinos covers every Vietnamese letter (checked with fontkit on the font files themselves), every
 * font in the PDF is embedded (read by pdfjs from the file, and in the raw font dictionaries), and a browser's
 * font bytes work as the packaged files do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { collectBytes } from '@ungcu/core/export';
import { ConfigError } from '@ungcu/core/errors';
import { TINOS_FILES } from '../src/fonts';
import { renderPdf } from '../src/render-pdf';
import { HEADING, model, rows, table } from './models';
import { readPdf } from './read-pdf';

const require = createRequire(import.meta.url);
const fontFile = (face: keyof typeof TINOS_FILES) => require.resolve(TINOS_FILES[face]);

/** Every precomposed Vietnamese letter: 12 vowels × 6 tones, both cases, and Đ đ (134 letters). */
const VIETNAMESE_LETTERS = (() => {
  const set = new Set<string>(['đ', 'Đ']);
  for (const vowel of 'aăâeêioôơuưy') {
    for (const tone of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
      const letter = (vowel + tone).normalize('NFC');
      set.add(letter);
      set.add(letter.toLocaleUpperCase('vi'));
    }
  }
  return [...set];
})();

describe('Tinos', () => {
  it('has a glyph for every precomposed Vietnamese letter and the combining marks, in all four faces', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(146);
    expect(VIETNAMESE_LETTERS.every((l) => [...l].length === 1)).toBe(true);
    for (const face of Object.keys(TINOS_FILES) as (keyof typeof TINOS_FILES)[]) {
      const font = fontkit.openSync(fontFile(face)) as fontkit.Font;
      const missing = VIETNAMESE_LETTERS.filter((l) => !font.hasGlyphForCodePoint(l.codePointAt(0)!));
      expect(missing, face).toEqual([]);
      const marks = [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323].filter((cp) => !font.hasGlyphForCodePoint(cp));
      expect(marks, face).toEqual([]);
    }
  });
});

describe('embedded fonts', () => {
  const sample = () => model([{ label: 'a', heading: HEADING, blocks: [{ kind: 'title', lines: ['Danh sách'] }, table(rows(3)), { kind: 'paragraph', text: [{ text: 'nghiêng', italic: true }, { text: ' đậm nghiêng', bold: true, italic: true }] }] }]);

  it('embeds every font it uses (a subset of Tinos), and uses no standard font', async () => {
    const bytes = await collectBytes(renderPdf(sample()));
    const { fonts } = await readPdf(bytes, { fonts: true });
    const names = [...fonts.values()].map((f) => f.name.replace(/^[A-Z]{6}\+/u, '')).sort();
    expect(names).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    expect([...fonts.values()].every((f) => f.embedded)).toBe(true);
    // The raw file: each font dictionary points to an embedded TrueType program, and no Base-14 font is named.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.match(/\/FontFile2/gu)).toHaveLength(4);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/u);
  });

  it('takes the faces as bytes (as a browser passes them) and refuses a missing face, in both languages', async () => {
    const fonts = {
      regular: new Uint8Array(readFileSync(fontFile('regular'))),
      bold: new Uint8Array(readFileSync(fontFile('bold'))),
      italic: new Uint8Array(readFileSync(fontFile('italic'))),
      boldItalic: new Uint8Array(readFileSync(fontFile('boldItalic'))),
    };
    const created = new Date('2021-04-15T00:00:00Z');
    const given = await collectBytes(renderPdf(sample(), { fonts, creationDate: created }));
    const packaged = await collectBytes(renderPdf(sample(), { creationDate: created }));
    expect(given).toEqual(packaged);
    const error = await collectBytes(renderPdf(sample(), { fonts: { ...fonts, bold: new Uint8Array() } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/bold/u);
    expect((error as ConfigError).text.vi).toMatch(/phông chữ "bold"/u);
    expect((error as ConfigError).text.en).toMatch(/"bold" face/u);
  });
});
