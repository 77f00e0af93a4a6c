/**
 * What the tests read DOCX files with, and the real 2021 official list (examples/data/vn-na-2021/candidates,
 * nine files, 868 candidates; Vietnam Elections dataset (NA15-2021), CC-BY-4.0,
 * github.com/VietThan/vietnam-elections). The list is read with papaparse (the testkit's CSV reader) and
 * @ungcu/tabular's import engine, the two pieces the CSV adapter is built from, so this package's tests need
 * no other adapter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Dataset } from '@ungcu/core';
import { readCsv } from '@ungcu/testkit/export';
import { TableImport } from '@ungcu/tabular';

export const CANDIDATES_DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
export const FILES = readdirSync(CANDIDATES_DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
export const ELECTION = {
  electionDay: '2021-05-23',
  rulePack: 'vn-2021',
  term: 'XV',
  name: 'Bầu cử đại biểu Quốc hội khóa XV',
} as const;

/** The rows of the published files, in file order: province, constituency number, name. */
export interface PublishedRow {
  readonly province: string;
  readonly number: number;
  readonly name: string;
  /** STT: the number on the constituency's list, as published. */
  readonly listNumber: string;
}

function fileRows(file: string): string[][] {
  return readCsv(readFileSync(join(CANDIDATES_DIR, file))).rows.map((r) => [...r]);
}

export function publishedRows(): PublishedRow[] {
  return FILES.flatMap((file) => {
    const [header, ...rows] = fileRows(file);
    const at = (name: string) => header!.indexOf(name);
    return rows.map((r) => ({
      province: r[at('province_or_city')]!.normalize('NFC'),
      number: Number(r[at('unit_number')]),
      name: r[at('Họ và tên')]!.normalize('NFC'),
      listNumber: r[at('STT')]!.trim(),
    }));
  });
}

let real: Dataset | undefined;

/** The real list as one dataset (read once per test file). */
export function realList(): Dataset {
  if (real !== undefined) return real;
  const engine = new TableImport({ election: ELECTION });
  for (const file of FILES) {
    const sheet = engine.beginSheet(file);
    fileRows(file).forEach((cells, i) => sheet.row(cells, i + 1));
  }
  const { data, errors } = engine.finish();
  if (errors.length > 0) throw new Error(`the real list has import errors: ${JSON.stringify(errors[0])}`);
  real = data;
  return data;
}

/** The text of a DOCX as mammoth (an independent reader) extracts it. */
export async function mammothText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}
