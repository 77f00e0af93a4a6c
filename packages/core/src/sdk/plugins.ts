/**
 * The plugins `createUngcu()` registers by id, and the packages that provide the ones ungcu knows: a call that
 * needs a plugin nobody registered fails with an error that says what to install and pass, not "undefined".
 */
import { ConfigError } from '../errors/classes';
import type { Importer } from '../export/ports';
import type { StoreOptions } from '../storage/factory';
import type { Store } from '../storage/types';

/** An importer, with the file name extensions it reads (".csv"); ungcu knows those of csv and xlsx. */
export type ImporterPlugin = Importer & { readonly extensions?: readonly string[] };

/** Opens a store from a spec a person can type: a SQLite file path, a postgres:// URL. */
export interface StoreProvider {
  readonly id: string;
  /** Whether this provider opens `spec`. Providers are asked in order; the first that accepts opens it. */
  accepts(spec: string): boolean;
  open(spec: string, options: StoreOpenOptions): Promise<Store>;
}

export interface StoreOpenOptions extends StoreOptions {
  /** Only read: a SQLite file must exist and is not migrated; a PostgreSQL session refuses writes. */
  readonly readonly?: boolean;
}

export type PluginKind = 'pack' | 'importer' | 'exporter' | 'store';

const KIND_WORDS: Readonly<Record<PluginKind, { vi: string; en: string }>> = {
  pack: { vi: 'bộ quy tắc', en: 'rule pack' },
  importer: { vi: 'bộ nhập', en: 'importer' },
  exporter: { vi: 'bộ xuất', en: 'exporter' },
  store: { vi: 'kho dữ liệu', en: 'store' },
};

/** Where the plugins ungcu knows come from: the package to install and what to pass. */
const KNOWN: Readonly<Record<PluginKind, Readonly<Record<string, { readonly pkg: string; readonly pass: string }>>>> = {
  pack: { 'vn-2021': { pkg: '@ungcu/rules-vn', pass: 'vn2021' }, 'vn-2026': { pkg: '@ungcu/rules-vn', pass: 'vn2026' } },
  importer: {
    csv: { pkg: '@ungcu/export-csv', pass: 'csvImporter()' },
    xlsx: { pkg: '@ungcu/export-xlsx', pass: 'xlsxImporter()' },
    json: { pkg: '@ungcu/export-json', pass: 'jsonImporter()' },
  },
  exporter: {
    csv: { pkg: '@ungcu/export-csv', pass: 'csvExporter()' },
    xlsx: { pkg: '@ungcu/export-xlsx', pass: 'xlsxExporter()' },
    json: { pkg: '@ungcu/export-json', pass: 'datasetJsonExporter()' },
    popolo: { pkg: '@ungcu/export-json', pass: 'popoloExporter()' },
  },
  store: {
    sqlite: { pkg: '@ungcu/storage-sqlite', pass: 'a StoreProvider opening sqliteStore(path)' },
    postgres: { pkg: '@ungcu/storage-postgres', pass: 'a StoreProvider opening postgresStore(url)' },
  },
};

const OPTION: Readonly<Record<PluginKind, string>> = { pack: 'packs', importer: 'importers', exporter: 'exporters', store: 'stores' };

/** The error for a plugin nobody registered, naming the package that has it when ungcu knows one. */
export function missingPlugin(kind: PluginKind, id: string, registered: readonly string[]): ConfigError {
  const words = KIND_WORDS[kind];
  const known = KNOWN[kind][id];
  const have = registered.length === 0 ? '—' : registered.join(', ');
  const option = OPTION[kind];
  return new ConfigError(
    known === undefined
      ? {
          en: `No ${words.en} "${id}" is registered (registered: ${have}); pass it in createUngcu({ ${option} })`,
          vi: `Chưa đăng ký ${words.vi} "${id}" (đã có: ${have}); hãy truyền vào createUngcu({ ${option} })`,
        }
      : {
          en: `No ${words.en} "${id}" is registered (registered: ${have}): install ${known.pkg} and pass ${known.pass} in createUngcu({ ${option} })`,
          vi: `Chưa đăng ký ${words.vi} "${id}" (đã có: ${have}): hãy cài ${known.pkg} và truyền ${known.pass} vào createUngcu({ ${option} })`,
        },
    { details: { kind, id, registered: [...registered], ...(known === undefined ? {} : { package: known.pkg }) } },
  );
}

/** Plugins by id; two with one id are a configuration mistake, refused at once. */
export function registry<T extends { readonly id: string }>(kind: PluginKind, plugins: readonly T[]): ReadonlyMap<string, T> {
  const byId = new Map<string, T>();
  for (const plugin of plugins) {
    if (byId.has(plugin.id)) {
      const words = KIND_WORDS[kind];
      throw new ConfigError({
        en: `Two ${words.en}s have the id "${plugin.id}"`,
        vi: `Có hai ${words.vi} cùng mã "${plugin.id}"`,
      });
    }
    byId.set(plugin.id, plugin);
  }
  return byId;
}

/** The plugin with this id, or the error that says where to get it. */
export function pick<T>(kind: PluginKind, plugins: ReadonlyMap<string, T>, id: string): T {
  const plugin = plugins.get(id);
  if (plugin === undefined) throw missingPlugin(kind, id, [...plugins.keys()]);
  return plugin;
}

/** The extensions an importer reads: its own list, else the ones ungcu knows for its id. */
export function extensionsOf(importer: ImporterPlugin): readonly string[] {
  if (importer.extensions !== undefined) return importer.extensions.map((e) => e.toLowerCase());
  return importer.id === 'csv' ? ['.csv', '.tsv'] : importer.id === 'xlsx' ? ['.xlsx'] : [];
}

/** The importer id ungcu expects for a file extension nobody registered, for the error message. */
export function importerIdFor(extension: string): string {
  return extension === '.csv' || extension === '.tsv' ? 'csv' : extension === '.xlsx' ? 'xlsx' : extension.replace(/^\./u, '');
}
