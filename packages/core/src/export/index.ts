/**
 * @ungcu/core/export: the import and export ports (`Importer`, `Exporter` and `defineExporter`, the layout
 * contract, `ImportError`, the election check) and what a store does with an imported dataset
 * (`importIntoStore`, field-by-field changes). The tabular layouts themselves (official list, nominee
 * template) and their import engine are in @ungcu/tabular. No Node-only imports: it runs in browsers.
 */
export type {
  DocumentHeading,
  ExportContent,
  ExportProgress,
  Exporter,
  ExportOptions,
  ImportElection,
  ImportOptions,
  ImportProgress,
  ImportResult,
  ImportSource,
  ImportWarning,
  Importer,
  LayoutChoice,
  LayoutId,
  OriginContext,
} from './ports';
export { EXPORT_CONTENTS, LAYOUT_IDS } from './ports';
export { checkExportOptions, defineExporter, type ExporterDefinition } from './define-exporter';
export { collectBytes, concatBytes } from './bytes';
export {
  REDACTION_PRESETS,
  redactDataset,
  resolveRedaction,
  type BirthDateRedaction,
  type RedactionChoice,
  type RedactionPresetName,
  type RedactionProfile,
} from './redaction';
export { checkImportElection, defaultElectionName, importedElection, type ElectionNeeds } from './election';
export {
  IMPORT_ERROR_CODES,
  columnLetter,
  formatImportError,
  importError,
  type ImportError,
  type ImportErrorCode,
  type ImportErrorColumn,
  type RowPlace,
} from './import-error';
export type {
  CellValue,
  ColumnType,
  DateCell,
  EncodedTable,
  Layout,
  LayoutColumn,
  NomineeRecord,
  OutputCell,
  RowCells,
  RowIssue,
  RowReport,
} from './layout';
export { NOMINEE_FIELD_LABELS, type NomineeFieldPath } from './field-labels';
export { type FieldChange, canonicalJson, diffEntity, fieldLabel, formatFieldChange, formatFieldValue } from './changes';
export { type NomineeMatch, reconcileNominees } from './reconcile';
export {
  DEFAULT_REMOVED_REASON,
  OPERATION_WORDS,
  importIntoStore,
  summaryCounts,
  type ChangeOperation,
  type CollectionCounts,
  type EntityChange,
  type ImportIntoStoreOptions,
  type ImportMode,
  type ImportSummary,
} from './import-into-store';
