import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '@ungcu/core';
import { COLLECTION_TABLES, indexedFields } from '@ungcu/core/storage/driver';
import { MigrationError } from '@ungcu/core/errors';
import { MIGRATIONS, sqliteStore } from '../src/index';
import { scratchDir } from './helpers';

describe('SQLite migrations', () => {
  it('are applied on open, recorded, and a second open (or two at once) applies nothing again', async () => {
    const scratch = scratchDir();
    try {
      const file = join(scratch.dir, 'm.db');
      const [a, b] = await Promise.all([sqliteStore(file), sqliteStore(file)]);
      await a.close();
      await b.close();
      await (await sqliteStore(file)).close();
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
      db.close();
    } finally {
      scratch.dispose();
    }
  });

  it('create a column for every indexed field, and indexes for the common queries', async () => {
    const db = new Database(':memory:');
    await sqliteStore(db);
    for (const collection of COLLECTION_NAMES) {
      const columns = (db.prepare(`PRAGMA table_info(${COLLECTION_TABLES[collection]})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(['id', 'version', 'document', ...indexedFields(collection).map(([, f]) => f.column)]);
    }
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan("SELECT * FROM nominees WHERE constituency_id = 'x' ORDER BY list_number")).toContain('USING INDEX nominees_constituency_id_list_number_idx');
    expect(plan("SELECT * FROM nominees WHERE body_id = 'x' AND stage = 'official'")).toContain('USING INDEX nominees_body_id_stage_idx');
    expect(plan("SELECT * FROM bodies WHERE election_id = 'x'")).toContain('USING INDEX bodies_election_id_idx');
    expect(plan("SELECT * FROM constituencies WHERE body_id = 'x'")).toContain('USING INDEX constituencies_body_id_number_idx');
    db.close();
  });

  it('refuse a database from a newer version of the package, leaving it untouched', async () => {
    const db = new Database(':memory:');
    await sqliteStore(db);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'from-the-future', '2030-01-01T00:00:00.000Z')").run();
    await expect(sqliteStore(db)).rejects.toBeInstanceOf(MigrationError);
    expect(db.inTransaction).toBe(false);
    db.close();
  });
});
