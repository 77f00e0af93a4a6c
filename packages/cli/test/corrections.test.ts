/**
 * The season's daily work through the CLI, on the real 2021 list (examples/data/vn-na-2021; Vietnam Elections
 * dataset (NA15-2021), CC-BY-4.0): the nine files in any grouping, even two processes at once, give one store;
 * a corrected birth date updates one record and says so; a dry run writes nothing; replace marks the left-out
 * nominee removed; every warning is printed; reading commands never create a store.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/index';
import { capture, cliProcess } from './support';

const candidates = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const FILES = readdirSync(candidates)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => join(candidates, name));
const NA = 'election-2021-05-23/na-xv';

async function importFiles(store: string, files: readonly string[], ...flags: string[]): Promise<CliIo & { out: string; err: string }> {
  const io = capture();
  const code = await run(['import', ...files, '--store', store, '--pack', 'vn-2021', ...flags], io);
  expect(code, io.err).toBe(0);
  return io;
}

/** What the store holds, without versions or the audit log: the same whichever way the files came in. */
function contents(file: string): { nominees: unknown[]; constituencies: unknown[]; bodies: unknown[]; seats: number } {
  const db = new Database(file, { readonly: true });
  const docs = (table: string) => db.prepare(`SELECT id, document FROM ${table} ORDER BY id`).all();
  const bodies = db.prepare('SELECT document FROM bodies').all() as { document: string }[];
  const seats = (JSON.parse(bodies.find((b) => b.document.includes('"national-assembly"'))!.document) as { totalSeats: number }).totalSeats;
  const out = { nominees: docs('nominees'), constituencies: docs('constituencies'), bodies: docs('bodies'), seats };
  db.close();
  return out;
}

async function report(store: string): Promise<string> {
  const io = capture();
  expect(await run(['validate', '--store', store, '--pack', 'vn-2021', '--format', 'json'], io)).toBe(0);
  return io.out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ungcu-corrections-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the nine 2021 files, any way they come in', () => {
  it('one call at a time, all at once, twice over, and two processes at once give the same store and report', async () => {
    const allAtOnce = join(dir, 'all.db');
    await importFiles(allAtOnce, FILES);
    const expected = contents(allAtOnce);
    expect(expected.nominees).toHaveLength(868);
    expect(expected.seats).toBe(500);
    const expectedReport = await report(allAtOnce);

    const oneByOne = join(dir, 'one-by-one.db');
    for (const file of FILES) await importFiles(oneByOne, [file]);
    // One of the nine again into the complete store: the seats stay 500, never the file's 29 or so.
    await importFiles(oneByOne, [FILES[3]!]);
    expect(contents(oneByOne)).toEqual(expected);
    expect(await report(oneByOne)).toBe(expectedReport);

    const twice = join(dir, 'twice.db');
    await importFiles(twice, FILES);
    await importFiles(twice, FILES);
    expect(contents(twice)).toEqual(expected);

    const concurrent = join(dir, 'concurrent.db');
    const half = (files: readonly string[]) => cliProcess(['import', ...files, '--store', concurrent, '--pack', 'vn-2021']);
    const results = await Promise.all([half(FILES.slice(0, 5)), half(FILES.slice(5))]);
    for (const r of results) expect(r.status, r.stderr).toBe(0);
    expect(contents(concurrent)).toEqual(expected);
    expect(await report(concurrent)).toBe(expectedReport);
  }, 120_000);
});

describe('a corrected list', () => {
  let store: string;
  let corrected: string;
  beforeAll(async () => {
    store = join(dir, 'season.db');
    await importFiles(store, FILES);
    // The first file with one birth date corrected: Nguyễn Trúc Anh, Hà Nội no. 1, 28/11/1974 → 27/11/1974.
    corrected = join(dir, 'corrected.csv');
    writeFileSync(corrected, readFileSync(FILES[0]!, 'utf8').replace('Nguyễn Trúc Anh,28/11/1974', 'Nguyễn Trúc Anh,27/11/1974'));
  });

  it('--dry-run prints the change field by field and writes nothing', async () => {
    const before = contents(store);
    const io = await importFiles(store, [corrected], '--dry-run');
    expect(io.out).toContain('Chạy thử, không ghi gì vào / Dry run, nothing written to');
    expect(io.out).toContain('Nguyễn Trúc Anh');
    expect(io.out).toContain('ngày sinh 28/11/1974 → 27/11/1974');
    expect(io.out).toContain('date of birth 28/11/1974 → 27/11/1974');
    expect(contents(store)).toEqual(before);
  });

  it('updates the one record (868 stay 868) and the audit log holds before and after', async () => {
    const io = await importFiles(store, [corrected], '--actor', 'Ủy ban bầu cử tỉnh');
    expect(io.out).toContain('người được giới thiệu ứng cử / nominees: 0 mới / new, 1 cập nhật / updated');
    expect(io.out).toContain('ngày sinh 28/11/1974 → 27/11/1974');
    const db = new Database(store, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM nominees').get()).toEqual({ n: 868 });
    const entry = db
      .prepare("SELECT actor, version, before, after FROM audit_log WHERE operation = 'update' AND entity_id = ?")
      .get(`${NA}/ha-noi-1/nguyen-truc-anh`) as { actor: string; version: number; before: string; after: string };
    db.close();
    expect(entry.actor).toBe('Ủy ban bầu cử tỉnh');
    expect(entry.version).toBe(1);
    expect(JSON.parse(entry.before).person.dateOfBirth).toBe('1974-11-28');
    expect(JSON.parse(entry.after).person.dateOfBirth).toBe('1974-11-27');
  });

  it('--mode replace marks a nominee the new list leaves out as removed, with the reason', async () => {
    const shorter = join(dir, 'shorter.csv');
    const lines = readFileSync(corrected, 'utf8').split('\n');
    writeFileSync(shorter, lines.filter((l) => !l.includes('Nguyễn Thị Hà Tuyên')).join('\n'));
    const upsert = await importFiles(store, [shorter]);
    expect(upsert.out).toContain('Không có thay đổi nào / No changes');

    const io = await importFiles(store, [shorter], '--mode', 'replace', '--removed-reason', 'Rút khỏi danh sách ngày 10/5/2021');
    expect(io.out).toContain('1 bị xóa tên / marked removed');
    expect(io.out).toMatch(/đánh dấu bị xóa tên \/ marked removed Nguyễn Thị Hà Tuyên/u);
    const db = new Database(store, { readonly: true });
    const row = db.prepare('SELECT document FROM nominees WHERE id = ?').get(`${NA}/ha-noi-1/nguyen-thi-ha-tuyen`) as { document: string };
    expect(db.prepare('SELECT count(*) AS n FROM nominees').get()).toEqual({ n: 868 });
    db.close();
    expect(JSON.parse(row.document).nomination).toMatchObject({ status: 'removed', statusReason: 'Rút khỏi danh sách ngày 10/5/2021' });
  });

  it('refuses an unknown mode', async () => {
    const io = capture();
    expect(await run(['import', corrected, '--store', store, '--mode', 'merge'], io)).toBe(2);
    expect(io.err).toContain('--mode must be one of upsert, replace');
  });
});

describe('nothing dropped in silence', () => {
  it('prints each warning with file, row and column: the 9 council-term segments of 2021 (7 candidates) that do not parse', async () => {
    const io = await importFiles(join(dir, 'warnings.db'), FILES);
    const lines = io.err.split('\n').filter((l) => l.includes('[unparsed-incumbency]'));
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line).toMatch(/^Cảnh báo \/ Warning: .+\.csv, dòng\/row \d+, cột\/column [A-Z]+ \(Là đại biểu HĐND\): /u);
    expect(io.err).toContain('Tỉnh Thái Bình từ khóa XIII đến XVI');
  });

  it('--strict turns the warnings into errors: exit 2 and nothing written', async () => {
    const store = join(dir, 'strict.db');
    const io = capture();
    expect(await run(['import', ...FILES, '--store', store, '--pack', 'vn-2021', '--strict'], io)).toBe(2);
    expect(io.err).toContain('[unparsed-incumbency]');
    expect(io.err).toContain('Nothing was written to the store');
    expect(existsSync(store)).toBe(false);
  });
});

describe('reading commands', () => {
  it('validate --store of a file that does not exist says so and creates nothing', async () => {
    const missing = join(dir, 'missing.db');
    const io = capture();
    expect(await run(['validate', '--store', missing, '--pack', 'vn-2021'], io)).toBe(2);
    expect(io.err).toContain(missing);
    expect(io.err).toMatch(/does not exist/u);
    expect(existsSync(missing)).toBe(false);
  });
});
