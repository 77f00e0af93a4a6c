import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '@ungcu/core';
import { ConfigError, MigrationError } from '@ungcu/core/errors';
import { COLLECTION_TABLES, indexedFields } from '@ungcu/core/storage/driver';
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
