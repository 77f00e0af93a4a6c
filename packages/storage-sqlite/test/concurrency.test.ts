import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleElection } from '@ungcu/testkit/storage';
import { sqliteStore } from '../src/index';
import { scratchDir } from './helpers';

const here = new URL('.', import.meta.url).pathname;

/** Starts an importer child; resolves with the child and a promise of its last message. */
function importer(file: string, actor: string): Promise<{ go: () => void; result: Promise<string> }> {
  const child = fork(join(here, 'import-child.ts'), [file, actor], {
    cwd: join(here, '..'),
    execArgv: ['--import', 'tsx', '--conditions=@ungcu/source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolveReady, rejectReady) => {
    const result = new Promise<string>((resolve, reject) => {
      let last = 'no message';
      child.on('message', (message) => {
        last = String(message);
        if (last === 'ready') resolveReady({ go: () => child.send('go'), result });
      });
      child.on('error', reject);
      child.on('exit', () => resolve(last));
    });
    child.on('error', rejectReady);
  });
}

describe('SQLite: concurrent writers end as if one ran after the other', () => {
  it('opening waits for another connection holding the file locked instead of failing with SQLITE_BUSY', { timeout: 20_000 }, async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'locked.db');
      // Another program has the file (still in rollback-journal mode) locked for a moment, as a second
      // importer does while it creates the file: switching it to WAL must wait, not fail.
      const other = new Database(file);
      other.exec('CREATE TABLE other_tool (x INTEGER)');
      other.exec('BEGIN EXCLUSIVE');
      other.exec('INSERT INTO other_tool VALUES (1)');
      const opening = sqliteStore(file);
      setTimeout(() => {
        other.exec('COMMIT');
        other.close();
      }, 300);
      const store = await opening;
      await store.elections.upsert({ id: 'e', name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' });
      expect(await store.elections.count()).toBe(1);
      await store.close();
    } finally {
      scratch.dispose();
    }
  });

  it('two processes importing into one new file at once both succeed, one after the other', { timeout: 60_000 }, async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'race.db');
      const children = await Promise.all([importer(file, 'A'), importer(file, 'B')]);
      for (const child of children) child.go();
      const results = await Promise.all(children.map((c) => c.result));
      expect(results).toEqual(['done', 'done']);
      const db = new Database(file, { readonly: true });
      try {
        const entities = Object.values(sampleElection('race')).reduce((n, list) => n + (list as unknown[]).length, 0);
        // Serial: the first import created every entity (version 0), the second updated each once (version 1).
        const nominees = db.prepare('SELECT version, count(*) AS n FROM nominees GROUP BY version').all();
        expect(nominees).toEqual([{ version: 1, n: sampleElection('race').nominees!.length }]);
        const audit = db.prepare('SELECT actor, operation, count(*) AS n FROM audit_log GROUP BY actor, operation ORDER BY min(seq)').all() as {
          actor: string;
          operation: string;
          n: number;
        }[];
        expect(audit.map((a) => [a.operation, a.n])).toEqual([
          ['create', entities],
          ['update', entities],
        ]);
        expect(new Set(audit.map((a) => a.actor)).size).toBe(2);
        expect((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
      } finally {
        db.close();
      }
    } finally {
      scratch.dispose();
    }
  });
});
