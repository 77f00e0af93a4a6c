/**
 * The real 2021 official list (examples/data/vn-na-2021/candidates, nine files, 868 candidates; Vietnam
 * Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections), fed straight to the core
 * import engine. Core depends on no adapter, so the files are split here by a minimal RFC 4180 reader: quoted
 * fields with commas, doubled quotes and line breaks, which is all these files use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOptions, ImportResult } from '@ungcu/core/export';
import { TableImport } from '../src/index';

export const ELECTION_2021 = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' } as const;

const DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');

/** Splits CSV text into rows of fields. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The nine files as { name, rows }, the byte order mark dropped. */
export function realListFiles(): { name: string; rows: string[][] }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({ name: f, rows: csvRows(readFileSync(join(DIR, f), 'utf8').replace(/^\uFEFF/u, '')) }));
}

/** Imports rows of several files through one engine, numbering rows as a spreadsheet shows them. */
export function importFiles(files: readonly { name: string; rows: readonly (readonly string[])[] }[], options: ImportOptions): ImportResult {
  const engine = new TableImport(options);
  for (const file of files) {
    const sheet = engine.beginSheet(file.name);
    file.rows.forEach((cells, i) => sheet.row(cells, i + 1));
  }
  return engine.finish();
}
