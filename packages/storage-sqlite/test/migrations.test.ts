import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '@ungcu/core';
import { COLLECTION_TABLES, indexedFields } from '@ungcu/core/storage/driver';
import { MigrationError } from '@ungcu/core/errors';
import { applyMigrations, MIGRATIONS, sqliteStore } from '../src/index';
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
    // iterate by body: one range of the index per page, already in id order (no sort of the whole body).
    const page = plan("SELECT id, version, document FROM nominees WHERE body_id = 'x' AND id > 'n1' ORDER BY id LIMIT 1000");
    expect(page).toContain('USING INDEX nominees_body_id_id_idx (body_id=? AND id>?)');
    expect(page).not.toContain('TEMP B-TREE');
    expect(plan("SELECT * FROM nominees WHERE body_id = 'x' AND stage = 'official'")).toContain('USING INDEX nominees_body_id_id_idx');
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

  describe('migration 3 (the audit log records reads)', () => {
    const caseDocument = JSON.stringify({
      id: 'vc-1',
      personName: 'Nguyễn Thị Hoà',
      purpose: 'candidacy',
      status: 'in-review',
      openedOn: '2021-02-01',
      nationalId: '001080000123',
    });
    const entry = (seq: number, operation: string, version: number, before: string | null, after: string | null) => ({
      seq,
      at: `2021-02-0${seq % 9}T08:00:00.000Z`,
      actor: 'Ban Tổ chức',
      collection: 'vettingCases',
      entity_id: 'vc-1',
      operation,
      version,
      before,
      after,
    });

    /** A file as @ungcu/storage-sqlite left it at schema version 2, with a vetting case and its log. */
    function fileAtVersion2(file: string): ReturnType<typeof entry>[] {
      const db = new Database(file);
      db.exec('BEGIN IMMEDIATE');
      expect(applyMigrations(db, MIGRATIONS.filter((m) => m.version <= 2))).toEqual([1, 2]);
      db.exec('COMMIT');
      db.prepare("INSERT INTO vetting_cases (id, version, document, status, purpose) VALUES ('vc-1', 1, ?, 'in-review', 'candidacy')").run(caseDocument);
      // seq 7 after 1: rows pruned by hand in between; the counter stands at 9 (the last given, since pruned).
      const rows = [entry(1, 'create', 0, null, caseDocument), entry(7, 'update', 1, caseDocument, caseDocument)];
      const insert = db.prepare(
        'INSERT INTO audit_log (seq, at, actor, collection, entity_id, operation, version, before, after) VALUES (@seq, @at, @actor, @collection, @entity_id, @operation, @version, @before, @after)',
      );
      for (const row of rows) insert.run(row);
      db.prepare("UPDATE sqlite_sequence SET seq = 9 WHERE name = 'audit_log'").run();
      expect(() => insert.run(entry(8, 'read', 1, null, null))).toThrow(/CHECK constraint failed/);
      db.close();
      return rows;
    }

    it('upgrades a version-2 file: every entry kept with its seq, the counter and the indexes kept, reads recorded after it', async () => {
      const scratch = scratchDir();
      try {
        const file = join(scratch.dir, 'v2.db');
        const rows = fileAtVersion2(file);
        // Read-only, the old file is refused (it needs the upgrade), and left as it was.
        await expect(sqliteStore(file, { readonly: true })).rejects.toMatchObject({ code: 'migration-failed', details: { version: 2, expected: MIGRATIONS.at(-1)!.version } });

        const store = await sqliteStore(file, { actor: 'Thẩm tra viên', now: () => new Date('2026-02-03T08:15:30.250Z') });
        expect(store.info.capabilities.auditsReads).toBe(true);
        const before = await store.audit.list();
        expect(before.map((e) => [e.seq, e.operation, e.version, e.at, e.actor])).toEqual(rows.map((r) => [r.seq, r.operation, r.version, r.at, r.actor]));
        expect(before[1]!.before).toEqual(JSON.parse(caseDocument));
        await store.audit.recordRead('vettingCases', 'vc-1');
        const read = (await store.audit.list({ operation: 'read' }))[0];
        // 10: after the counter (9), never a seq given before, though 8 and 9 are not in the table.
        expect(read).toEqual({
          seq: 10,
          at: '2026-02-03T08:15:30.250Z',
          actor: 'Thẩm tra viên',
          collection: 'vettingCases',
          entityId: 'vc-1',
          operation: 'read',
          version: 1,
          before: null,
          after: null,
        });
        await store.close();

        const db = new Database(file, { readonly: true });
        expect((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(MIGRATIONS.at(-1)!.version);
        const objects = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name LIKE 'audit_log%' ORDER BY type, name").all() as {
          type: string;
          name: string;
          sql: string;
        }[];
        expect(objects.map((o) => `${o.type} ${o.name}`)).toEqual(['index audit_log_at_idx', 'index audit_log_entity_id_idx', 'table audit_log']);
        expect(objects[2]!.sql).toContain("'read'");
        expect(objects[2]!.sql).toMatch(/STRICT$/);
        expect(db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get()).toEqual({ seq: 10 });
        const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
        expect(plan("SELECT * FROM audit_log WHERE entity_id = 'vc-1' ORDER BY seq")).toContain('USING INDEX audit_log_entity_id_idx');
        expect(plan("SELECT * FROM audit_log WHERE at = '2021-02-01T08:00:00.000Z'")).toContain('audit_log_at_idx');
        db.close();

        // The check still refuses what is not an operation.
        const writable = new Database(file);
        expect(() =>
          writable.prepare("INSERT INTO audit_log (at, actor, collection, entity_id, operation, version) VALUES ('x', 'a', 'c', 'e', 'delete', 0)").run(),
        ).toThrow(/CHECK constraint failed/);
        writable.close();
      } finally {
        scratch.dispose();
      }
    });

    it('on a version-2 file with an empty log, starts the log at 1', async () => {
      const db = new Database(':memory:');
      db.exec('BEGIN IMMEDIATE');
      applyMigrations(db, MIGRATIONS.filter((m) => m.version <= 2));
      db.exec('COMMIT');
      db.prepare("INSERT INTO vetting_cases (id, version, document) VALUES ('vc-1', 0, ?)").run(caseDocument);
      const store = await sqliteStore(db);
      await store.audit.recordRead('vettingCases', 'vc-1');
      expect((await store.audit.list()).map((e) => [e.seq, e.operation, e.version])).toEqual([[1, 'read', 0]]);
      db.close();
    });
  });
});
