/**
 * The ON CONFLICT path: a creation that another writer won between our read and our insert. The driver says
 * which ids it skipped, and the ConflictError names that id, not the first of the batch.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ConflictError } from '@ungcu/core/errors';
import { readFields, type RowWrite } from '@ungcu/core/storage/driver';
import { pgliteDatabase } from '../src/client';
import { postgresDriver } from '../src/driver';
import { failureContext } from '../src/label';
import { postgresStore } from '../src/index';

const election = (id: string) => ({ id, name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' });
const row = (id: string): RowWrite => ({ id, version: 0, document: JSON.stringify(election(id)), fields: readFields('elections', election(id)) });

describe('postgres (PGlite): insert returns the ids it skipped', () => {
  const db = new PGlite();
  afterAll(() => db.close());

  it('skips the stored id and inserts the others of the chunk', async () => {
    const store = await postgresStore(db, { schema: 'skipped' });
    await store.elections.upsert(election('e-3'));
    const driver = postgresDriver(pgliteDatabase(db, { owned: false, failure: failureContext(db), readonly: false }), '"skipped"');
    const skipped = await driver.transaction(async (tx) => {
      const result = await tx.insert('elections', ['e-1', 'e-2', 'e-3', 'e-4'].map(row));
      expect((await tx.getMany('elections', ['e-1', 'e-2', 'e-4'])).map((r) => r.id).sort()).toEqual(['e-1', 'e-2', 'e-4']);
      return result;
    });
    expect(skipped).toEqual(['e-3']);
    expect(await driver.transaction((tx) => tx.insert('elections', [row('e-5')]))).toEqual([]);
  });
});

const url = process.env['UNGCU_TEST_POSTGRES_URL'];

describe.skipIf(url === undefined || url === '')('postgres (real server; needs UNGCU_TEST_POSTGRES_URL): the ON CONFLICT race names the conflicting id', () => {
  it('a batch whose third id another transaction creates while the batch inserts', async () => {
    const schema = `ungcu_conflict_${process.pid}_${Date.now().toString(36)}`;
    // Index scans only: getMany then returns rows in id order, so naming "the first row found" names e-1.
    const pool = new pg.Pool({ connectionString: url, max: 2, options: '-c enable_seqscan=off -c enable_bitmapscan=off' });
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const store = await postgresStore(pool, { schema });
      await store.elections.upsert(election('e-0'));
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO "${schema}".elections (id, version, document, election_day, rule_pack) VALUES ('e-3', 0, $1::jsonb, '2026-03-15', 'vn-2026')`,
        [JSON.stringify(election('e-3'))],
      );
      const batch = store.elections.bulkUpsert(['e-1', 'e-2', 'e-3', 'e-4'].map(election), { expectedVersion: 'absent' });
      const outcome = batch.then(() => undefined, (error: unknown) => error);
      // Commit once the batch's insert waits on e-3's lock, so the insert itself meets the conflict.
      for (let i = 0; i < 200; i++) {
        const { rows } = await other.query(`SELECT count(*)::integer AS n FROM pg_locks WHERE NOT granted`);
        if ((rows[0] as { n: number }).n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await other.query('COMMIT');
      const error = await outcome;
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ collection: 'elections', id: 'e-3', expectedVersion: undefined, actualVersion: 0 });
      expect((await store.elections.list()).map((e) => e.id)).toEqual(['e-0', 'e-3']);
      await store.close();
    } finally {
      await other.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await other.end();
      await pool.end();
    }
  });
});
