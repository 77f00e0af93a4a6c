import Database from 'better-sqlite3';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '@ungcu/core/errors';
import { run } from '../src/index';
import { BUILT_IN_STORES, isPostgresUrl } from '../src/defaults';

/** Opens a spec the way the CLI does: the first built-in store adapter that accepts it. */
function openStore(spec: string) {
  const provider = BUILT_IN_STORES.find((p) => p.accepts(spec));
  if (provider === undefined) throw new Error(`no store adapter accepts ${spec}`);
  return provider.open(spec, {});
}
import { capture, cliProcess } from './support';

const candidates = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const officialFiles = readdirSync(candidates)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => join(candidates, name));

function countRows(file: string): { nominees: number; constituencies: number; audit: number } {
  const db = new Database(file, { readonly: true });
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counts = { nominees: count('nominees'), constituencies: count('constituencies'), audit: count('audit_log') };
  db.close();
  return counts;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ungcu-cli-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ungcu import', () => {
  it('imports the real 2021 list into a SQLite file, and a second import of the same files changes nothing', async () => {
    const store = join(dir, 'season.db');
    const io = capture();
    expect(await run(['import', ...officialFiles, '--store', store, '--pack', 'vn-2021'], io)).toBe(0);
    expect(io.out).toContain('người được giới thiệu ứng cử / nominees: 868 mới / new, 0 cập nhật / updated, 0 không đổi / unchanged');
    expect(countRows(store)).toMatchObject({ nominees: 868, constituencies: 184 });
    const audit = countRows(store).audit;

    const again = capture();
    expect(await run(['import', ...officialFiles, '--store', store, '--pack', 'vn-2021', '--actor', 'Ủy ban bầu cử'], again)).toBe(0);
    expect(again.out).toContain('người được giới thiệu ứng cử / nominees: 0 mới / new, 0 cập nhật / updated, 868 không đổi / unchanged');
    expect(again.out).toContain('Không có thay đổi nào / No changes');
    expect(countRows(store).audit).toBe(audit);
    const db = new Database(store, { readonly: true });
    expect(db.prepare('SELECT max(version) AS v FROM nominees').get()).toEqual({ v: 0 });
    db.close();
  });

  it('all or nothing: a file with an error lists it in both languages, exits 2 and leaves the store as it was', async () => {
    const store = join(dir, 'season.db');
    expect(await run(['import', officialFiles[0]!, '--store', store, '--pack', 'vn-2021'], capture())).toBe(0);
    const before = countRows(store);

    // A copy of a real file with one impossible birth date (the real data stays untouched).
    const broken = join(dir, 'broken.csv');
    const text = readFileSync(officialFiles[1]!, 'utf8');
    const date = /\d{1,2}\/\d{1,2}\/19\d\d/u.exec(text)![0];
    writeFileSync(broken, text.replace(date, '31/02/1970'));
    copyFileSync(officialFiles[2]!, join(dir, 'good.csv'));

    const io = capture();
    expect(await run(['import', join(dir, 'good.csv'), broken, '--store', store, '--pack', 'vn-2021'], io)).toBe(2);
    expect(io.err).toContain('broken.csv');
    expect(io.err).toMatch(/dòng\/row \d+/u);
    expect(io.err).toContain('cột/column');
    expect(io.err).toContain('Nothing was written to the store');
    expect(countRows(store)).toEqual(before);
  });

  it('needs --store, and reports a store it cannot open as a usage error', async () => {
    const missing = capture();
    expect(await run(['import', officialFiles[0]!], missing)).toBe(2);
    expect(missing.err).toContain("required option '--store <store>'");

    const io = capture();
    const code = await run(['import', officialFiles[0]!, '--pack', 'vn-2021', '--store', join(dir, 'no-such-dir', 'x.db')], io);
    expect(code).toBe(2);
    expect(io.err).toContain('Cannot open the store');
  });
});

describe('the built-in store adapters', () => {
  it('opens a SQLite file by default, migrated and ready', async () => {
    const store = await openStore(join(dir, 'open.db'));
    expect(store.info.id).toBe('sqlite');
    await store.elections.upsert({ id: 'e', name: 'Bầu cử đại biểu Quốc hội khóa XVI', electionDay: '2026-03-15', rulePack: 'vn-2026' });
    expect(await store.elections.count()).toBe(1);
    await store.close();
  });

  it('takes postgres:// and postgresql:// as PostgreSQL, anything else as a SQLite file', () => {
    expect(isPostgresUrl('postgres://u@host/db')).toBe(true);
    expect(isPostgresUrl('POSTGRESQL://u@host/db')).toBe(true);
    expect(isPostgresUrl('./postgres.db')).toBe(false);
  });

  it('reaches PostgreSQL through pg, and a server that refuses the connection is a bilingual usage error', async () => {
    const result = await cliProcess(['import', officialFiles[0]!, '--pack', 'vn-2021', '--store', 'postgres://postgres@127.0.0.1:1/nothing']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không mở được kho dữ liệu "postgres://postgres@127.0.0.1:1/nothing"');
    expect(result.stderr).toContain('Cannot connect to the PostgreSQL server');
  });

  it('a server that accepts and never answers ends in exit 2 within the URL\'s connect_timeout, and no password is printed', async () => {
    // A loopback listener this test starts and stops: it accepts connections and never says a word.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const url = `postgres://agency:s3cret-Pa55@127.0.0.1:${port}/season?connect_timeout=1`;
      const started = Date.now();
      const result = await cliProcess(['import', officialFiles[0]!, '--pack', 'vn-2021', '--store', url]);
      expect(result.status).toBe(2);
      // Bounded: the URL asks for 1 s; the process (with its start-up) ends well before the 10 s default.
      expect(Date.now() - started).toBeLessThan(9_000);
      expect(result.stderr).toContain('postgres://agency:***@127.0.0.1');
      expect(result.stderr + result.stdout).not.toContain('s3cret-Pa55');
      expect(result.stderr).toMatch(/không trả lời/u);
      expect(result.stderr).toMatch(/did not answer/u);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);

  it('reports a SQLite file it cannot create as a StorageError', async () => {
    await expect(openStore(join(dir, 'missing', 'x.db'))).rejects.toBeInstanceOf(StorageError);
  });
});

describe('ungcu import: progress', () => {
  it('counts the rows read, the records saved and the records loaded on a terminal, and draws nothing when piped', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ungcu-import-progress-'));
    try {
      const written = (isTTY: boolean) => {
        const stream = { isTTY, columns: 100, written: '', write: (text: string) => ((stream.written += text), true) };
        return stream;
      };
      const tty = written(true);
      const io = Object.assign(capture(), { progress: tty });
      expect(await run(['import', ...officialFiles, '--pack', 'vn-2021', '--store', join(folder, 'a.db')], io), io.err).toBe(0);
      // The counter's frames: the rows of the nine files as they finish, ending at all 868.
      expect(tty.written).toContain('Đang đọc / Reading');
      expect(tty.written).toContain('868 dòng / rows');
      // The save: one batch, so one frame at its total (the nominees with their constituencies, body, election and units).
      expect(tty.written).toMatch(/Đang lưu \/ Saving \[[^\]]*\] (\d+)\/\1 bản ghi \/ records/u);
      const piped = written(false);
      expect(await run(['import', ...officialFiles, '--pack', 'vn-2021', '--store', join(folder, 'b.db')], Object.assign(capture(), { progress: piped }))).toBe(0);
      expect(piped.written).toBe('');

      // Reading the store back (validate --store): the records loaded, ending at all of them.
      const loading = written(true);
      const check = Object.assign(capture(), { progress: loading });
      expect(await run(['validate', '--store', join(folder, 'a.db')], check), check.err).toBe(0);
      const frames = [...loading.written.matchAll(/Đang tải \/ Loading \[[^\]]*\] (\d+)\/(\d+) bản ghi \/ records/gu)];
      expect(frames.length).toBeGreaterThan(0);
      const saved = Number(/Đang lưu \/ Saving \[[^\]]*\] \d+\/(\d+)/u.exec(tty.written)![1]);
      // Every record saved is loaded: the total is the save's, and the last frame reaches it.
      expect(frames.map((f) => Number(f[2]))).toEqual(frames.map(() => saved));
      expect(Number(frames.at(-1)![1])).toBe(saved);
      const quiet = written(false);
      expect(await run(['validate', '--store', join(folder, 'b.db')], Object.assign(capture(), { progress: quiet }))).toBe(0);
      expect(quiet.written).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
