/**
 * The report's charts: per province, the share of one attribute on the National Assembly list, a bar per
 * province and a line at the threshold. Drawn by Apache ECharts' server-side SVG renderer (no DOM, no canvas),
 * so the PDF embeds vectors and the text stays text in the report's font. Only the bar chart, the grid and
 * the mark line are registered, from `echarts/core`, which keeps the rest of the library out of a bundle.
 */
import type { CompositionRow, Locale } from '@ungcu/core/rules';
import { formatPercent, requiredForShare } from '@ungcu/core/rules';
import { toNfc } from '@ungcu/core/text';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartBlock, TableBlock } from './model';
import type { ChartAttribute, Threshold } from './thresholds';

let registered = false;
function register(): void {
  if (registered) return;
  use([BarChart, GridComponent, MarkLineComponent, SVGRenderer]);
  registered = true;
}

/**
 * Landscape A4 less Decree 30's margins (841.89 pt − 30 mm − 15 mm ≈ 714 pt), in points: the renderers place
 * the chart at this size, so its text prints at the size it was drawn.
 */
export const CHART_WIDTH = 714;
export const CHART_HEIGHT = 357;

const BAR = '#2f5597';
const BELOW = '#c0392b';
const LINE = '#000000';

const ATTRIBUTE_WORDS: Readonly<Record<Locale, Readonly<Record<ChartAttribute, string>>>> = {
  vi: { women: 'phụ nữ', ethnicMinority: 'người dân tộc thiểu số', young: 'người trẻ tuổi', nonParty: 'người ngoài Đảng' },
  en: { women: 'women', ethnicMinority: 'ethnic minorities', young: 'young people', nonParty: 'non-party people' },
};

export function attributeWords(attribute: ChartAttribute, locale: Locale): string {
  return ATTRIBUTE_WORDS[locale][attribute];
}

export interface ProvinceShare {
  readonly name: string;
  readonly count: number;
  readonly nominees: number;
  readonly share: number;
  /** Below the threshold as the quota rules count it: fewer than ceil(threshold × nominees). */
  readonly below: boolean;
}

/** The shares of one attribute in each province's row, in the rows' order. */
export function provinceShares(rows: readonly CompositionRow[], attribute: ChartAttribute, threshold: Threshold | undefined): ProvinceShare[] {
  return rows.map((row) => {
    const count = row[attribute];
    return {
      name: toNfc(row.name ?? row.id),
      count,
      nominees: row.nominees,
      share: row.nominees === 0 ? 0 : count / row.nominees,
      below: threshold !== undefined && row.nominees > 0 && count < requiredForShare(threshold.share, row.nominees),
    };
  });
}

function title(attribute: ChartAttribute, locale: Locale): string {
  return locale === 'vi'
    ? `Tỷ lệ ${attributeWords(attribute, locale)} trong danh sách ứng cử đại biểu Quốc hội theo tỉnh, thành phố`
    : `Share of ${attributeWords(attribute, locale)} on the National Assembly list by province`;
}

/** Every bar in words, for readers that show no image and for DOCX, which embeds no SVG here. */
function describe(attribute: ChartAttribute, shares: readonly ProvinceShare[], threshold: Threshold | undefined, locale: Locale): string {
  const pct = (s: number) => formatPercent(s, locale);
  const below = shares.filter((s) => s.below);
  const each = shares.map((s) => `${s.name} ${s.count}/${s.nominees} (${pct(s.share)})`).join('; ');
  if (locale === 'vi') {
    const line = threshold === undefined
      ? 'Không có ngưỡng.'
      : `Ngưỡng ${formatPercent(threshold.share, locale, 'trimmed')}; ${below.length} tỉnh, thành phố dưới ngưỡng${below.length === 0 ? '' : `: ${below.map((s) => s.name).join(', ')}`}.`;
    return `Tỷ lệ ${attributeWords(attribute, locale)} của ${shares.length} tỉnh, thành phố. ${line} Từng tỉnh, thành phố: ${each}.`;
  }
  const line = threshold === undefined
    ? 'No threshold.'
    : `Threshold ${formatPercent(threshold.share, locale, 'trimmed')}; ${below.length} ${below.length === 1 ? 'province' : 'provinces'} below it${below.length === 0 ? '' : `: ${below.map((s) => s.name).join(', ')}`}.`;
  return `Share of ${attributeWords(attribute, locale)} in ${shares.length} provinces. ${line} Each province: ${each}.`;
}

const DATA_HEADERS: Readonly<Record<Locale, readonly [string, string, string, string]>> = {
  vi: ['Tỉnh, thành phố', 'Số người', 'Số người ứng cử', 'Tỷ lệ'],
  en: ['Province', 'People', 'Candidates', 'Share'],
};

/** The bars as a table: one row per province, the share cell marked where it is below the threshold. */
function dataTable(shares: readonly ProvinceShare[], locale: Locale): TableBlock {
  const [province, count, nominees, share] = DATA_HEADERS[locale];
  return {
    kind: 'table',
    columns: [
      { header: province, width: 30, align: 'left' },
      { header: count, width: 10, align: 'right' },
      { header: nominees, width: 12, align: 'right' },
      { header: share, width: 10, align: 'right' },
    ],
    rows: shares.map((s) => ({
      cells: [s.name, String(s.count), String(s.nominees), formatPercent(s.share, locale)],
      ...(s.below ? { failingCells: [3] } : {}),
    })),
  };
}

/** One attribute's chart as SVG, its text in `fontFamily`. */
export function provinceShareChart(
  attribute: ChartAttribute,
  rows: readonly CompositionRow[],
  threshold: Threshold | undefined,
  locale: Locale,
  fontFamily: string,
): ChartBlock {
  register();
  const shares = provinceShares(rows, attribute, threshold);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  const percent = (value: number) => `${locale === 'vi' ? String(value).replace('.', ',') : String(value)}%`;
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily, fontSize: 9 },
      // Room on the right for the threshold's label, printed past the end of its line rather than over the bars.
      grid: { left: 40, right: 44, top: 16, bottom: 110 },
      xAxis: {
        type: 'category',
        data: shares.map((s) => s.name),
        axisLabel: { interval: 0, rotate: 90, fontFamily, fontSize: 8 },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { fontFamily, formatter: percent } },
      series: [
        {
          type: 'bar',
          barCategoryGap: '25%',
          data: shares.map((s) => ({ value: Math.round(s.share * 10000) / 100, itemStyle: { color: s.below ? BELOW : BAR } })),
          ...(threshold === undefined
            ? {}
            : {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: LINE, type: 'dashed', width: 1 },
                  label: { fontFamily, formatter: formatPercent(threshold.share, locale, 'trimmed'), position: 'end' },
                  data: [{ yAxis: Math.round(threshold.share * 10000) / 100 }],
                },
              }),
        },
      ],
    });
    return {
      kind: 'chart',
      title: title(attribute, locale),
      svg: chart.renderToSVGString(),
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      description: describe(attribute, shares, threshold, locale),
      data: dataTable(shares, locale),
    };
  } finally {
    chart.dispose();
  }
}
