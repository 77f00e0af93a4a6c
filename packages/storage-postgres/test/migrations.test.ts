import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '@ungcu/core';
import { ConfigError, MigrationError } from '@ungcu/core/errors';
import { COLLECTION_TABLES, indexedFields, normalizeWhere } from '@ungcu/core/storage/driver';
import { pageSql } from '../src/driver';
import { MIGRATIONS, postgresStore } from '../src/index';
import { checkAuditReadUpgrade } from './audit-upgrade';

const db = new PGlite();
afterAll(() => db.close());

describe('PostgreSQL migrations (PGlite)', () => {
  it('run on open, are recorded once, and a second open applies nothing', async () => {
    await postgresStore(db, { schema: 'twice' });
    await postgresStore(db, { schema: 'twice' });
    const { rows } = await db.query('SELECT version, name FROM twice.schema_migrations ORDER BY version');
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  });

  it('create a column for every indexed field, with the "C" collation for text', async () => {
    await postgresStore(db, { schema: 'columns' });
    for (const collection of COLLECTION_NAMES) {
      const { rows } = await db.query<{ column_name: string; collation_name: string | null; data_type: string }>(
        `SELECT column_name, collation_name, data_type FROM information_schema.columns
         WHERE table_schema = 'columns' AND table_name = $1 ORDER BY ordinal_position`,
        [COLLECTION_TABLES[collection]],
      );
      expect(rows.map((r) => r.column_name)).toEqual(['id', 'version', 'document', ...indexedFields(collection).map(([, f]) => f.column)]);
      for (const row of rows) if (row.data_type === 'text') expect(row.collation_name).toBe('C');
    }
  });

  it('serve iterate by body from one index range in id order (no sort of the whole body)', async () => {
    await postgresStore(db, { schema: 'plans' });
    // Planner costs on an empty table favour a sequential scan; what is asked is whether the index can serve it.
    await db.exec('SET enable_seqscan = off');
    try {
      // The statement the driver runs for a page of iterate({ where: { bodyId } }).
      const params: unknown[] = [];
      const sql = pageSql('plans.nominees', normalizeWhere('nominees', { bodyId: 'hdnd-tinh-01' }), 'n000100', 1000, params);
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('nominees_body_id_id_idx');
      expect(plan).not.toContain('Sort');
    } finally {
      await db.exec('RESET enable_seqscan');
    }
  });

  it('refuse a schema from a newer version of the package', async () => {
    await postgresStore(db, { schema: 'future' });
    await db.query("INSERT INTO future.schema_migrations (version, name) VALUES (999, 'from-the-future')");
    await expect(postgresStore(db, { schema: 'future' })).rejects.toBeInstanceOf(MigrationError);
  });

  it('refuse a schema name that would need quoting', async () => {
    await expect(postgresStore(db, { schema: 'Bad"Name' })).rejects.toBeInstanceOf(ConfigError);
  });

  it('upgrade a version-1 schema with entries in its log: migration 2 lets the log record reads, entries kept', async () => {
    await checkAuditReadUpgrade(db, db, 'audit_v1', (options) => postgresStore(db, options));
  });
});
