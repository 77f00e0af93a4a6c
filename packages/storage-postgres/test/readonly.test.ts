import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { MigrationError, StorageError } from '@ungcu/core/errors';
import { loadDataset, saveDataset } from '@ungcu/core/storage';
import { sampleElection } from '@ungcu/testkit/storage';
import { MIGRATIONS, postgresStore } from '../src/index';

const db = new PGlite();
afterAll(() => db.close());

async function schemaExists(name: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [name]);
  return rows.length > 0;
}

describe('PostgreSQL read-only stores (readonly: true, PGlite)', () => {
  it('read a season and refuse every write, leaving the data as it was', async () => {
    const writer = await postgresStore(db, { schema: 'ro_season' });
    await saveDataset(writer, sampleElection('ro'));
    const store = await postgresStore(db, { schema: 'ro_season', readonly: true });
    expect((await loadDataset(store, 'ro-2021'))?.nominees).toHaveLength(18);
    const refused = store.elections.upsert({ id: 'new', name: 'Bầu cử bổ sung', electionDay: '2026-09-13', rulePack: 'vn-2026' });
    await expect(refused).rejects.toBeInstanceOf(StorageError);
    await expect(refused).rejects.toMatchObject({ details: { reason: 'read-only', store: 'PGlite' } });
    await expect(store.transaction((tx) => tx.nominees.remove('ro-n00'))).rejects.toMatchObject({ details: { reason: 'read-only' } });
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM ro_season.audit_log');
    expect(rows[0]!.n).toBe(25);
    expect(await store.nominees.count()).toBe(18);
  });

  it('create nothing: a missing schema is refused with MigrationError and stays missing', async () => {
    await expect(postgresStore(db, { schema: 'ro_missing', readonly: true })).rejects.toBeInstanceOf(MigrationError);
    expect(await schemaExists('ro_missing')).toBe(false);
  });

  it('refuse a schema older than the package needs instead of migrating it', async () => {
    await postgresStore(db, { schema: 'ro_old' });
    await db.query('DELETE FROM ro_old.schema_migrations WHERE version = $1', [MIGRATIONS.at(-1)!.version]);
    const opening = postgresStore(db, { schema: 'ro_old', readonly: true });
    await expect(opening).rejects.toBeInstanceOf(MigrationError);
    await expect(opening).rejects.toMatchObject({ details: { reason: 'read-only', expected: MIGRATIONS.at(-1)!.version } });
    const { rows } = await db.query('SELECT version FROM ro_old.schema_migrations');
    expect(rows).toHaveLength(MIGRATIONS.length - 1);
  });
});
