/**
 * @ungcu/documents: what a printed official list or validation report holds, independent of the file format.
 * The builders here make a DocumentModel (the Decree 30/2020/NĐ-CP heading, titles, tables, SVG charts, the
 * signature block); @ungcu/export-pdf and @ungcu/export-docx render one, so both print the same words, numbers
 * and order. Sections are built lazily, so a national list never sits in memory as pages.
 */
export type {
  AdministrativeHeading,
  Align,
  Block,
  ChartBlock,
  DocumentModel,
  HeadingBlock,
  ListBlock,
  PageBreakBlock,
  ParagraphBlock,
  RichText,
  Section,
  SignatureBlock,
  TableBlock,
  TableColumn,
  TableRow,
  TextRun,
  TitleBlock,
} from './model';
/** The Decree 30 heading resolved to its printed lines, and the Decree's way of writing a date. */
export { administrativeHeading, decree30Date } from './heading';
/** The signature block of a document heading (authority, title, name, recipients). */
export { signatureBlock } from './signature';
/** The official candidate list, one lazily built section per constituency. */
export { officialListColumns, officialListDocument, officialListRow, type OfficialListOptions } from './official-list';
/** A short report in prose with tables (the quarterly review of @ungcu/workflow), as a Decree 30 document. */
export { narrativeDocument, type NarrativeDocumentOptions, type NarrativeTable } from './narrative';
/** The validation report: summary, findings, composition tables, per-province charts. */
export { reportDocument, thresholdOriginText, type ReportDocumentOptions } from './report';
/** Thresholds of the charts: from the caller, else from the pack's rules. */
export {
  CHART_ATTRIBUTES,
  THRESHOLD_RULES,
  resolveThresholds,
  type ChartAttribute,
  type Threshold,
  type ThresholdOptions,
  type ThresholdOrigin,
  type Thresholds,
} from './thresholds';
/** One chart of the report (ECharts, server-side SVG) and the shares it draws. */
export { CHART_HEIGHT, CHART_WIDTH, provinceShareChart, provinceShares, type ProvinceShare } from './charts';
/** The composition tables of a report, printed from @ungcu/tabular's report tables. */
export { compositionBlocks, compositionColumnIndex, compositionTableColumns } from './composition-table';
/** Column widths of a printed table (the least width of each column its longest word), shared by the renderers. */
export { columnWidths, tableColumnWidths } from './column-widths';
/** Tinos, the typeface the renderers embed: its files and a Node reader of its four faces. */
export { TINOS_FAMILY, TINOS_FILES, tinosFaces, type TinosFaces } from './tinos';
