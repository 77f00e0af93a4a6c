/**
 * renderDocx on hand-made models, read back through the independent channels: the zip and its XML read
 * with node:zlib and text matching (test/read-docx.ts), and mammoth for the text a reader sees.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import type { ExportProgress } from '@ungcu/core/export';
import { renderDocx } from '../src/render-docx';
import { HEADING, REPORT_SECTION, listSection, model } from './model';
import { pageNumbering, readDocx, rows, tableCells, tables, xmlText } from './read-docx';
import { mammothText } from './support';

const NAMES = ['Nguyễn Thị Ánh', 'Trần Văn Bình', 'Lê Thị Thủy'];

describe('page and sections', () => {
  it('lays out A4 landscape with the Decree 30 margins, each section on its own page', async () => {
    const docx = readDocx(await renderDocx(model([listSection(1, NAMES), listSection(2, NAMES), listSection(3, NAMES)])));
    const sectPr = docx.document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? [];
    expect(sectPr).toHaveLength(3);
    for (const s of sectPr) {
      expect(s).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
      // 20 mm top and bottom, 15 mm right, 30 mm left, in twips.
      expect(s).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
      // A new section starts a new page: no type, or nextPage (continuous would run on).
      expect(s).not.toContain('w:val="continuous"');
    }
  });

  it('lays out portrait when the model says so', async () => {
    const docx = readDocx(await renderDocx(model([REPORT_SECTION], { orientation: 'portrait' })));
    expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it('numbers the pages as Decree 30 does: a PAGE field centred in the top margin, 13 pt, none on page 1, running on across sections', async () => {
    for (const sections of [[listSection(1, NAMES), listSection(2, NAMES), REPORT_SECTION], []]) {
      const { sections: numbering } = pageNumbering(readDocx(await renderDocx(model(sections, { locale: 'en' }))));
      const [first, ...rest] = numbering;
      expect(first!.titlePage).toBe(true);
      expect(Object.keys(first!.headers).sort()).toEqual(['default', 'first']);
      const number = first!.headers.default!;
      expect(number).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/u);
      expect(xmlText(number)).toBe('');
      expect(number).toContain('<w:jc w:val="center"/>');
      expect(number).toContain('<w:sz w:val="26"/>');
      // Page 1: an empty header, no field.
      expect(xmlText(first!.headers.first!)).toBe('');
      expect(first!.headers.first).not.toContain('PAGE');
      // The other sections inherit the numbered header and are not title pages, so numbering runs on.
      for (const section of rest) expect(section).toEqual({ titlePage: false, headers: {}, footers: 0 });
      expect(first!.footers).toBe(0);
    }
  });

  it('calls onProgress once per section, counting up to the model sectionCount', async () => {
    const seen: ExportProgress[] = [];
    await renderDocx(model([listSection(1, NAMES), listSection(2, NAMES), REPORT_SECTION]), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3]);
    expect(seen.every((p) => p.total === 3 && p.unit.vi === 'đơn vị bầu cử')).toBe(true);
  });

  it('writes a valid empty document for a model without sections', async () => {
    const bytes = await renderDocx(model([]));
    expect(await mammothText(bytes)).toBe('');
    expect(readDocx(bytes).document).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });
});

describe('tables', () => {
  it('never makes a column narrower than its longest word, however small its relative width', async () => {
    // 19 columns as on the official list: the date column's relative width alone would give it 1/181 of the page.
    const columns = Array.from({ length: 19 }, (_, c) => ({ header: `C${c}`, width: c === 0 ? 1 : 10, align: 'left' as const }));
    const cells = Array.from({ length: 19 }, (_, c) => (c === 0 ? '28/11/1974' : 'Không'));
    const section = { label: 'x', blocks: [{ kind: 'table' as const, columns, rows: [{ cells }] }] };
    const list = tables(readDocx(await renderDocx(model([section]))).document)[0]!;
    const grid = [...list.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    const bold = create(readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'))) as Font;
    expect(grid[0]!).toBeGreaterThanOrEqual((bold.layout('28/11/1974').advanceWidth / bold.unitsPerEm) * 10 * 20 + 120);
  });

  it('marks the header row to repeat on every page and keeps every row on one page', async () => {
    const docx = readDocx(await renderDocx(model([listSection(1, NAMES)])));
    const list = tables(docx.document).find((t) => t.includes('Họ và tên'))!;
    const [header, ...body] = rows(list);
    expect(header).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/u);
    expect(body).toHaveLength(NAMES.length);
    for (const row of body) {
      expect(row).toContain('<w:cantSplit/>');
      expect(row).not.toContain('<w:tblHeader/>');
    }
    expect(tableCells(list)).toEqual([['STT', 'Họ và tên', 'Nơi công tác'], ...NAMES.map((n, i) => [String(i + 1), n, 'Văn phòng Quốc hội'])]);
    // A fixed layout, the columns sharing the printable width (297 − 30 − 15 mm) as their relative widths
    // (1 : 4 : 6) and their text say, none narrower than its longest word in bold Tinos at 10 pt (with 3 pt
    // margins on each side), measured here with fontkit on the font file itself.
    expect(list).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...list.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
    expect(grid[0]!).toBeLessThan(grid[1]!);
    expect(grid[1]!).toBeLessThan(grid[2]!);
    const bold = create(readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'))) as Font;
    const twips = (word: string) => (bold.layout(word).advanceWidth / bold.unitsPerEm) * 10 * 20;
    tableCells(list).forEach((row) =>
      row.forEach((cell, c) => {
        for (const word of cell.split(/\s+/u).filter((w) => w !== '')) expect(grid[c]!, word).toBeGreaterThanOrEqual(twips(word) + 120);
      }),
    );
  });

  it('sets table text in its own paragraph style at tableFontSize (default 10 pt)', async () => {
    const style = (xml: string) => xml.match(/<w:style [^>]*w:styleId="UngcuTableText"[^>]*>[\s\S]*?<\/w:style>/u)?.[0] ?? '';
    const byDefault = readDocx(await renderDocx(model([listSection(1, NAMES)])));
    expect(style(byDefault.text('word/styles.xml'))).toContain('<w:sz w:val="20"/>');
    const list = tables(byDefault.document).find((t) => t.includes('Họ và tên'))!;
    const paragraphs = list.match(/<w:p>[\s\S]*?<\/w:p>/gu)!;
    expect(paragraphs.length).toBe((NAMES.length + 1) * 3);
    for (const p of paragraphs) expect(p).toContain('<w:pStyle w:val="UngcuTableText"/>');
    const smaller = readDocx(await renderDocx(model([listSection(1, NAMES)]), { tableFontSize: 9 }));
    expect(style(smaller.text('word/styles.xml'))).toContain('<w:sz w:val="18"/>');
  });

  it('shades and emboldens failing cells, emboldens total rows', async () => {
    const docx = readDocx(await renderDocx(model([REPORT_SECTION])));
    const table = tables(docx.document).find((t) => t.includes('Phạm vi'))!;
    const [, a, b, total] = rows(table);
    const tcs = (row: string) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/gu)!;
    const shaded = (tc: string) => tc.includes('w:fill="F4CCCC"');
    const bold = (tc: string) => tc.includes('<w:b/>');
    expect(tcs(a!).map(shaded)).toEqual([false, true, false]);
    expect(tcs(a!).map(bold)).toEqual([false, true, false]);
    expect(tcs(b!).map(shaded)).toEqual([true, true, true]);
    expect(tcs(total!).map(shaded)).toEqual([false, false, false]);
    expect(tcs(total!).map(bold)).toEqual([true, true, true]);
  });
});

describe('the Decree 30 heading and the signature', () => {
  it('prints issuer and number on the left, motto, slogan and date on the right, without borders', async () => {
    const docx = readDocx(await renderDocx(model([listSection(1, NAMES)])));
    const heading = tables(docx.document)[0]!;
    expect(heading).toContain('<w:top w:val="none"');
    expect(heading).toContain('<w:insideV w:val="none"');
    expect(tableCells(heading)).toEqual([
      // The rules under the issuer and the slogan are empty paragraphs with a bottom border.
      [`${HEADING.parentIssuer}\n${HEADING.issuer}\n`, `${HEADING.motto}\n${HEADING.slogan}\n`],
      [HEADING.numberLine, HEADING.dateLine],
    ]);
    // Issuer and motto bold, the date italic.
    expect(heading).toMatch(/<w:b\/>[^]*?ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI/u);
    expect(heading).toMatch(/<w:i\/>(?:(?!<\/w:r>)[^])*Hà Nội, ngày 15/u);
    expect((heading.match(/<w:bottom w:val="single"/gu) ?? []).length).toBe(2);
  });

  it('prints the signer on the right and the recipients, each with a dash, on the left', async () => {
    const docx = readDocx(await renderDocx(model([listSection(1, NAMES)])));
    const signature = tables(docx.document).at(-1)!;
    expect(tableCells(signature)).toEqual([['Nơi nhận:\n- Hội đồng bầu cử quốc gia;\n- Lưu: VT.', 'TM. ỦY BAN BẦU CỬ\nCHỦ TỊCH\nNguyễn Văn A']]);
    expect(rows(signature)[0]).toContain('<w:cantSplit/>');
  });
});

describe('text', () => {
  it('writes NFC whatever the model holds, and mammoth reads every name', async () => {
    const nfd = NAMES.map((n) => n.normalize('NFD'));
    const bytes = await renderDocx(model([listSection(1, nfd)]));
    const xml = readDocx(bytes).document;
    for (const name of NAMES) expect(xml).toContain(name);
    expect(xml.normalize('NFC')).toBe(xml);
    const text = await mammothText(bytes);
    let from = 0;
    for (const name of NAMES) {
      const at = text.indexOf(name, from);
      expect(at, name).toBeGreaterThanOrEqual(from);
      from = at + name.length;
    }
  });

  it('turns line breaks and tabs into Word breaks and tabs, keeps spaces, and drops what XML cannot hold', async () => {
    const bytes = await renderDocx(model([listSection(1, ['dòng 1\r\ndòng 2', 'a\tb', 'x\u0001y<&>', '  hai dấu cách '])]));
    const list = tables(readDocx(bytes).document).find((t) => t.includes('Họ và tên'))!;
    expect(tableCells(list).slice(1).map((r) => r[1])).toEqual(['dòng 1\ndòng 2', 'a\tb', 'xy<&>', '  hai dấu cách ']);
    // mammoth parses the XML: the file is well formed.
    expect(await mammothText(bytes)).toContain('xy<&>');
  });

  it('prints rich text, headings, lists and a chart as its description', async () => {
    const bytes = await renderDocx(model([REPORT_SECTION], { orientation: 'portrait' }));
    const text = await mammothText(bytes);
    for (const piece of ['I. TÓM TẮT', 'Lỗi: 0', '1. Cảnh báo', '-\tTỷ lệ phụ nữ 45,3 %', '-\tĐiều 8 Luật 85/2015/QH13', 'Tỷ lệ phụ nữ theo tỉnh', 'Hà Nội 40 %, Huế 35 %.', 'Biểu đồ được vẽ trong bản PDF']) {
      expect(text).toContain(piece);
    }
    const docx = readDocx(bytes);
    expect([...docx.entries.keys()].filter((p) => p.startsWith('word/media/'))).toEqual([]);
    expect(docx.document).toMatch(/<w:br w:type="page"\/>/u);
  });
});

describe('fonts', () => {
  const require = createRequire(import.meta.url);
  const ttf = (path: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/tinos/${path}`)));

  /** ECMA-376 Part 1, 17.8.1: the first 32 bytes XOR the key, the key being the GUID's 16 bytes read from the end. */
  function deobfuscate(odttf: Uint8Array, guid: string): Uint8Array {
    const hex = guid.replace(/[{}-]/gu, '');
    const key = Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
    const out = new Uint8Array(odttf);
    for (let i = 0; i < 32; i++) out[i] = out[i]! ^ key[i % 16]!;
    return out;
  }

  it('embeds the four Tinos faces, each readable with its key, and makes Tinos the document font', async () => {
    const docx = readDocx(await renderDocx(model([REPORT_SECTION])));
    const table = docx.text('word/fontTable.xml');
    const rels = docx.text('word/_rels/fontTable.xml.rels');
    const faces = [
      ['embedRegular', '400Regular/Tinos_400Regular.ttf'],
      ['embedBold', '700Bold/Tinos_700Bold.ttf'],
      ['embedItalic', '400Regular_Italic/Tinos_400Regular_Italic.ttf'],
      ['embedBoldItalic', '700Bold_Italic/Tinos_700Bold_Italic.ttf'],
    ] as const;
    expect((table.match(/<w:font /gu) ?? []).length).toBe(1);
    expect(table).toContain('<w:font w:name="Tinos">');
    for (const [element, file] of faces) {
      const [, id, key] = table.match(new RegExp(`<w:${element} r:id="(rId\\d+)" w:fontKey="(\\{[0-9a-f-]{36}\\})"/>`, 'u'))!;
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u'))![1]!;
      expect(target).toMatch(/^fonts\/font\d\.odttf$/u);
      const odttf = docx.entries.get(`word/${target}`)!;
      expect(Buffer.from(odttf.subarray(0, 32)).equals(ttf(file).subarray(0, 32)), `${element} is obfuscated`).toBe(false);
      // Buffer.equals: a deep comparison of half a megabyte element by element takes seconds.
      expect(Buffer.from(deobfuscate(odttf, key!)).equals(ttf(file)), `${element} is ${file}`).toBe(true);
    }
    expect(docx.text('[Content_Types].xml')).toMatch(/<Default ContentType="application\/vnd\.openxmlformats-officedocument\.obfuscatedFont" Extension="odttf"\/>/u);
    expect(docx.text('word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    expect(docx.text('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Tinos"[\s\S]*<w:sz w:val="26"\/>/u);
  });

  it('sets the body at 14 pt on request and refuses a size the Decree does not allow', async () => {
    const docx = readDocx(await renderDocx(model([REPORT_SECTION]), { fontSize: 14 }));
    expect(docx.text('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>/u);
    await expect(renderDocx(model([REPORT_SECTION]), { fontSize: 12 as 13 })).rejects.toThrow(ConfigError);
    await expect(renderDocx(model([REPORT_SECTION]), { tableFontSize: 40 })).rejects.toThrow(/tableFontSize/u);
  });
});
