/**
 * The SDK's entry point: `createUngcu({ packs, store, importers, exporters })`. Exported from `@ungcu/core`.
 */
export {
  createUngcu,
  type SelectPack,
  type Ungcu,
  type UngcuCalendarOptions,
  type UngcuImportOptions,
  type UngcuOptions,
  type UngcuSaveOptions,
  type UngcuValidateOptions,
  type UngcuWarning,
} from './create';
export type { ImportFilesOptions } from './import-files';
export { missingPlugin, type ImporterPlugin, type PluginKind, type StoreOpenOptions, type StoreProvider } from './plugins';
export type { FileInput } from './sources';
// The types an app touches when it configures and uses createUngcu(), from one import.
export type { Finding, Locale, Report, RulePack, RuleSettings, Severity } from '../rules/types';
export type { ExportOptions, Exporter, ImportElection, ImportOptions, ImportResult, ImportSource, Importer } from '../export/ports';
export type { ImportError } from '../export/import-error';
export type { ImportSummary, ImportMode } from '../export/import-into-store';
export type { Store } from '../storage/types';
export type { ComputedCalendar } from '../calendar/compute';
export { formatReport } from '../rules/format';
