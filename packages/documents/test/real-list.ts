/**
 * The real 2021 official list (examples/data/vn-na-2021/candidates, nine files, 868 candidates in 184
 * constituencies; Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections),
 * read through @ungcu/tabular's import engine (a dependency of this package), and the published rows as
 * written, in file order, which is the official order. The files are split by a minimal RFC 4180 reader:
 * quoted fields with commas, doubled quotes and line breaks, all these files use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@ungcu/core';
import { TableImport } from '@ungcu/tabular';

const DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
export const ELECTION_2021 = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' } as const;

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

export interface PublishedFile {
  readonly name: string;
  readonly rows: string[][];
}

export function publishedFiles(): PublishedFile[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({ name: f, rows: csvRows(readFileSync(join(DIR, f), 'utf8').replace(/^\uFEFF/u, '')) }));
}

/** One published row: its constituency ("Thành phố Hà Nội #1"), its STT and name (NFC), in file order. */
export interface PublishedRow {
  readonly constituency: string;
  readonly stt: number;
  readonly name: string;
  readonly dateOfBirth: string;
}

export function publishedRows(): PublishedRow[] {
  return publishedFiles().flatMap(({ rows }) => {
    const [header, ...body] = rows;
    const at = (name: string) => header!.indexOf(name);
    const [province, unit, stt, name, dob] = ['province_or_city', 'unit_number', 'STT', 'Họ và tên', 'Ngày tháng năm sinh'].map(at);
    return body
      .filter((r) => r.length > 1)
      .map((r) => ({
        constituency: `${r[province!]!.normalize('NFC')} #${r[unit!]}`,
        stt: Number(r[stt!]),
        name: r[name!]!.normalize('NFC').replace(/\s+/gu, ' ').trim(),
        dateOfBirth: r[dob!]!,
      }));
  });
}

let cached: Dataset | undefined;

/** The real list as one Dataset, imported once per test file. */
export function realList(): Dataset {
  if (cached !== undefined) return cached;
  const engine = new TableImport({ election: ELECTION_2021 });
  for (const file of publishedFiles()) {
    const sheet = engine.beginSheet(file.name);
    file.rows.forEach((cells, i) => sheet.row(cells, i + 1));
  }
  const { data, errors } = engine.finish();
  if (errors.length > 0) throw new Error(`the real list has import errors: ${JSON.stringify(errors[0])}`);
  cached = data;
  return data;
}
