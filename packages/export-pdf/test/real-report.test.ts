/**
 * The validation report of the real 2021 list under vn-2021, through pdfExporter({ pack }), read back with
 * pdfjs: the summary's numbers, every finding's message, and the charts' text (every province's name on each
 * chart page, the chart drawn as paths with no image), in Vietnamese and in English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@ungcu/core/rules';
import { pdfExporter } from '../src/index';
import { type PdfRead, readPdf } from './read-pdf';
import { realList, realReport, vn2021 } from './support';

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
/** The document's text without the page numbers (in the top margin), so a paragraph broken over two pages reads whole. */
const body = (pdf: PdfRead) => collapse(pdf.pages.map((p) => p.lines.join(' ')).join(' '));

describe.each([
  { locale: 'vi' as const, summary: ['Lỗi', 'Cảnh báo', 'Thông tin'], chart: /^Tỷ lệ (phụ nữ|người dân tộc thiểu số|người trẻ tuổi|người ngoài Đảng)/u },
  { locale: 'en' as const, summary: ['Errors', 'Warnings', 'Information'], chart: /(women|ethnic minorities|young people|non-party people)/u },
])('the real 2021 report as PDF ($locale)', ({ locale, summary, chart }) => {
  let report: Report;
  let read: PdfRead;
  let provinces: string[];

  beforeAll(async () => {
    const data = await realList();
    report = await realReport(locale);
    provinces = [...new Set(data.administrativeUnits.filter((u) => u.level === 'province').map((u) => u.name))];
    read = await readPdf(await pdfExporter({ pack: vn2021 }).write(data, { what: 'report', report, locale }), { operators: true });
  }, 240_000);

  it('prints the summary: errors, warnings and information counted as the report counts them', () => {
    const text = read.pages[0]!.lines;
    const counts = [report.summary.errors, report.summary.warnings, report.summary.infos];
    summary.forEach((word, i) => expect(text, word).toContain(`${word} ${counts[i]}`));
    expect(report.summary.warnings + report.summary.infos).toBeGreaterThan(0);
  });

  it("prints every finding's message", () => {
    const text = body(read);
    expect(report.findings.length).toBeGreaterThan(10);
    for (const finding of report.findings) expect(text, finding.ruleId).toContain(collapse(finding.message));
  });

  it('draws the charts as vectors: each chart page holds every province name as text, and no image', () => {
    const chartPages = read.pages.filter((p) => p.lines.some((l) => chart.test(l)));
    expect(chartPages.length).toBeGreaterThanOrEqual(4);
    expect(provinces).toHaveLength(63);
    for (const page of chartPages) {
      const words = new Set(page.items.map((i) => i.text.trim()));
      expect(provinces.filter((p) => !words.has(p))).toEqual([]);
      expect(page.images).toBe(0);
      // Labels are filled, not stroked: a stroked halo would paint over the letters.
      expect(page.strokedText).toBe(0);
      expect(page.paths).toBeGreaterThan(63);
    }
    // No page of the report paints an image.
    expect(read.pages.reduce((s, p) => s + p.images, 0)).toBe(0);
  });
});

describe('the thresholds a report PDF draws', () => {
  it("come from the export's packs (what ungcu.export passes) when the exporter has no pack of its own", async () => {
    const data = await realList();
    const report = await realReport('vi');
    const womenPage = async (packs: readonly (typeof vn2021)[] | undefined) => {
      const bytes = await pdfExporter().write(data, { what: 'report', report, ...(packs === undefined ? {} : { packs }) });
      const read = await readPdf(bytes);
      return read.pages.find((p) => p.lines.some((l) => l.startsWith('Tỷ lệ phụ nữ')))!;
    };
    // The 35% line of Điều 8 k3 is labelled on the chart; without a pack there is no line to label.
    expect((await womenPage([vn2021])).items.map((i) => i.text.trim())).toContain('35%');
    expect((await womenPage(undefined)).items.map((i) => i.text.trim())).not.toContain('35%');
  }, 240_000);
});
