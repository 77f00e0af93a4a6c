/**
 * The real 2021 official list (868 candidates, 184 constituencies) through pdfExporter(), read back with
 * pdfjs: every constituency has its section with the Decree 30 heading and its title, every candidate's name
 * is in its constituency's table in the official order (core's sortByVietnameseName, "theo vần chữ cái A, B,
 * C"), every page a table runs over starts with the header row, pages are numbered 1..N, fonts are embedded,
 * and NFD input prints the same text as NFC input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { sortByVietnameseName } from '@ungcu/core/text';
import { pdfExporter } from '../src/index';
import { type PdfRead, readPdf } from './read-pdf';
import { realList } from './support';
import { tableRows } from './table-read';

const HEADING = { issuer: 'HỘI ĐỒNG BẦU CỬ QUỐC GIA', number: '12', symbol: 'NQ-HĐBCQG', place: 'Hà Nội', date: '2021-04-27' } as const;
const SECTION_TITLE = /^(.+) - Đơn vị bầu cử số (\d+)$/u;

let data: Dataset;
let read: PdfRead;

beforeAll(async () => {
  data = await realList();
  read = await readPdf(await pdfExporter({ creationDate: new Date('2021-04-27T00:00:00Z') }).write(data, { heading: HEADING }), { fonts: true });
}, 240_000);

/** The pages of each section, found by its title line "<province> - Đơn vị bầu cử số <n>". */
function sections(pdf: PdfRead): { province: string; number: number; pages: number[] }[] {
  const out: { province: string; number: number; pages: number[] }[] = [];
  pdf.pages.forEach((page, p) => {
    const title = page.lines.map((l) => SECTION_TITLE.exec(l)).find((m) => m !== null);
    if (title !== undefined && title !== null) out.push({ province: title[1]!, number: Number(title[2]), pages: [p] });
    else out.at(-1)?.pages.push(p);
  });
  return out;
}

describe('the real 2021 official list as PDF', () => {
  it('has one section per constituency, each opening with the Decree 30 heading and the list title', () => {
    const found = sections(read);
    expect(found).toHaveLength(184);
    expect(data.constituencies).toHaveLength(184);
    const units = new Map(data.administrativeUnits.map((u) => [u.id, u.fullName ?? u.name]));
    const expected = data.constituencies.map((c) => `${units.get(c.unitId!)} ${c.number}`).sort();
    expect(found.map((s) => `${s.province} ${s.number}`).sort()).toEqual(expected);
    for (const section of found) {
      const first = read.pages[section.pages[0]!]!.lines.join('\n');
      for (const text of ['HỘI ĐỒNG BẦU CỬ QUỐC GIA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/NQ-HĐBCQG', 'Hà Nội, ngày 27 tháng 4 năm 2021', 'DANH SÁCH CHÍNH THỨC NHỮNG NGƯỜI ỨNG CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV']) {
        expect(first, `${section.province} ${section.number}`).toContain(text);
      }
    }
    // Within a province, constituencies by number.
    const byProvince = new Map<string, typeof found>();
    for (const s of found) byProvince.set(s.province, [...(byProvince.get(s.province) ?? []), s]);
    for (const list of byProvince.values()) expect(list.map((s) => s.number)).toEqual(list.map((s) => s.number).sort((a, b) => a - b));
  });

  it("prints every candidate's name in the constituency's table, in the official order, numbered 1..n", () => {
    const units = new Map(data.administrativeUnits.map((u) => [u.id, u.fullName ?? u.name]));
    const byKey = new Map(data.constituencies.map((c) => [`${units.get(c.unitId!)} ${c.number}`, c.id]));
    let total = 0;
    for (const section of sections(read)) {
      const id = byKey.get(`${section.province} ${section.number}`);
      const nominees = data.nominees.filter((n) => n.nomination.constituencyId === id);
      const ordered = sortByVietnameseName(nominees, (n) => n.person.fullName);
      const expected = ordered.map((n) => n.person.fullName);
      const rows = section.pages.flatMap((p) => tableRows(read.pages[p]!));
      expect(rows.map((r) => r.name), `${section.province} ${section.number}`).toEqual(expected);
      // STT: the row's position in the printed (official) order.
      expect(rows.map((r) => Number(r.number))).toEqual(ordered.map((_, i) => i + 1));
      total += rows.length;
    }
    expect(total).toBe(868);
  });

  it('starts every page a table runs over with the header row, and numbers the pages 1..N', () => {
    let continued = 0;
    for (const section of sections(read)) {
      // The header as printed on the section's first page (its columns are sized to the section's table).
      const first = read.pages[section.pages[0]!]!.lines;
      const top = first.findIndex((l) => l.startsWith('STT '));
      expect(top, `${section.province} ${section.number}`).toBeGreaterThan(0);
      const rowOne = first.findIndex((l) => /^1 /u.test(l));
      const header = first.slice(top, rowOne);
      expect(header.join(' ')).toMatch(/^STT Họ và/u);
      expect(header.join(' ')).toMatch(/Nghề nghiệp,/u);
      for (const p of section.pages.slice(1)) {
        continued++;
        expect(read.pages[p]!.lines.slice(0, header.length), `page ${p + 1}`).toEqual(header);
        expect(read.pages[p]!.lines[header.length], `page ${p + 1}: a row follows the header`).toMatch(/^\d+ /u);
      }
    }
    // Numbered from page 2, running on across the 184 constituencies.
    expect(read.pages.map((page) => page.margin.map((m) => m.text).join(' '))).toEqual(read.pages.map((_, p) => (p === 0 ? '' : String(p + 1))));
    // The real list has constituencies whose table runs over a page: the check above is not empty.
    expect(continued).toBeGreaterThan(50);
  });

  it('embeds its fonts, all Tinos', () => {
    expect(read.fonts.size).toBeGreaterThanOrEqual(3);
    for (const font of read.fonts.values()) {
      expect(font.embedded).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-/u);
    }
  });

  it('prints names and places written in NFD as the same NFC text', async () => {
    const one = data.constituencies.slice(0, 6).map((c) => c.id);
    const subset = { ...data, constituencies: data.constituencies.filter((c) => one.includes(c.id)), nominees: data.nominees.filter((n) => one.includes(n.nomination.constituencyId!)) };
    const nfd: Dataset = {
      ...subset,
      nominees: subset.nominees.map((n) => ({ ...n, person: { ...n.person, fullName: n.person.fullName.normalize('NFD'), hometown: n.person.hometown?.normalize('NFD') } })),
    };
    const created = new Date('2021-04-27T00:00:00Z');
    const [asNfc, asNfd] = await Promise.all([subset, nfd].map(async (d) => readPdf(await pdfExporter({ creationDate: created }).write(d, { heading: HEADING }))));
    const text = (pdf: PdfRead) => pdf.pages.map((p) => p.lines.join('\n')).join('\n\f');
    expect(text(asNfd!)).toBe(text(asNfc!));
    expect(text(asNfd!)).toBe(text(asNfd!).normalize('NFC'));
    const names = asNfd!.pages.flatMap((p) => tableRows(p).map((r) => r.name));
    expect(names.sort()).toEqual(subset.nominees.map((n) => n.person.fullName).sort());
  });
});
