/**
 * The report document of the real 2021 list validated with vn-2021: the summary is report.summary, every
 * finding is printed with its citation, the composition tables are report.composition with failing cells
 * marked, and the per-province charts are valid SVG naming every province, with shares from the composition.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import { defineRulePack, formatCitation, formatPercent, validate, type Report } from '@ungcu/core/rules';
import { vn2021 } from '@ungcu/rules-vn';
import { compositionColumns, type MeasuredColumn } from '@ungcu/tabular';
import {
  CHART_ATTRIBUTES,
  compositionColumnIndex,
  reportDocument,
  resolveThresholds,
  type Block,
  type ChartBlock,
  type DocumentModel,
  type ListBlock,
  type RichText,
  type TableBlock,
} from '../src/index';
import { realList } from './real-list';
import { parseSvg } from './svg';

const data = realList();
const report = validate(data, { packs: [vn2021] });
const blocks = (doc: DocumentModel): Block[] => [...doc.sections].flatMap((s) => s.blocks);
const plain = (t: RichText) => (typeof t === 'string' ? t : t.map((r) => r.text).join(''));
const tables = (bs: readonly Block[]) => bs.filter((b): b is TableBlock => b.kind === 'table');
const charts = (bs: readonly Block[]) => bs.filter((b): b is ChartBlock => b.kind === 'chart');
const listItems = (bs: readonly Block[]) => bs.filter((b): b is ListBlock => b.kind === 'list').flatMap((l) => l.items.map(plain));
const unitRows = report.composition.filter((r) => r.scope === 'unit');
const column = (c: MeasuredColumn) => compositionColumnIndex(compositionColumns('vi'), c);

describe('reportDocument of the real 2021 list under vn-2021', () => {
  const doc = reportDocument(report, data, { pack: vn2021 });
  const all = blocks(doc);

  it('has three sections: summary and findings, composition, charts', () => {
    expect(doc.sectionCount).toBe(3);
    expect([...doc.sections].map((s) => s.label)).toEqual(['Tóm tắt và các phát hiện', 'Cơ cấu, thành phần', 'Biểu đồ']);
    expect(doc.locale).toBe('vi');
  });

  it('prints report.summary in the summary table', () => {
    expect(report.summary).toEqual({ errors: 0, warnings: 7, infos: 19 });
    const summary = tables(all)[0]!;
    expect(summary.rows.map((r) => r.cells)).toEqual([
      ['Lỗi', String(report.summary.errors)],
      ['Cảnh báo', String(report.summary.warnings)],
      ['Thông tin', String(report.summary.infos)],
      ['Tổng cộng', String(report.findings.length)],
    ]);
    expect(all.some((b) => b.kind === 'paragraph' && plain(b.text).includes('vn-2021'))).toBe(true);
  });

  it('prints every finding once, under its severity, with its fix and citation', () => {
    const items = listItems(all);
    for (const f of report.findings) {
      const found = items.filter((i) => i.startsWith(f.message));
      expect(found, f.message).toHaveLength(1);
      expect(found[0]).toContain(`Căn cứ: ${formatCitation(f.sources, 'vi')}.`);
      if (f.fix !== undefined) expect(found[0]).toContain(f.fix);
      expect(found[0]).toContain(`[${f.ruleId}]`);
    }
    const headings = all.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);
    expect(headings).toEqual(expect.arrayContaining(['1. Lỗi (0)', '2. Cảnh báo (7)', '3. Thông tin (19)']));
  });

  it('prints the composition rows with their counts and shares', () => {
    const rows = tables(all).slice(1).flatMap((t) => t.rows);
    expect(rows).toHaveLength(report.composition.length);
    for (const [i, row] of report.composition.entries()) {
      const cells = rows[i]!.cells;
      expect(cells[1]).toBe(String(row.nominees));
      expect(cells[column('women')]).toBe(`${row.women} (${formatPercent(row.women / row.nominees, 'vi')})`);
      expect(cells[column('nonParty')]).toBe(`${row.nonParty} (${formatPercent(row.nonParty / row.nominees, 'vi')})`);
    }
    expect(rows[1]!.cells.slice(0, 5)).toEqual(['Quốc hội khóa XV', '868', '500', '184', '393 (45,28%)']);
    // Constituency rows have no name in the report: the dataset names them.
    expect(rows.at(-1)!.cells[0]).toBe('Yên Bái, đơn vị bầu cử số 2');
    expect(rows.every((r) => r.failingCells === undefined)).toBe(true); // no error or warning on a composition
  });

  it('draws one chart per attribute, valid SVG naming every province, in the Tinos font', () => {
    const drawn = charts(all);
    expect(drawn).toHaveLength(4);
    expect(unitRows).toHaveLength(63);
    for (const chart of drawn) {
      const svg = parseSvg(chart.svg);
      expect(svg.root).toBe('svg');
      expect(svg.width).toBe(String(chart.width));
      for (const row of unitRows) expect(svg.texts, row.name).toContain(row.name);
      expect(svg.fonts).toEqual(new Set(['Tinos']));
    }
  });

  it('draws shares that are the composition rows, red below the threshold', () => {
    const thresholds = resolveThresholds(vn2021, {}, 500);
    for (const [k, attribute] of CHART_ATTRIBUTES.entries()) {
      const chart = charts(all)[k]!;
      for (const row of unitRows) {
        expect(chart.description).toContain(`${row.name} ${row[attribute]}/${row.nominees} (${formatPercent(row[attribute] / row.nominees, 'vi')})`);
      }
      const below = unitRows.filter((r) => r[attribute] < Math.ceil(thresholds[attribute]!.share * r.nominees - 1e-9));
      const fills = parseSvg(chart.svg).fills;
      expect(fills.filter((f) => f === '#c0392b')).toHaveLength(below.length);
      expect(fills.filter((f) => f === '#2f5597')).toHaveLength(unitRows.length - below.length);
      expect(chart.description).toContain(`${below.length} tỉnh, thành phố dưới ngưỡng`);
      // The same figures as a table, the share cell marked on exactly the provinces below the threshold.
      const data = chart.data!;
      const byName = (a: readonly string[], b: readonly string[]) => a[0]!.localeCompare(b[0]!, 'vi');
      expect(data.rows.map((r) => r.cells).sort(byName)).toEqual(
        unitRows.map((r) => [r.name!, String(r[attribute]), String(r.nominees), formatPercent(r[attribute] / r.nominees, 'vi')]).sort(byName),
      );
      expect(data.rows.filter((r) => r.failingCells?.includes(3)).map((r) => r.cells[0]).sort()).toEqual(below.map((r) => r.name).sort());
    }
    // 2021: Hồ Chí Minh, Cao Bằng, Đắk Nông... under 35% women (docs/legal/vn-election-law.md).
    expect(charts(all)[0]!.description).toMatch(/9 tỉnh, thành phố dưới ngưỡng: .*Cao Bằng.*Đắk Nông/u);
  });

  it('says where each threshold comes from', () => {
    const items = listItems([...doc.sections][2]!.blocks);
    expect(items).toContain(
      'Phụ nữ: 35% (tùy chọn minShare của quy tắc vn/na-women-share, bộ quy tắc vn-2021); căn cứ khoản 3 Điều 8 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13.',
    );
    expect(items.find((i) => i.startsWith('Người trẻ tuổi'))).toMatch(/^Người trẻ tuổi: 10%, tức 50 người \(tùy chọn minCount của quy tắc vn\/na-young, bộ quy tắc vn-2021\) trên 500 đại biểu được bầu; căn cứ /u);
    expect(items.find((i) => i.startsWith('Người ngoài Đảng'))).toMatch(/^Người ngoài Đảng: 5%, tức 25 người/u);
  });
});

describe('thresholds', () => {
  it('reads the pack effective options, lets the caller override and turn a line off', () => {
    const stricter = defineRulePack({ id: 'stricter', title: { vi: 'x', en: 'x' }, extends: vn2021, ruleSettings: { 'vn/na-women-share': { minShare: 0.4 }, 'vn/na-young': 'off' } });
    const t = resolveThresholds(stricter, { ethnicMinority: 0.2, nonParty: null }, 500);
    expect(t.women).toMatchObject({ share: 0.4, origin: { kind: 'pack', packId: 'stricter', option: 'minShare' } });
    expect(t.ethnicMinority).toEqual({ share: 0.2, origin: { kind: 'option' } });
    expect(t.young).toBeUndefined();
    expect(t.nonParty).toBeUndefined();
    expect(resolveThresholds(undefined, {}, 500)).toEqual({});
    expect(() => resolveThresholds(vn2021, { women: 35 }, 500)).toThrow(ConfigError);
  });

  it('draws no line and says so when there is no threshold', () => {
    const doc = reportDocument(report, data, { thresholds: { women: 0.5 } });
    const chartsSection = [...doc.sections][2]!;
    const items = listItems(chartsSection.blocks);
    expect(items).toContain('Phụ nữ: 50%, theo tùy chọn thresholds của người lập báo cáo.');
    expect(items).toContain('Người dân tộc thiểu số: không vẽ ngưỡng.');
    const minority = charts(chartsSection.blocks)[1]!;
    expect(parseSvg(minority.svg).fills.filter((f) => f === '#c0392b')).toHaveLength(0);
    expect(minority.description).toContain('Không có ngưỡng.');
  });
});

describe('failing cells', () => {
  it('marks the cell a failing error or warning measures, and not for information findings', () => {
    const strict: Report = validate(data, {
      packs: [vn2021],
      rules: { 'vn/na-women-share': { minShare: 0.5 }, 'vn/province-women-share': 'on', 'vn/na-non-party': { minCount: 100 } },
    });
    expect(strict.summary.errors).toBe(1);
    const rows = tables(blocks(reportDocument(strict, data, { pack: vn2021 }))).slice(1).flatMap((t) => t.rows);
    const bodyIndex = strict.composition.findIndex((r) => r.scope === 'body');
    expect(rows[bodyIndex]!.failingCells).toEqual([column('women'), column('nonParty')]);
    // vn/province-women-share reports provinces under 35% as information: figures, not failures.
    expect(strict.findings.filter((f) => f.ruleId === 'vn/province-women-share').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.failingCells !== undefined)).toHaveLength(1);
  });

  it('takes the columns of an agency rule from ruleColumns', () => {
    const fake: Report = {
      ...report,
      findings: [
        ...report.findings,
        { ruleId: 'agency/young-share', severity: 'warning', messageId: 'x', target: { kind: 'unit', id: 'province-cao-bang', bodyId: unitRows[0]!.bodyId! }, data: {}, message: 'Cao Bằng: ít người trẻ tuổi', sources: [] },
      ],
    };
    const rows = tables(blocks(reportDocument(fake, data, { ruleColumns: { 'agency/young-share': 'young' } }))).slice(1).flatMap((t) => t.rows);
    const at = report.composition.findIndex((r) => r.scope === 'unit' && r.id === 'province-cao-bang');
    expect(rows[at]!.failingCells).toEqual([column('young')]);
    expect(rows.filter((r) => r.failingCells !== undefined)).toHaveLength(1);
    // A rule nobody mapped marks the whole list: it fails, and no column says where.
    const unmapped = tables(blocks(reportDocument(fake, data))).slice(1).flatMap((t) => t.rows);
    expect(unmapped[at]).toMatchObject({ emphasis: 'fail' });
    expect(unmapped[at]!.failingCells).toBeUndefined();
    expect(unmapped.filter((r) => r.emphasis === 'fail')).toHaveLength(1);
  });
});

describe('partial data and English', () => {
  it('lists what was not checked and why, from report.notChecked', () => {
    const haNoi = { ...data, constituencies: data.constituencies.filter((c) => c.unitId === 'province-ha-noi') };
    haNoi.nominees = data.nominees.filter((n) => haNoi.constituencies.some((c) => c.id === n.nomination.constituencyId));
    const partial = validate(haNoi, { packs: [vn2021] });
    expect(partial.notChecked.length).toBeGreaterThan(0);
    const items = listItems(blocks(reportDocument(partial, haNoi, { pack: vn2021 })));
    for (const n of partial.notChecked) expect(items.some((i) => i.startsWith(n.ruleId) && i.includes(n.reason))).toBe(true);
  });

  it('writes its own words in English, and the charts with the font asked for', () => {
    const en = validate(data, { packs: [vn2021], locale: 'en' });
    const doc = reportDocument(en, data, { pack: vn2021, fontFamily: 'Noto Serif' });
    expect(doc.locale).toBe('en');
    const all = blocks(doc);
    expect(tables(all)[0]!.rows.map((r) => r.cells[0])).toEqual(['Errors', 'Warnings', 'Information', 'Total']);
    expect(tables(all)[1]!.columns.map((c) => c.header).slice(0, 5)).toEqual(['Name', 'Nominees', 'Seats', 'Constituencies', 'Women']);
    expect(charts(all)[0]!.title).toBe('Share of women on the National Assembly list by province');
    expect(parseSvg(charts(all)[0]!.svg).fonts).toEqual(new Set(['Noto Serif']));
    expect(listItems(all)).toContain(
      'Women: 35% (option minShare of rule vn/na-women-share, pack vn-2021); source: clause 3 of Art. 8 of Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13.',
    );
  });

  it('has no charts without a National Assembly list, and works without the dataset', () => {
    const doc = reportDocument(report, undefined);
    expect(doc.sectionCount).toBe(3);
    const noNa = { ...report, composition: report.composition.filter((r) => r.scope !== 'unit') };
    const d = reportDocument(noNa, undefined);
    expect(d.sectionCount).toBe(2);
    expect([...d.sections]).toHaveLength(2);
    expect(charts(blocks(d))).toHaveLength(0);
  });
});
