/**
 * Reads the files given to a command into one dataset: CSV and XLSX through the importers, JSON as a
 * Dataset (the model's own format). Unreadable input is returned as problems naming the file, row and
 * column in both languages, never thrown, so the command can exit 2 with all of them listed.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Dataset, type LocalizedText } from '@ungcu/core';
import type { ImportElection, ImportError } from '@ungcu/core/export';
import { readCsvFiles } from '@ungcu/export-csv';
import { readXlsxFiles } from '@ungcu/export-xlsx';

export interface InputProblem {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  /** The importer's error code (the rule the value broke), e.g. "invalid-date". */
  readonly code?: string;
  readonly message: LocalizedText;
}

export type InputResult = { readonly ok: true; readonly data: Dataset } | { readonly ok: false; readonly problems: InputProblem[] };

const KINDS = { '.csv': 'csv', '.xlsx': 'xlsx', '.json': 'json' } as const;
type Kind = (typeof KINDS)[keyof typeof KINDS];

function fromImportError(e: ImportError): InputProblem {
  const column = e.column === undefined ? undefined : `${e.column.letter ?? ''}${e.column.letter === undefined ? '' : ' '}(${e.column.header})`;
  return { file: e.file, row: e.row, ...(column === undefined ? {} : { column }), code: e.code, message: e.message };
}

function problem(file: string, vi: string, en: string): InputProblem {
  return { file, message: { vi, en } };
}

async function readJson(path: string): Promise<InputResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(path, `không đọc được tệp JSON: ${reason}`, `cannot read the JSON file: ${reason}`)] };
  }
  const result = Dataset.safeParse(parsed);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) =>
      problem(path, `${i.path.join('.') || '(gốc)'}: ${i.message}`, `${i.path.join('.') || '(root)'}: ${i.message}`),
    ),
  };
}

/** Reads every file; all must be of one kind (.csv, .xlsx or .json). */
export async function readInput(paths: readonly string[], election: ImportElection): Promise<InputResult> {
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
  if (problems.length > 0) return { ok: false, problems };
  const kind = [...kinds][0];
  try {
    if (kind === 'json') {
      if (paths.length !== 1) {
        return { ok: false, problems: [problem(paths.join(', '), 'chỉ đọc một tệp JSON mỗi lần', 'give one JSON file at a time')] };
      }
      return await readJson(paths[0]!);
    }
    const read = kind === 'csv' ? readCsvFiles : readXlsxFiles;
    const { data, errors } = await read(paths, { election });
    return errors.length > 0 ? { ok: false, problems: errors.map(fromImportError) } : { ok: true, data };
  } catch (error) {
    // A file that does not exist or cannot be opened is bad input, not a bug: report it like a row error.
    const code = (error as { code?: string }).code;
    const path = (error as { path?: string }).path ?? paths.join(', ');
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return { ok: false, problems: [problem(path, `không mở được tệp (${code})`, `cannot open the file (${code})`)] };
    }
    throw error;
  }
}

/** One line per problem: "file, row, column: vi / en [code]". */
export function formatProblems(problems: readonly InputProblem[]): string {
  return problems
    .map((p) => {
      const where = [p.file, p.row === undefined ? undefined : `dòng/row ${p.row}`, p.column === undefined ? undefined : `cột/column ${p.column}`]
        .filter((x) => x !== undefined)
        .join(', ');
      const code = p.code === undefined ? '' : ` [${p.code}]`;
      return `${where}: ${p.message.vi} / ${p.message.en}${code}\n`;
    })
    .join('');
}
