/**
 * Reads the files given to a command into one dataset: CSV and XLSX through the importers, JSON as a
 * Dataset (the model's own format). Unreadable input is returned as problems naming the file, row and
 * column in both languages, never thrown, so the command can exit 2 with all of them listed.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Dataset, type LocalizedText } from '@ungcu/core';
import { InputLimitError } from '@ungcu/core/errors';
import type { ImportElection, ImportError } from '@ungcu/core/export';
import { type CsvImporterOptions, readCsvFiles } from '@ungcu/export-csv';
import { readXlsxFiles } from '@ungcu/export-xlsx';

export interface InputProblem {
  readonly file: string;
  /** XLSX: the sheet. */
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  /** The importer's error code (the rule the value broke), e.g. "invalid-date". */
  readonly code?: string;
  readonly message: LocalizedText;
}

/**
 * The data, or the problems that stop it; `warnings` either way (an unknown column, a legacy encoding that was
 * converted, a text kept as written because it could not be fully read), so the command can print each one.
 */
export type InputResult =
  | { readonly ok: true; readonly data: Dataset; readonly warnings: readonly InputProblem[] }
  | { readonly ok: false; readonly problems: InputProblem[]; readonly warnings: readonly InputProblem[] };

/** How to read the files, beyond the election they belong to. */
export interface ReadOptions {
  /** CSV only: the field delimiter and the text encoding, detected when not given. */
  readonly csv?: CsvImporterOptions;
  /** Turn every warning into a problem: nothing is read that was not fully understood. */
  readonly strict?: boolean;
}

const KINDS = { '.csv': 'csv', '.xlsx': 'xlsx', '.json': 'json' } as const;
type Kind = (typeof KINDS)[keyof typeof KINDS];

function fromImportError(e: ImportError): InputProblem {
  const column = e.column === undefined ? undefined : `${e.column.letter ?? ''}${e.column.letter === undefined ? '' : ' '}(${e.column.header})`;
  return {
    file: e.file,
    ...(e.sheet === undefined ? {} : { sheet: e.sheet }),
    row: e.row,
    ...(column === undefined ? {} : { column }),
    code: e.code,
    message: e.message,
  };
}

function problem(file: string, vi: string, en: string, code?: string): InputProblem {
  return { file, ...(code === undefined ? {} : { code }), message: { vi, en } };
}

async function readJson(path: string): Promise<InputResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(path, `không đọc được tệp JSON: ${reason}`, `cannot read the JSON file: ${reason}`, 'unreadable-file')], warnings: [] };
  }
  const result = Dataset.safeParse(parsed);
  if (result.success) return { ok: true, data: result.data, warnings: [] };
  return {
    ok: false,
    warnings: [],
    problems: result.error.issues.map((i) =>
      problem(path, `${i.path.join('.') || '(gốc)'}: ${i.message}`, `${i.path.join('.') || '(root)'}: ${i.message}`, 'invalid-field'),
    ),
  };
}

/** Reads every file; all must be of one kind (.csv, .xlsx or .json). */
export async function readInput(paths: readonly string[], election: ImportElection, options: ReadOptions = {}): Promise<InputResult> {
  const kinds = new Set<Kind>();
  const problems: InputProblem[] = [];
  for (const path of paths) {
    const kind = KINDS[extname(path).toLowerCase() as keyof typeof KINDS];
    if (kind === undefined) {
      problems.push(problem(path, 'chỉ đọc được tệp .csv, .xlsx hoặc .json', 'only .csv, .xlsx and .json files can be read'));
    } else kinds.add(kind);
  }
  if (kinds.size > 1) {
    problems.push(
      problem(paths.join(', '), 'các tệp phải cùng một loại (.csv, .xlsx hoặc .json)', 'the files must all be of one kind (.csv, .xlsx or .json)'),
    );
  }
  if (problems.length > 0) return { ok: false, problems, warnings: [] };
  const kind = [...kinds][0];
  try {
    if (kind === 'json') {
      if (paths.length !== 1) {
        return { ok: false, problems: [problem(paths.join(', '), 'chỉ đọc một tệp JSON mỗi lần', 'give one JSON file at a time')], warnings: [] };
      }
      return await readJson(paths[0]!);
    }
    const { data, errors, warnings } =
      kind === 'csv' ? await readCsvFiles(paths, { election }, options.csv) : await readXlsxFiles(paths, { election });
    const noted = warnings.map(fromImportError);
    if (errors.length > 0) return { ok: false, problems: errors.map(fromImportError), warnings: noted };
    // --strict: a warning stops the import like an error, and is listed with the errors.
    if (options.strict === true && noted.length > 0) return { ok: false, problems: noted, warnings: [] };
    return { ok: true, data, warnings: noted };
  } catch (error) {
    // A file that does not exist or cannot be opened is bad input, not a bug: report it like a row error.
    const code = (error as { code?: string }).code;
    const path = (error as { path?: string }).path ?? paths.join(', ');
    // An input over a safety bound is bad input too: say which file and which bound, exit 2, no stack trace.
    if (error instanceof InputLimitError) {
      const file = typeof error.details?.['file'] === 'string' ? error.details['file'] : paths.join(', ');
      return { ok: false, problems: [{ file, code: error.code, message: error.text }], warnings: [] };
    }
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return { ok: false, problems: [problem(path, `không mở được tệp (${code})`, `cannot open the file (${code})`)], warnings: [] };
    }
    throw error;
  }
}

/** One line per problem: "file, row, column: vi / en [code]"; warnings start with "Cảnh báo / Warning:". */
export function formatProblems(problems: readonly InputProblem[], prefix = ''): string {
  return problems
    .map((p) => {
      const where = [
        p.file,
        p.sheet === undefined ? undefined : `trang/sheet ${p.sheet}`,
        p.row === undefined ? undefined : `dòng/row ${p.row}`,
        p.column === undefined ? undefined : `cột/column ${p.column}`,
      ]
        .filter((x) => x !== undefined)
        .join(', ');
      const code = p.code === undefined ? '' : ` [${p.code}]`;
      return `${prefix}${where}: ${p.message.vi} / ${p.message.en}${code}\n`;
    })
    .join('');
}

/** Every warning, one line each, for stderr. */
export function formatWarnings(warnings: readonly InputProblem[]): string {
  return formatProblems(warnings, 'Cảnh báo / Warning: ');
}
