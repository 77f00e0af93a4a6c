/**
 * The options every command that reads list files shares: how to read a CSV file (delimiter, encoding) and
 * `--strict`. Kept in one place so `import` and `validate` read files the same way.
 */
import type { Command } from 'commander';
import type { LocalizedText } from '@ungcu/core';
import type { CsvImporterOptions } from '@ungcu/export-csv';

export interface ReadFlags {
  readonly delimiter?: string;
  readonly encoding?: string;
  readonly strict?: boolean;
}

/** `tab` is accepted for a tab, which is hard to type on a command line. */
const DELIMITERS: Readonly<Record<string, NonNullable<CsvImporterOptions['delimiter']>>> = {
  auto: 'auto',
  ',': ',',
  ';': ';',
  tab: '\t',
  '\t': '\t',
};
const ENCODINGS: readonly NonNullable<CsvImporterOptions['encoding']>[] = ['auto', 'utf-8', 'windows-1258', 'tcvn3', 'vni'];

export function registerReadOptions(command: Command): Command {
  return command
    .option('--delimiter <char>', 'CSV: dấu phân cách / field delimiter (auto | , | ; | tab)', 'auto')
    .option('--encoding <name>', `CSV: bảng mã / text encoding (${ENCODINGS.join(' | ')})`, 'auto')
    .option('--strict', 'coi mọi cảnh báo là lỗi / treat every warning as an error');
}

export function csvReadOptions(
  flags: ReadFlags,
): { readonly ok: true; readonly options: CsvImporterOptions } | { readonly ok: false; readonly message: LocalizedText } {
  const delimiter = DELIMITERS[flags.delimiter ?? 'auto'];
  if (delimiter === undefined) {
    return { ok: false, message: { vi: '--delimiter phải là auto, dấu phẩy, dấu chấm phẩy hoặc tab', en: '--delimiter must be auto, a comma, a semicolon or tab' } };
  }
  const encoding = (flags.encoding ?? 'auto').toLowerCase() as NonNullable<CsvImporterOptions['encoding']>;
  if (!ENCODINGS.includes(encoding)) {
    return { ok: false, message: { vi: `--encoding phải là một trong ${ENCODINGS.join(', ')}`, en: `--encoding must be one of ${ENCODINGS.join(', ')}` } };
  }
  return { ok: true, options: { delimiter, encoding } };
}
