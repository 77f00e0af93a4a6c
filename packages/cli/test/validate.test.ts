import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteStore } from '@ungcu/storage-sqlite';
import { run } from '../src/index';
import type { ValidateJson } from '../src/commands/validate';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { xlsxExporter } from '@ungcu/export-xlsx';
import { capture } from './support';

/** The official 2021 list, shipped in examples/data (CC-BY-4.0, github.com/VietThan/vietnam-elections). */
const DIR = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => join(DIR, f));

// Every file a test writes goes under one folder of this test file's own, removed at the end.
const ROOT = mkdtempSync(join(tmpdir(), 'ungcu-validate-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

/** A copy of the real list with the first data row of the first file changed by `edit`. */
function editedCopy(edit: (lines: string[]) => string[]): string[] {
  const dir = mkdtempSync(join(ROOT, 'edited-'));
  return FILES.map((file, i) => {
    const target = join(dir, file.slice(DIR.length));
    const text = readFileSync(file, 'utf8');
    writeFileSync(target, i === 0 ? edit(text.split('\n')).join('\n') : text);
    return target;
  });
}

describe('ungcu validate', () => {
  it('validates the real 2021 list under vn-2021 with no error: exit 0, the composition in the report', async () => {
    const io = capture();
    expect(await run(['validate', ...FILES, '--pack', 'vn-2021', '--locale', 'en'], io)).toBe(0);
    expect(io.out).toContain('Summary: 0 errors');
    expect(io.out).toContain('868 nominees, 184 constituencies, 500 seats; women 393 (45.28%), ethnic minorities 185 (21.31%)');
  });

  it('prints the documented JSON shape', async () => {
    const io = capture();
    expect(await run(['validate', ...FILES, '--pack', 'vn-2021', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as ValidateJson;
    expect(Object.keys(json)).toEqual(['pack', 'summary', 'composition', 'findings', 'notChecked']);
    // The whole national list: every rule was checked.
    expect(json.notChecked).toEqual([]);
    expect(json.pack).toBe('vn-2021');
    expect(json.summary.errors).toBe(0);
    const body = json.composition.find((r) => r.scope === 'body');
    expect(body).toEqual({
      scope: 'body',
      id: 'election-2021-05-23/na-xv',
      name: 'Quốc hội khóa XV',
      nominees: 868,
      seats: 500,
      women: 393,
      ethnicMinority: 185,
      nonParty: 74,
      young: 221,
      incumbents: 205,
    });
    expect(Object.keys(json.findings[0]!)).toEqual(['ruleId', 'severity', 'target', 'message', 'data', 'sources']);
    expect(Object.keys(json.findings[0]!.target)).toEqual(['kind', 'id', 'name']);
    expect(Object.keys(json.findings[0]!.sources[0]!)).toEqual(['document', 'article', 'clause']);
  });

  it('exits 1 and names the constituency when a candidate is missing', async () => {
    const io = capture();
    const files = editedCopy((lines) => [lines[0]!, ...lines.slice(2)]);
    expect(await run(['validate', ...files, '--pack', 'vn-2021', '--locale', 'vi', '--format', 'json'], io)).toBe(1);
    const json = JSON.parse(io.out) as ValidateJson;
    const errors = json.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ruleId: 'vn/na-candidate-surplus',
      target: { kind: 'constituency' },
      data: { actual: 4, seats: 3, required: 5 },
      sources: [{ article: '57', clause: '6' }],
    });
    expect(errors[0]?.message).toContain('có 4 người ứng cử cho 3 đại biểu');
  });

  it('exits 2 with the file, row and column in both languages when a cell cannot be read', async () => {
    const io = capture();
    const files = editedCopy((lines) => [lines[0]!, lines[1]!.replace('28/11/1974', '31/02/1974'), ...lines.slice(2)]);
    expect(await run(['validate', ...files, '--pack', 'vn-2021'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toContain(files[0]!);
    expect(io.err).toMatch(/dòng\/row 2, cột\/column [A-Z]+ \(Ngày tháng năm sinh\)/u);
    expect(io.err).toContain('không có ngày 31');
    expect(io.err).toContain('has no day 31');
    expect(io.err.trim().endsWith('[invalid-date]')).toBe(true);
  });

  it('exits 2 for a missing file, an unknown extension or an unknown pack', async () => {
    let io = capture();
    expect(await run(['validate', join(tmpdir(), 'no-such-list.csv')], io)).toBe(2);
    expect(io.err).toContain('no-such-list.csv');
    expect(io.err).toContain('không có tệp này / no such file [unreadable-file]');
    io = capture();
    expect(await run(['validate', 'list.pdf'], io)).toBe(2);
    expect(io.err).toContain('cannot read .pdf files (readable: .csv, .tsv, .xlsx, .json; add other importers in ungcu.config.ts)');
    io = capture();
    expect(await run(['validate', ...FILES, '--pack', 'vn-1992'], io)).toBe(2);
    expect(io.err).toContain('No rule pack "vn-1992"');
  });

  it('reads XLSX by its extension: the real list written as the official XLSX layout validates the same', async () => {
    const { data } = await readCsvFiles(FILES, {
      election: { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV', name: 'Bầu cử đại biểu Quốc hội khóa XV' },
    });
    const file = join(mkdtempSync(join(ROOT, 'xlsx-')), 'danh-sach-2021.xlsx');
    writeFileSync(file, await xlsxExporter().write(data));
    const io = capture();
    expect(await run(['validate', file, '--pack', 'vn-2021', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as ValidateJson;
    expect(json.composition.find((r) => r.scope === 'body')).toMatchObject({ nominees: 868, seats: 500, women: 393 });
    expect(json.summary.errors).toBe(0);
  });

  it('reads a dataset in the model JSON: the 2026 constituency table has no list yet', async () => {
    const io = capture();
    const table = fileURLToPath(new URL('../../../examples/data/vn-na-2026/constituencies.json', import.meta.url));
    expect(await run(['validate', table, '--pack', 'vn-2026', '--stage', 'preliminary', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as ValidateJson;
    expect(json.findings).toEqual([]);
    expect(json.composition.find((r) => r.scope === 'body')).toMatchObject({ seats: 500, nominees: 0 });
  });
});

describe('ungcu validate --store', () => {
  it('validates the election imported into a SQLite store, with the same composition as from the files', async () => {
    const store = join(mkdtempSync(join(ROOT, 'store-')), 'list.db');
    const imported = capture();
    expect(await run(['import', ...FILES, '--store', store, '--pack', 'vn-2021'], imported)).toBe(0);
    const io = capture();
    expect(await run(['validate', '--store', store, '--pack', 'vn-2021', '--format', 'json'], io)).toBe(0);
    const fromStore = JSON.parse(io.out) as ValidateJson;
    const files = capture();
    await run(['validate', ...FILES, '--pack', 'vn-2021', '--format', 'json'], files);
    expect(fromStore).toEqual(JSON.parse(files.out));
  });

  it('exits 2 for an election the store does not hold, or files and --store together', async () => {
    const store = join(mkdtempSync(join(ROOT, 'store-')), 'empty.db');
    // An empty store that exists: validate opens stores read-only and never creates one.
    await (await sqliteStore(store)).close();
    let io = capture();
    expect(await run(['validate', '--store', store, '--election', 'election-1999-01-03'], io)).toBe(2);
    expect(io.err).toContain('has no election "election-1999-01-03"');
    io = capture();
    expect(await run(['validate', ...FILES, '--store', store], io)).toBe(2);
    expect(io.err).toContain('Give list files or --store, not both');
  });
});
