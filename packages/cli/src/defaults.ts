/**
 * The plugins the CLI comes with: the Vietnamese rule packs, the CSV, XLSX and JSON (ungcu's format, Popolo)
 * adapters, the PDF and DOCX document exporters (loaded on first use), and the embedded SQLite and PostgreSQL
 * stores. A config file adds to them or replaces one by id (config.ts).
 */
import type { Exporter, ImporterPlugin, RulePack, StoreProvider } from '@ungcu/core';
import { csvExporter, csvImporter, type CsvImporterOptions } from '@ungcu/export-csv';
import { datasetJsonExporter, jsonImporter, popoloExporter } from '@ungcu/export-json';
import { xlsxExporter, xlsxImporter } from '@ungcu/export-xlsx';
import { lazyExporter } from './lazy-exporter';
import { PACKS } from '@ungcu/rules-vn';
import { postgresStore } from '@ungcu/storage-postgres';
import { sqliteStore } from '@ungcu/storage-sqlite';

export const DEFAULT_PACK = 'vn-2026';

export const BUILT_IN_PACKS: readonly RulePack[] = Object.values(PACKS);

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;

/** Whether a --store value is a PostgreSQL connection string (else it is a SQLite file path). */
export function isPostgresUrl(spec: string): boolean {
  return POSTGRES_URL.test(spec);
}

export const BUILT_IN_STORES: readonly StoreProvider[] = [
  { id: 'postgres', accepts: isPostgresUrl, open: (spec, options) => postgresStore(spec, options) },
  // The embedded default: anything that is not a URL is a SQLite file path.
  { id: 'sqlite', accepts: (spec) => !/^[a-z][a-z0-9+.-]*:\/\//iu.test(spec), open: (spec, options) => sqliteStore(spec, options) },
];

/** The importers, the CSV one reading with the command's --delimiter and --encoding. */
export function builtInImporters(csv: CsvImporterOptions): readonly ImporterPlugin[] {
  // Bare dataset JSON (no formatVersion), which the CLI read before @ungcu/export-json, is read as version 1.
  return [csvImporter(csv), xlsxImporter(), jsonImporter({ acceptUnversioned: true })];
}

const DOCUMENT_CONTENTS = ['list', 'report'] as const;

export const BUILT_IN_EXPORTERS: readonly Exporter[] = [
  csvExporter(),
  xlsxExporter(),
  datasetJsonExporter(),
  popoloExporter(),
  lazyExporter({ id: 'pdf', mediaType: 'application/pdf', extension: 'pdf', contents: DOCUMENT_CONTENTS }, async () =>
    (await import('@ungcu/export-pdf')).pdfExporter(),
  ),
  lazyExporter(
    {
      id: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
      contents: DOCUMENT_CONTENTS,
    },
    async () => (await import('@ungcu/export-docx')).docxExporter(),
  ),
];

/** Built-ins with the config's plugins of the same id replacing them, the config's new ones first. */
export function merge<T extends { readonly id: string }>(builtIn: readonly T[], own: readonly T[] = []): T[] {
  const ids = new Set(own.map((p) => p.id));
  return [...own, ...builtIn.filter((p) => !ids.has(p.id))];
}
