/**
 * JSON in: `jsonImporter()` reads `.json` files, ungcu's dataset files and Popolo documents alike (a Popolo
 * document has no top-level `formatVersion` and has `persons`, `memberships` or `organizations`), so
 * `ungcu import file.json` takes either. `popoloImporter()` reads Popolo only. Both return every problem
 * as data with its file, line and JSON path, and a dataset only when every file is whole.
 */
import { type Dataset, type ImporterPlugin, emptyDataset } from '@ungcu/core';
import type { ImportError, ImportOptions, ImportResult, ImportSource } from '@ungcu/core/export';
import { type DocumentRead, errorAt, readDatasetDocument } from './dataset-reader';
import { mergeDatasets } from './merge';
import { parseJsonText } from './parse-text';
import { isPopoloDocument, readPopoloDocument } from './popolo/from-popolo';
import { DEFAULT_MAX_BYTES, readSourceText } from './read-text';

export interface JsonImporterOptions {
  /** Largest file read, in bytes. Default `DEFAULT_MAX_BYTES` (256 MiB); a larger file is an `input-limit` error. */
  readonly maxBytes?: number;
  /**
   * Read a dataset file without `formatVersion` as version 1 (a `JSON.stringify(dataset)` from before this
   * package). Default false: such a file is an error, since nothing says how to read it.
   */
  readonly acceptUnversioned?: boolean;
  /** Read Popolo documents too. Default true for `jsonImporter()`. */
  readonly popolo?: boolean;
}

type Format = 'dataset' | 'popolo';

async function readOne(source: ImportSource, formats: readonly Format[], options: JsonImporterOptions): Promise<DocumentRead> {
  const raw = await readSourceText(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (typeof raw !== 'string') return { errors: [raw], warnings: [] };
  const parsed = parseJsonText(source.name, raw);
  if ('code' in parsed) return { errors: [parsed], warnings: [] };
  const { text, value } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? { vi: 'một danh sách (mảng JSON)', en: 'a list (JSON array)' } : { vi: `giá trị ${JSON.stringify(value)}`, en: `the value ${JSON.stringify(value)}` };
    return {
      errors: [errorAt(source.name, text, [], 'invalid-field', {
        vi: `Tệp chứa ${what.vi}, không phải một đối tượng JSON (tệp dữ liệu ungcu hoặc tài liệu Popolo).`,
        en: `The file holds ${what.en}, not a JSON object (an ungcu dataset file or a Popolo document).`,
      })],
      warnings: [],
    };
  }
  const document = value as Record<string, unknown>;
  const popolo = formats.includes('popolo') && (!formats.includes('dataset') || isPopoloDocument(document));
  if (popolo) return readPopoloDocument(source.name, text, document);
  return readDatasetDocument(source.name, text, document, options.acceptUnversioned === true);
}

async function readAll(input: ImportSource | readonly ImportSource[], formats: readonly Format[], options: JsonImporterOptions): Promise<ImportResult> {
  const sources = Array.isArray(input) ? (input as readonly ImportSource[]) : [input as ImportSource];
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  const parts: { file: string; data: Dataset }[] = [];
  for (const source of sources) {
    const read = await readOne(source, formats, options);
    errors.push(...read.errors);
    warnings.push(...read.warnings);
    if (read.data !== undefined) parts.push({ file: source.name, data: read.data });
  }
  if (errors.length === 0 && parts.length > 0) {
    const merged = mergeDatasets(parts);
    if (merged.errors.length === 0) return { data: merged.data, errors, warnings };
    errors.push(...merged.errors);
  }
  // A file is read whole or not at all, and so is a call: no dataset from the files that did read.
  return { data: emptyDataset(), errors, warnings };
}

/**
 * The `json` importer for `.json` files: ungcu dataset files (formatVersion checked first) and Popolo
 * documents. The election option is not used: both formats carry their elections.
 */
export function jsonImporter(options: JsonImporterOptions = {}): ImporterPlugin {
  const formats: readonly Format[] = options.popolo === false ? ['dataset'] : ['dataset', 'popolo'];
  return {
    id: 'json',
    extensions: ['.json'],
    read: (input: ImportSource | readonly ImportSource[], _options?: ImportOptions) => readAll(input, formats, options),
  };
}

/**
 * The `popolo` importer: Popolo documents only, whatever their top-level members. It declares no extension:
 * `.json` files reach `jsonImporter()`, which reads Popolo too; call this one directly when a file must be
 * Popolo.
 */
export function popoloImporter(options: Omit<JsonImporterOptions, 'popolo' | 'acceptUnversioned'> = {}): ImporterPlugin {
  return {
    id: 'popolo',
    read: (input: ImportSource | readonly ImportSource[], _options?: ImportOptions) => readAll(input, ['popolo'], options),
  };
}
