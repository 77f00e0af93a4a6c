/**
 * @ungcu/tabular: the Vietnamese spreadsheet columns shared by every tabular adapter (CSV, XLSX): the official
 * candidate list and the nominee template as layouts (core's `Layout` contract), the field codecs that read
 * and write their cells, and the import engine that turns rows of cells into one Dataset with located errors.
 * No Node-only imports: it runs in browsers.
 */
export { TABULAR_LAYOUTS, candidateLayouts, layoutById, resolveLayout } from './layouts';
export { OFFICIAL_LIST_COLUMNS, officialListLayout } from './official-list';
export { NOMINEE_TEMPLATE_COLUMNS, nomineeTemplateLayout } from './nominee-template';
export { TableImport, type SheetReader } from './table-import';
export { detectLayout, matchHeaders } from './match-headers';
export { exportLayout, sourceList } from './sources';
export { ROWS_UNIT, rowsWithProgress } from './export-progress';
export { cellText, isBlank, isDateCell, nameText } from './cell';
export {
  BODY_KIND_LABELS,
  COUNCIL_INCUMBENCY_HEADER,
  bodyKindCodec,
  enumCodec,
  formatDate,
  formatGender,
  organizationKindCodec,
  originCodec,
  parseDate,
  parseEthnicity,
  parseGender,
  parseInteger,
  parseNaIncumbencies,
  parseNationality,
  parsePartyJoinDate,
  personDetailCells,
  readCouncilIncumbencyCell,
  stageCodec,
  statusCodec,
  yesNoCodec,
  type EnumCodec,
  type FieldResult,
} from './fields';
export { neutralizeFormula, restoreFormula } from './formula-safety';
export { parseConstituencyText, formatConstituencyText, type ConstituencyText } from './constituency-text';
export { GENDER_SYNONYMS, type GenderValue } from './gender-words';
export { slug, shortHash } from './ids';
export { capitalizeNameWords, tcvn3NameCapitals } from './tcvn3-names';
export {
  compositionColumns,
  reportTables,
  type CompositionTable,
  type CompositionTableRow,
  type ReportCell,
  type ReportColumn,
  type ReportColumnType,
  type ReportTables,
  type ReportTablesOptions,
  type TextTable,
} from './report-tables';
export { VN_RULE_COLUMNS, type MeasuredColumn, type RuleColumn } from './report-rule-columns';
export { COUNT_TERMS, REPORT_COUNTS, SCOPE_TITLES, SEVERITY_TERMS, TARGET_TERMS } from './report-terms';
/** The order the lists are written in (constituencies by province and number), for documents that print them. */
export { orderedConstituencies } from './encode-order';
