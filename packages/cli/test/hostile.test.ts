/**
 * Every file of the hostile corpus (test/hostile/corpus.ts), through the CLI and through the API: each ends
 * in a clean import or a located, bilingual error with its code; none in a stack trace; none leaves the store
 * changed after an error.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { readXlsxFiles } from '@ungcu/export-xlsx';
import { run } from '../src/index';
import { REAL_FILE, hostileCorpus } from './hostile/corpus';
import { capture } from './support';

const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' };

/** Everything the store holds, entities and audit log, as one hash: "unchanged" means byte for byte. */
function fingerprint(file: string): string {
  const db = new Database(file, { readonly: true });
  const hash = createHash('sha256');
  for (const table of ['elections', 'bodies', 'administrative_units', 'constituencies', 'nominating_organizations', 'nominees', 'audit_log']) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()) hash.update(JSON.stringify(row));
  }
  db.close();
  return hash.digest('hex');
}

let dir: string;
let seeded: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ungcu-hostile-'));
  seeded = join(dir, 'seeded.db');
  const io = capture();
  const code = await run(['import', REAL_FILE, '--store', seeded, '--pack', 'vn-2021'], io);
  // Once seen exiting 2 on a loaded CI machine and never reproduced: the message says why if it happens again.
  expect({ code, stderr: code === 0 ? '' : io.err }).toEqual({ code: 0, stderr: '' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(hostileCorpus().map((f) => [f.name, f] as const))('hostile file %s', (name, file) => {
  it(`${file.why}: ${file.expect.outcome === 'import' ? 'imports' : `is refused with ${file.expect.code}`}, located, through the CLI`, async () => {
    const path = join(dir, name);
    writeFileSync(path, file.bytes);
    const store = join(dir, `${name}.db`);
    // A store that already holds the list: an error must leave it exactly as it was.
    copyFileSync(seeded, store);
    const before = fingerprint(store);
    const io = capture();
    const code = await run(['import', path, '--store', store, '--pack', 'vn-2021'], io);
    expect(io.err).not.toMatch(/\n\s+at .+:\d+:\d+/u); // no stack trace
    if (file.expect.outcome === 'import') {
      expect(code, io.err).toBe(0);
      if (file.expect.warning !== undefined) expect(io.err).toContain(`[${file.expect.warning}]`);
    } else {
      expect(code, io.out).toBe(2);
      expect(io.err).toContain(name);
      expect(io.err).toContain(`[${file.expect.code}]`);
      expect(io.err).toContain('Nothing was written to the store');
      expect(fingerprint(store)).toBe(before);
    }
  });
});

// JSON is the model's own format, read by the CLI rather than by an importer: the API half is for CSV and XLSX.
const importerFiles = hostileCorpus().filter((f) => !f.name.endsWith('.json'));

describe.each(importerFiles.map((f) => [f.name, f] as const))('hostile file %s through the API', (name, file) => {
  it('ends the same way, and read() resolves rather than throws', async () => {
    const path = join(dir, `api-${name}`);
    writeFileSync(path, file.bytes);
    const read = name.endsWith('.xlsx') ? readXlsxFiles : readCsvFiles;
    const result = await read([path], { election: ELECTION });
    if (file.expect.outcome === 'import') {
      expect(result.errors).toEqual([]);
      expect(result.data.nominees.length).toBeGreaterThan(0);
      if (file.expect.warning !== undefined) expect(result.warnings.map((w) => w.code)).toContain(file.expect.warning);
    } else {
      expect(result.errors.map((e) => e.code)).toContain(file.expect.code);
      for (const e of result.errors) {
        expect(e.file).toBe(path);
        expect(e.row).toBeGreaterThanOrEqual(1);
        expect(e.message.vi.length).toBeGreaterThan(0);
        expect(e.message.en.length).toBeGreaterThan(0);
      }
      expect(result.data.nominees).toEqual([]);
    }
  });
});
