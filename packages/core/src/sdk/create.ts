/**
 * `createUngcu()`: one object to start from, as better-auth's `betterAuth({ database, plugins })` or Kysely's
 * `new Kysely({ dialect })`. It holds the rule packs, importers, exporters and the store an app registers, and
 * does the main job in a few calls: import files, save, load, validate, date the calendar, export. Every
 * piece it wires is still usable on its own (`validate`, `importIntoStore`, `computeCalendar`...).
 */
import { computeCalendar, type CalendarOptions, type ComputedCalendar } from '../calendar/compute';
import { ConfigError } from '../errors/classes';
import type { ExportOptions, Exporter, ImportElection, ImportResult } from '../export/ports';
import { importIntoStore, type ImportIntoStoreOptions, type ImportSummary } from '../export/import-into-store';
import type { Dataset } from '../model/dataset';
import type { LocalizedText } from '../model/primitives';
import type { Locale, Report, RulePack, ValidateOptions } from '../rules/types';
import { validate as validateDataset } from '../rules/validate';
import { loadDataset, type LoadDatasetOptions } from '../storage/dataset';
import type { Store } from '../storage/types';
import { importFiles as readFiles, type ImportFilesOptions } from './import-files';
import { missingPlugin, pick, registry, type ImporterPlugin, type StoreProvider } from './plugins';
import type { FileInput } from './sources';

export interface UngcuOptions {
  /** The rule packs, by id; the first is the default. At least one. */
  readonly packs: readonly RulePack[];
  /** A store, or a spec (a SQLite file path, a postgres:// URL) that one of `stores` opens on first use. */
  readonly store?: Store | string;
  /** Store adapters that open a spec given as `store`. */
  readonly stores?: readonly StoreProvider[];
  readonly importers?: readonly ImporterPlugin[];
  readonly exporters?: readonly Exporter[];
  /** The language of findings and messages. Default 'vi'. */
  readonly locale?: Locale;
  /** The election day of imported files. Default: the pack's reference election. */
  readonly electionDay?: string;
  /** Who writes, for the audit log. Default "ungcu". */
  readonly actor?: string;
  /** Open a `store` spec read-only (a SQLite file must exist; a PostgreSQL session refuses writes). */
  readonly readonly?: boolean;
  /** Where warnings go (a dataset checked under another pack...). Default: console.warn, both languages. */
  readonly onWarning?: (warning: UngcuWarning) => void;
}

export interface UngcuWarning {
  readonly code: 'pack-mismatch';
  readonly message: LocalizedText;
}

export interface SelectPack {
  /** A registered pack's id; default: the first pack. */
  readonly pack?: string;
}

export interface UngcuImportOptions extends ImportFilesOptions, SelectPack {
  /** Default: the `electionDay` given to createUngcu, else the pack's reference election. */
  readonly electionDay?: string;
}

export type UngcuSaveOptions = ImportIntoStoreOptions;

export interface UngcuValidateOptions extends Omit<ValidateOptions, 'packs'> {
  /** Registered pack ids to validate under. Default: the pack each election names, else the first. */
  readonly packs?: readonly string[];
}

export interface UngcuCalendarOptions extends CalendarOptions, SelectPack {}

export interface Ungcu {
  readonly packs: readonly RulePack[];
  readonly importers: readonly ImporterPlugin[];
  readonly exporters: readonly Exporter[];
  readonly locale: Locale;
  /** A registered pack; default the first. Unknown ids (a typo such as "vn2021") throw a ConfigError. */
  pack(id?: string): RulePack;
  /** The election of imported files under a pack (its reference day unless `electionDay` says otherwise). */
  election(options?: SelectPack & { readonly electionDay?: string }): ImportElection;
  /** Reads files into one dataset. Bad input comes back as `errors` (file, row, column, rule), never thrown. */
  importFiles(inputs: readonly FileInput[], options?: UngcuImportOptions): Promise<ImportResult>;
  /** Saves a dataset into the store, updating what a previous save stored (run it twice: nothing changes). */
  save(dataset: Dataset, options?: UngcuSaveOptions): Promise<ImportSummary>;
  /**
   * One election from the store; default: the election of the default pack's day. `onProgress` reports the
   * records read (see `loadDataset`).
   */
  load(electionId?: string, options?: LoadDatasetOptions): Promise<Dataset | undefined>;
  validate(dataset: Dataset, options?: UngcuValidateOptions): Report;
  calendar(electionDay?: string, options?: UngcuCalendarOptions): ComputedCalendar;
  /**
   * The whole file. `format` is a registered exporter's id ("csv", "xlsx"...). With `{ what: 'report' }` and
   * no `report`, the dataset is validated first (under the packs its elections name) and that report written.
   */
  export(dataset: Dataset, format: string, options?: ExportOptions): Promise<Uint8Array>;
  /** The same bytes as chunks, for files too large to hold twice. */
  exportStream(dataset: Dataset, format: string, options?: ExportOptions): AsyncIterable<Uint8Array>;
  /** The store, opened on first use. */
  store(): Promise<Store>;
  /** Closes the store: the one it opened from a spec, or the Store object it was given (it holds it, as Kysely holds its dialect). */
  close(): Promise<void>;
}

function defaultWarning(warning: UngcuWarning): void {
  console.warn(`${warning.message.vi} / ${warning.message.en}`);
}

export function createUngcu(options: UngcuOptions): Ungcu {
  const packs = registry('pack', options.packs);
  const first = options.packs[0];
  if (first === undefined) {
    throw new ConfigError({
      en: 'createUngcu needs at least one rule pack: install @ungcu/rules-vn and pass createUngcu({ packs: [vn2026] })',
      vi: 'createUngcu cần ít nhất một bộ quy tắc: hãy cài @ungcu/rules-vn và truyền createUngcu({ packs: [vn2026] })',
    });
  }
  const defaultPack: RulePack = first;
  const importers = registry('importer', options.importers ?? []);
  const exporters = registry('exporter', options.exporters ?? []);
  const providers = registry('store', options.stores ?? []);
  const locale = options.locale ?? 'vi';
  const onWarning = options.onWarning ?? defaultWarning;
  const warned = new Set<string>();
  let opened: Promise<Store> | undefined;

  const pack = (id?: string): RulePack => (id === undefined ? defaultPack : pick('pack', packs, id));
  const election = (select: SelectPack & { readonly electionDay?: string } = {}): ImportElection =>
    pack(select.pack).election(select.electionDay ?? options.electionDay);

  function openStore(): Promise<Store> {
    const { store } = options;
    if (store === undefined) {
      return Promise.reject(
        new ConfigError({
          en: 'No store: pass createUngcu({ store }), e.g. sqliteStore("ungcu.db") from @ungcu/storage-sqlite',
          vi: 'Chưa có kho dữ liệu: hãy truyền createUngcu({ store }), ví dụ sqliteStore("ungcu.db") của @ungcu/storage-sqlite',
        }),
      );
    }
    if (typeof store !== 'string') return Promise.resolve(store);
    const provider = [...providers.values()].find((p) => p.accepts(store));
    if (provider === undefined) {
      const id = /^postgres(?:ql)?:\/\//iu.test(store) ? 'postgres' : 'sqlite';
      return Promise.reject(missingPlugin('store', id, [...providers.keys()]));
    }
    return provider.open(store, {
      ...(options.readonly === undefined ? {} : { readonly: options.readonly }),
      ...(options.actor === undefined ? {} : { actor: options.actor }),
    });
  }
  const store = (): Promise<Store> => {
    opened ??= openStore();
    return opened;
  };

  /** The packs a dataset is checked under: the ones its elections name, when registered. */
  function packsFor(dataset: Dataset, ids: readonly string[] | undefined): RulePack[] {
    if (ids !== undefined) return ids.map((id) => pack(id));
    const named = [...new Set(dataset.elections.map((e) => e.rulePack))];
    const known = named.filter((id) => packs.has(id));
    for (const id of named.filter((n) => !packs.has(n))) {
      const key = `${id}→${defaultPack.id}`;
      if (warned.has(key)) continue;
      warned.add(key);
      onWarning({
        code: 'pack-mismatch',
        message: {
          vi: `Dữ liệu ghi bộ quy tắc "${id}" nhưng bộ này chưa được đăng ký; kiểm tra theo "${known[0] ?? defaultPack.id}"`,
          en: `The data names rule pack "${id}", which is not registered; checking under "${known[0] ?? defaultPack.id}"`,
        },
      });
    }
    return known.length > 0 ? known.map((id) => pack(id)) : [defaultPack];
  }

  const exporter = (format: string): Exporter => pick('exporter', exporters, format);

  /**
   * A report export without a report: the dataset's, validated here in the export's language; and the
   * registered packs the report names, for what an exporter prints from them (chart thresholds).
   */
  function withReport(dataset: Dataset, exportOptions: ExportOptions | undefined): ExportOptions | undefined {
    if (exportOptions?.what !== 'report') return exportOptions;
    const report =
      exportOptions.report ?? validateDataset(dataset, { locale: exportOptions.locale ?? locale, packs: packsFor(dataset, undefined) });
    const named = exportOptions.packs ?? report.packs.filter((id) => packs.has(id)).map((id) => pack(id));
    return { ...exportOptions, report, packs: named };
  }

  return {
    packs: options.packs,
    importers: [...importers.values()],
    exporters: [...exporters.values()],
    locale,
    pack,
    election,
    importFiles: async (inputs, { pack: packId, electionDay, ...rest } = {}) =>
      readFiles(inputs, election({ ...(packId === undefined ? {} : { pack: packId }), ...(electionDay === undefined ? {} : { electionDay }) }), importers, rest),
    save: async (dataset, saveOptions = {}) =>
      importIntoStore(await store(), dataset, { ...(options.actor === undefined ? {} : { actor: options.actor }), ...saveOptions }),
    load: async (electionId, loadOptions) =>
      loadDataset(await store(), electionId ?? election().id ?? `election-${election().electionDay}`, loadOptions),
    validate: (dataset, { packs: ids, ...rest } = {}) => validateDataset(dataset, { locale, ...rest, packs: packsFor(dataset, ids) }),
    calendar: (electionDay, { pack: packId, ...calendarOptions } = {}) => {
      const chosen = pack(packId);
      return computeCalendar(chosen, chosen.election(electionDay ?? options.electionDay).electionDay, calendarOptions);
    },
    export: async (dataset, format, exportOptions) => exporter(format).write(dataset, withReport(dataset, exportOptions)),
    // The exporter is looked up when the caller starts reading: a missing one rejects the first chunk.
    exportStream: (dataset, format, exportOptions) => ({
      [Symbol.asyncIterator]: () => exporter(format).stream(dataset, withReport(dataset, exportOptions))[Symbol.asyncIterator](),
    }),
    store,
    close: async () => {
      if (opened === undefined) return;
      const s = await opened.catch(() => undefined);
      opened = undefined;
      await s?.close();
    },
  };
}
