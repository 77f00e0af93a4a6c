import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MigrationError, StorageError, type UngcuError } from '@ungcu/core/errors';
import { loadDataset, saveDataset } from '@ungcu/core/storage';
import { sampleElection } from '@ungcu/testkit/storage';
import { sqliteStore } from '../src/index';
import { scratchDir } from './helpers';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function rejection(promise: Promise<unknown>): Promise<UngcuError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(Error);
  return error as UngcuError;
}

describe('SQLite read-only stores (readonly: true)', () => {
  it('a missing file is a StorageError naming it, and no file is created', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'không-có.db');
      const error = await rejection(sqliteStore(file, { readonly: true }));
      expect(error).toBeInstanceOf(StorageError);
      expect(error.details).toMatchObject({ reason: 'not-found', filename: file });
      expect(error.text.en).toContain(`The SQLite database file "${file}" does not exist`);
      expect(error.text.vi).toContain(`Tệp cơ sở dữ liệu SQLite "${file}" không tồn tại`);
      expect(existsSync(file)).toBe(false);
      expect(readdirSync(scratch.dir)).toEqual([]);
    } finally {
      scratch.dispose();
    }
  });

  it('reads a season without changing a byte of it, and refuses every write', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'season.db');
      const writer = await sqliteStore(file);
      await saveDataset(writer, sampleElection('ro'));
      await writer.close();
      const before = digest(file);

      const store = await sqliteStore(file, { readonly: true });
      const season = await loadDataset(store, 'ro-2021');
      expect(season?.nominees).toHaveLength(18);
      expect(await store.nominees.count({ bodyId: 'ro-na' })).toBe(10);
      const refused = await rejection(store.elections.upsert({ ...season!.elections[0]!, name: 'Đổi tên' }));
      expect(refused).toBeInstanceOf(StorageError);
      expect(refused.details).toMatchObject({ reason: 'read-only' });
      expect(refused.text.vi).toContain('chỉ để đọc');
      await expect(store.transaction((tx) => tx.nominees.remove('ro-n00'))).rejects.toMatchObject({ details: { reason: 'read-only' } });
      expect(await store.audit.list()).toHaveLength(25);
      await store.close();

      expect(digest(file)).toBe(before);
      const raw = new Database(file, { readonly: true });
      expect((raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(25);
      raw.close();
    } finally {
      scratch.dispose();
    }
  });

  it('refuses a file whose schema is older than the package needs, without migrating it', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'old.db');
      const other = new Database(file);
      other.exec('CREATE TABLE notes (text TEXT)');
      other.close();
      const before = digest(file);
      const error = await rejection(sqliteStore(file, { readonly: true }));
      expect(error).toBeInstanceOf(MigrationError);
      expect(error.details).toMatchObject({ version: 0, reason: 'read-only' });
      expect(error.text.en).toContain('open it once without readonly');
      expect(digest(file)).toBe(before);
      const raw = new Database(file, { readonly: true });
      expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'").get()).toBeUndefined();
      raw.close();
    } finally {
      scratch.dispose();
    }
  });

  it('an injected read-only connection is read-only too, and without the option a path is still created', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'created.db');
      await (await sqliteStore(file)).close();
      expect(existsSync(file)).toBe(true);
      const db = new Database(file, { readonly: true });
      const store = await sqliteStore(db);
      await expect(store.elections.upsert({ id: 'e', name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' })).rejects.toMatchObject({
        details: { reason: 'read-only' },
      });
      await store.close();
      db.close();
    } finally {
      scratch.dispose();
    }
  });
});
