import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteStore } from '../src/index';
import { scratchDir } from './helpers';

const here = new URL('.', import.meta.url).pathname;

/** Runs the child, kills it with SIGKILL when it sends `killOn` (after `delayMs`), and resolves once it is dead. */
function runAndKill(file: string, mode: string, size: number, killOn: string, delayMs: number): Promise<string[]> {
  const child = fork(join(here, 'crash-child.ts'), [file, mode, String(size)], {
    cwd: join(here, '..'),
    execArgv: ['--import', 'tsx', '--conditions=@ungcu/source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: string[] = [];
  return new Promise((resolve, reject) => {
    child.on('message', (message) => {
      messages.push(String(message));
      if (message === killOn) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      messages.push(`exit:${signal ?? 'normal'}`);
      resolve(messages);
    });
  });
}

function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  const integrity = (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  const count = (db.prepare("SELECT count(*) AS n FROM nominees WHERE id <> 'crash--1'").get() as { n: number }).n;
  const audit = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  db.close();
  return { integrity, count, audit };
}

describe('a process killed during a bulk write', () => {
  it('mid-transaction (batch already in the WAL, uncommitted): the file holds none of it and opens again', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'crash.db');
      const messages = await runAndKill(file, 'mid-transaction', 20_000, 'mid', 0);
      expect(messages).toEqual(['mid', 'exit:SIGKILL']);
      // The uncommitted batch outgrew the page cache and reached the WAL file: recovery has real work to undo.
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
      const store = await sqliteStore(file);
      expect(await store.nominees.count()).toBe(1);
      expect((await store.nominees.get('crash--1'))?.person.fullName).toBe('Nguyễn Thị Hồng Nhung -1');
      await store.nominees.upsert({ ...(await store.nominees.get('crash--1'))! });
      await store.close();
      expect(inspect(file)).toEqual({ integrity: 'ok', count: 0, audit: 2 });
    } finally {
      scratch.dispose();
    }
  });

  it('during one large bulkUpsert: all or none of the batch, and the store opens again', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'crash.db');
      const size = 60_000;
      const messages = await runAndKill(file, 'bulk', size, 'start', 400);
      const state = inspect(file);
      expect(state.integrity).toBe('ok');
      // Killed before commit: none; if the machine was fast enough to finish first: all, with every audit entry.
      if (messages.includes('done')) expect(state).toEqual({ integrity: 'ok', count: size, audit: size + 1 });
      else expect(state).toEqual({ integrity: 'ok', count: 0, audit: 1 });
      const store = await sqliteStore(file);
      expect(await store.nominees.count()).toBe(state.count + 1);
      await store.close();
    } finally {
      scratch.dispose();
    }
  });
});
