/**
 * `importFiles()`: picks the importer of each file by its extension, reads them all into one dataset, and
 * returns every problem as data (file, row, column, rule, in both languages). JSON is ungcu's own dataset
 * format and is read here; CSV, XLSX and any other format come from the registered importers.
 */
import { ConfigError, InputLimitError } from '../errors/classes';
import { Dataset } from '../model/dataset';
import { ensureZodMessages } from '../model/messages';
import { importError, type ImportError } from '../export/import-error';
import type { ImportElection, ImportOptions, ImportResult, ImportSource } from '../export/ports';
import { extensionsOf, importerIdFor, missingPlugin, type ImporterPlugin } from './plugins';
import { type FileInput, inputName, textOf, toSource } from './sources';

export interface ImportFilesOptions extends Omit<ImportOptions, 'election'> {
  /** Turn every warning into an error: nothing is read that was not fully understood. */
  readonly strict?: boolean;
}

// Built on first use, so importing the package runs no parse.
let empty: Dataset | undefined;
const emptyDataset = (): Dataset => (empty ??= Dataset.parse({}));

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return dot > slash ? name.slice(dot).toLowerCase() : '';
}

async function readJson(source: ImportSource): Promise<ImportResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await textOf(source));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([importError({ file: source.name, row: 0 }, 'unreadable-file', { vi: `không đọc được tệp JSON: ${reason}`, en: `cannot read the JSON file: ${reason}` })]);
  }
  ensureZodMessages();
  const result = Dataset.safeParse(parsed);
  if (result.success) return { data: result.data, errors: [], warnings: [] };
  return fail(
    result.error.issues.map((i) =>
      importError({ file: source.name, row: 0 }, 'invalid-field', {
        vi: `${i.path.join('.') || '(gốc)'}: ${i.message}`,
        en: `${i.path.join('.') || '(root)'}: ${i.message}`,
      }),
    ),
  );
}

function fail(errors: readonly ImportError[]): ImportResult {
  return { data: emptyDataset(), errors, warnings: [] };
}

/** Which importer reads each file: all files of one call must be read by one importer (one format). */
function chooseImporter(names: readonly string[], importers: ReadonlyMap<string, ImporterPlugin>): ImporterPlugin | 'json' {
  const chosen = new Set<ImporterPlugin | 'json'>();
  for (const name of names) {
    const ext = extensionOf(name);
    // A registered importer of .json (@ungcu/export-json: versioned files, Popolo) reads them; else core's own reader.
    const importer = [...importers.values()].find((i) => extensionsOf(i).includes(ext));
    if (importer === undefined && ext === '.json') {
      chosen.add('json');
      continue;
    }
    if (importer === undefined) {
      if (ext === '') {
        throw new ConfigError({
          en: `"${name}" has no extension: name files .csv, .xlsx or .json (or an extension a registered importer reads)`,
          vi: `Tệp "${name}" không có phần mở rộng: hãy đặt tên .csv, .xlsx hoặc .json (hoặc phần mở rộng mà bộ nhập đã đăng ký đọc được)`,
        });
      }
      throw missingPlugin('importer', importerIdFor(ext), [...importers.keys()]);
    }
    chosen.add(importer);
  }
  if (chosen.size > 1) {
    throw new ConfigError({
      en: `The files must all be of one format: ${names.join(', ')}`,
      vi: `Các tệp phải cùng một định dạng: ${names.join(', ')}`,
    });
  }
  const [only] = chosen;
  if (only === undefined) throw new ConfigError({ en: 'No file to import', vi: 'Không có tệp nào để nhập' });
  return only;
}

export async function importFiles(
  inputs: readonly FileInput[],
  election: ImportElection,
  importers: ReadonlyMap<string, ImporterPlugin>,
  options: ImportFilesOptions = {},
): Promise<ImportResult> {
  const importer = chooseImporter(inputs.map(inputName), importers);
  if (importer === 'json' && inputs.length !== 1) {
    throw new ConfigError({ en: 'Give one JSON file at a time', vi: 'Chỉ nhập một tệp JSON mỗi lần' });
  }
  const sources: ImportSource[] = [];
  const unreadable: ImportError[] = [];
  for (const input of inputs) {
    const source = await toSource(input);
    if ('code' in source) unreadable.push(source);
    else sources.push(source);
  }
  if (unreadable.length > 0) return fail(unreadable);
  const { strict, ...importOptions } = options;
  let result: ImportResult;
  try {
    result = importer === 'json' ? await readJson(sources[0]!) : await importer.read(sources, { ...importOptions, election });
  } catch (error) {
    // An input over a safety bound is bad input: the file and the bound, as data.
    if (error instanceof InputLimitError) {
      const file = typeof error.details?.['file'] === 'string' ? error.details['file'] : sources.map((s) => s.name).join(', ');
      return fail([importError({ file, row: 0 }, 'input-limit', error.text)]);
    }
    throw error;
  }
  // strict: a warning stops the import like an error, and is listed with the errors.
  if (strict === true && result.warnings.length > 0) return { data: emptyDataset(), errors: [...result.errors, ...result.warnings], warnings: [] };
  return result;
}
