/**
 * Which stored election `validate --store` and `export --store` read: the store's only one without
 * --election; with several, none, or an id the store lacks, exit 2 with each stored election listed; and the
 * pack the election was saved with unless --pack says otherwise. On the real 2021 list in SQLite.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStore } from '@ungcu/storage-sqlite';
import { run } from '../src/index';
import type { ValidateJson } from '../src/commands/validate';
import { capture } from './support';

const DIR = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => join(DIR, f));
const ROOT = mkdtempSync(join(tmpdir(), 'ungcu-store-election-'));
/** The real list saved under vn-2021: one election, election-2021-05-23. */
const ONE = join(ROOT, 'one.db');
/** The same store with a second election (2026, no list yet). */
const TWO = join(ROOT, 'two.db');

beforeAll(async () => {
  const io = capture();
  expect(await run(['import', ...FILES, '--store', ONE, '--pack', 'vn-2021'], io), io.err).toBe(0);
  copyFileSync(ONE, TWO);
  const store = await sqliteStore(TWO);
  await store.elections.upsert({ id: 'election-2026-03-15', name: 'Bầu cử đại biểu Quốc hội khóa XVI', electionDay: '2026-03-15', rulePack: 'vn-2026' });
  await store.close();
}, 120_000);

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('a store with one election', () => {
  it('validates it without --election, under the pack it was saved with (not the default vn-2026)', async () => {
    const io = capture();
    expect(await run(['validate', '--store', ONE, '--format', 'json'], io), io.err).toBe(0);
    const json = JSON.parse(io.out) as ValidateJson;
    expect(json.pack).toBe('vn-2021');
    expect(json.composition.find((r) => r.scope === 'body')).toMatchObject({ nominees: 868, seats: 500, women: 393 });
  });

  it('checks it under --pack when given', async () => {
    const io = capture();
    await run(['validate', '--store', ONE, '--pack', 'vn-2026', '--format', 'json'], io);
    expect((JSON.parse(io.out) as ValidateJson).pack).toBe('vn-2026');
  });

  it('exports it without --election', async () => {
    const out = join(ROOT, 'list.json');
    const io = capture();
    expect(await run(['export', '--store', ONE, '--out', out], io), io.err).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { elections: { id: string }[]; nominees: unknown[] };
    expect(file.elections.map((e) => e.id)).toEqual(['election-2021-05-23']);
    expect(file.nominees).toHaveLength(868);
  });

  it('lists the stored elections when --election names another', async () => {
    const io = capture();
    expect(await run(['validate', '--store', ONE, '--election', 'election-1999-01-03'], io)).toBe(2);
    expect(io.err).toContain('has no election "election-1999-01-03"');
    expect(io.err).toContain('  election-2021-05-23: ');
    expect(io.err).toContain(', 2021-05-23 (vn-2021)');
    expect(io.out).toBe('');
  });
});

describe('a store with several elections', () => {
  it('refuses to guess: exit 2, each election listed with its day and pack, nothing written', async () => {
    const out = join(ROOT, 'never.json');
    for (const args of [['validate', '--store', TWO], ['export', '--store', TWO, '--out', out]]) {
      const io = capture();
      expect(await run(args, io)).toBe(2);
      expect(io.err).toContain('có 2 cuộc bầu cử, hãy chọn một bằng --election');
      expect(io.err).toContain('holds 2 elections: choose one with --election');
      const listed = io.err.split('\n').filter((l) => l.startsWith('  election-'));
      expect(listed).toEqual([
        expect.stringMatching(/^ {2}election-2021-05-23: .+, 2021-05-23 \(vn-2021\)$/u),
        '  election-2026-03-15: Bầu cử đại biểu Quốc hội khóa XVI, 2026-03-15 (vn-2026)',
      ]);
      expect(io.out).toBe('');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('reads the one --election names, each under its own pack', async () => {
    let io = capture();
    expect(await run(['validate', '--store', TWO, '--election', 'election-2021-05-23', '--format', 'json'], io), io.err).toBe(0);
    expect((JSON.parse(io.out) as ValidateJson).composition.find((r) => r.scope === 'body')).toMatchObject({ nominees: 868 });
    io = capture();
    expect(await run(['validate', '--store', TWO, '--election', 'election-2026-03-15', '--format', 'json'], io), io.err).toBe(0);
    const json = JSON.parse(io.out) as ValidateJson;
    expect(json.pack).toBe('vn-2026');
    expect(json.composition.map((r) => [r.scope, r.nominees])).toEqual([['election', 0]]);
  });
});

describe('a store with no election', () => {
  it('says so and how to fill it', async () => {
    const empty = join(ROOT, 'empty.db');
    await (await sqliteStore(empty)).close();
    const io = capture();
    expect(await run(['validate', '--store', empty], io)).toBe(2);
    expect(io.err).toContain('chưa có cuộc bầu cử nào (nhập bằng ungcu import)');
    expect(io.err).toContain('holds no election yet (import one with ungcu import)');
  });

  it('refuses an election whose pack is not loaded, naming it', async () => {
    const odd = join(ROOT, 'odd.db');
    const store = await sqliteStore(odd);
    await store.elections.upsert({ id: 'e-local', name: 'Bầu cử bổ sung', electionDay: '2027-05-23', rulePack: 'agency-pack' });
    await store.close();
    const io = capture();
    expect(await run(['validate', '--store', odd], io)).toBe(2);
    expect(io.err).toContain('names the rule pack "agency-pack", which is not loaded');
  });
});
