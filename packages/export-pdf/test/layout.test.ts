/**
 * The renderer on hand-made document models, read back with pdfjs: tables that run over pages repeat their
 * header and never split a row (unless the row is taller than a page), pages are numbered from 2 on at
 * the top centre, NFD text comes out NFC, every block kind prints its words, and sections are built one at a time.
 */
import { describe, expect, it } from 'vitest';
import { collectBytes } from '@ungcu/core/export';
import type { Section } from '@ungcu/documents';
import { renderPdf } from '../src/render-pdf';
import { HEADING, model, rows, table } from './models';
import { readPdf } from './read-pdf';

const render = (sections: readonly Section[], extra = {}) => collectBytes(renderPdf(model(sections, extra), { creationDate: new Date('2021-04-15T00:00:00Z') }));
const HEADER_LINE = 'STT Họ và tên Nghề nghiệp, chức vụ Nơi công tác';

describe('tables over several pages', () => {
  it('repeats the header row at the top of every page and keeps each row on one page', async () => {
    const long = (i: number) => 'Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban chỉ đạo '.repeat((i % 5) + 1);
    const bytes = await render([{ label: 'a', heading: HEADING, blocks: [{ kind: 'title', lines: ['Danh sách', 'Đơn vị bầu cử số 1'] }, table(rows(150, long))] }]);
    const { pages } = await readPdf(bytes);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, p) => {
      // Page 1 has the heading and title above the table; every other page starts with the header row.
      if (p === 0) expect(page.lines).toContain(HEADER_LINE);
      else expect(page.lines[0]).toBe(HEADER_LINE);
    });
    // Every row's name is on exactly one page, and the rows run in order across the pages.
    const names = pages.flatMap((page) => page.items.filter((i) => /^Nguyễn Văn \d+$/u.test(i.text)).map((i) => i.text));
    expect(names).toEqual(Array.from({ length: 150 }, (_, i) => `Nguyễn Văn ${i + 1}`));
    // A row kept whole: its last line ("...đạo") is on the page of its name. Each page's text ends with a
    // complete row: no page starts (after the header) with a continuation line.
    for (const page of pages.slice(1)) expect(page.lines[1]).toMatch(/^\d+ Nguyễn Văn \d+ /u);
    // Nothing runs into the bottom margin (20 mm).
    for (const page of pages) expect(Math.max(...page.items.map((i) => i.y + i.height))).toBeLessThanOrEqual(page.height - 20 * (72 / 25.4) + 0.5);
  });

  it('splits only a row taller than a page, between its lines, with its words in order', async () => {
    const words = Array.from({ length: 900 }, (_, i) => `từ${i}`).join(' ');
    const bytes = await render([{ label: 'a', blocks: [table([...rows(2), { cells: ['3', 'Trần Thị Dài', words, 'Hà Nội'] }, ...rows(1)])] }]);
    const { pages } = await readPdf(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.lines[0]).toBe(HEADER_LINE);
    const found = pages.flatMap((p) => p.items.flatMap((i) => i.text.split(' ')).filter((w) => /^từ\d+$/u.test(w)));
    expect(found).toEqual(words.split(' '));
  });
});

describe('pages', () => {
  it('numbers the pages as Decree 30 does: from 2 on, centred in the top margin, 13 pt, no total, across sections', async () => {
    const sections = [1, 2, 3].map((n) => ({ label: `${n}`, blocks: [table(rows(40))] }));
    for (const locale of ['vi', 'en'] as const) {
      const { pages } = await readPdf(await render(sections, { locale }));
      expect(pages.length).toBeGreaterThanOrEqual(6);
      expect(pages[0]!.margin).toEqual([]);
      pages.slice(1).forEach((page, i) => {
        expect(page.margin.map((m) => m.text)).toEqual([String(i + 2)]);
        const [number] = page.margin;
        expect(number!.height).toBeCloseTo(13, 0);
        // Centred: the number's middle is within a point of the printable width's (30 mm left, 15 mm right).
        const middle = (30 + (page.width * (25.4 / 72) - 15)) / 2 / (25.4 / 72);
        expect(Math.abs(number!.x + (13 * 0.5 * number!.text.length) / 2 - middle)).toBeLessThan(1.5);
      });
    }
  });

  it('is A4 in the orientation of the model, and starts each section on a new page', async () => {
    const landscape = await readPdf(await render([{ label: 'a', blocks: [table(rows(3))] }, { label: 'b', blocks: [table(rows(3))] }]));
    expect(landscape.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[842, 595], [842, 595]]);
    const portrait = await readPdf(await render([{ label: 'a', blocks: [table(rows(3))] }], { orientation: 'portrait' }));
    expect(portrait.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[595, 842]]);
  });

  it('writes a one-page document with the title when there is no section', async () => {
    const { pages } = await readPdf(await render([]));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.lines).toContain('Danh sách thử');
  });
});

describe('text', () => {
  it('prints NFD input as NFC text', async () => {
    const nfd = 'Lê Đức Cường, Nguyễn Thị Thủy, Hồ Ngọc Ánh'.normalize('NFD');
    const bytes = await render([{ label: 'a', heading: { ...HEADING, issuer: HEADING.issuer.normalize('NFD') }, blocks: [{ kind: 'paragraph', text: nfd }, table([{ cells: ['1', 'Đặng Thị Ngọc Thịnh'.normalize('NFD'), 'x', 'y'] }])] }]);
    const text = (await readPdf(bytes)).pages[0]!.lines.join('\n');
    expect(text).toContain('Lê Đức Cường, Nguyễn Thị Thủy, Hồ Ngọc Ánh'.normalize('NFC'));
    expect(text).toContain('Đặng Thị Ngọc Thịnh'.normalize('NFC'));
    expect(text).toContain('ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('prints the Decree 30 heading in two columns: issuer and number left, motto, slogan and date right', async () => {
    const { pages } = await readPdf(await render([{ label: 'a', heading: HEADING, blocks: [] }]));
    const at = (text: string) => pages[0]!.items.find((i) => i.text === text)!;
    const issuer = at(HEADING.issuer);
    const number = at(HEADING.numberLine);
    const motto = at(HEADING.motto);
    const slogan = at(HEADING.slogan);
    const date = at(HEADING.dateLine);
    for (const right of [motto, slogan, date]) expect(right.x).toBeGreaterThan(issuer.x + 200);
    expect(issuer.y).toBeCloseTo(motto.y, 0);
    expect(number.y).toBeGreaterThan(issuer.y);
    expect(slogan.y).toBeGreaterThan(motto.y);
    expect(date.y).toBeGreaterThan(slogan.y);
  });

  it('prints every block kind: title, headings, paragraphs with emphasis, lists, signature, page break', async () => {
    const bytes = await render([
      {
        label: 'a',
        blocks: [
          { kind: 'title', lines: ['Báo cáo kết quả kiểm tra', 'Bầu cử đại biểu Quốc hội khóa XV'] },
          { kind: 'heading', level: 1, text: 'I. TÓM TẮT' },
          { kind: 'paragraph', text: [{ text: 'Có ' }, { text: '868', bold: true }, { text: ' người ứng cử.' }] },
          { kind: 'heading', level: 2, text: '1. Phát hiện' },
          { kind: 'list', items: ['Tỉnh Bắc Kạn: thiếu 1 phụ nữ', [{ text: 'Lỗi: ', bold: true }, { text: 'không có' }]] },
          { kind: 'page-break' },
          { kind: 'signature', authority: 'TM. ỦY BAN BẦU CỬ', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A', recipients: ['Hội đồng bầu cử quốc gia', 'Lưu: VT'] },
        ],
      },
    ]);
    const { pages } = await readPdf(bytes, { fonts: true });
    expect(pages).toHaveLength(2);
    const first = pages[0]!.lines;
    expect(first).toEqual(expect.arrayContaining(['BÁO CÁO KẾT QUẢ KIỂM TRA', 'Bầu cử đại biểu Quốc hội khóa XV', 'I. TÓM TẮT', '1. Phát hiện']));
    expect(first.join('\n')).toMatch(/Có\s*868\s*người ứng cử\./u);
    expect(first.join('\n')).toContain('Tỉnh Bắc Kạn: thiếu 1 phụ nữ');
    const second = pages[1]!.lines.join('\n');
    for (const text of ['Nơi nhận:', '- Hội đồng bầu cử quốc gia', 'TM. ỦY BAN BẦU CỬ', 'CHỦ TỊCH', 'Nguyễn Văn A']) expect(second).toContain(text);
  });
});

describe('streaming', () => {
  it('hands out bytes before later sections are built, and builds each section once, in order', async () => {
    const built: number[] = [];
    let firstChunkAfter = -1;
    function* sections(): Iterable<Section> {
      for (let i = 0; i < 60; i++) {
        built.push(i);
        yield { label: `${i}`, blocks: [table(rows(30))] };
      }
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of renderPdf({ ...model([]), sectionCount: 60, sections: sections() })) {
      if (firstChunkAfter < 0) firstChunkAfter = built.length;
      chunks.push(chunk);
    }
    expect(built).toEqual(Array.from({ length: 60 }, (_, i) => i));
    // 64 KiB chunks: the first leaves while most sections are still to be built.
    expect(firstChunkAfter).toBeGreaterThan(0);
    expect(firstChunkAfter).toBeLessThan(30);
    expect(chunks.length).toBeGreaterThan(2);
    const { pages } = await readPdf(new Uint8Array(Buffer.concat(chunks)));
    expect(pages.length).toBeGreaterThanOrEqual(60);
  });

  it('reports progress per section, throttled, ending with done = total', async () => {
    const calls: { done: number; total: number }[] = [];
    const sections = Array.from({ length: 20 }, (_, i) => ({ label: `${i}`, blocks: [table(rows(5))] }));
    await collectBytes(renderPdf(model(sections), { onProgress: (p) => calls.push({ done: p.done, total: p.total }), progressInterval: 0 }));
    expect(calls.at(-1)).toEqual({ done: 20, total: 20 });
    expect(calls.map((c) => c.done)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 20]);
    const throttled: number[] = [];
    await collectBytes(renderPdf(model(sections), { onProgress: (p) => throttled.push(p.done), progressInterval: 60_000 }));
    expect(throttled).toEqual([1, 20]);
  });

  it('writes the same bytes for the same model and creation date', async () => {
    const sections = [{ label: 'a', heading: HEADING, blocks: [table(rows(40))] }];
    expect(await render(sections)).toEqual(await render(sections));
  });
});
