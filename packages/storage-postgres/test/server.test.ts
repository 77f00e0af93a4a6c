import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runStorageConformance } from '@ungcu/testkit/storage';
import { MIGRATIONS, postgresStore } from '../src/index';
import { officialList2021 } from './official-list';
import { sqlReader } from './raw';
import { checkAuditReadUpgrade } from './audit-upgrade';

/**
 * The suite on a real PostgreSQL server, when UNGCU_TEST_POSTGRES_URL points at one (.ci/run sets it where
 * PostgreSQL runs). Every run works in schemas of its own, named after the process, and drops them.
 */
const url = process.env['UNGCU_TEST_POSTGRES_URL'];

if (url === undefined || url === '') {
  const reason =
    'UNGCU_TEST_POSTGRES_URL is not set, so the real-server suite cannot reach a PostgreSQL server; PGlite ran the same suite (pglite.test.ts)';
  console.warn(`[storage-postgres] real-server conformance not run: ${reason}`);
  describe.skip(`postgres (real server): not run because ${reason}`, () => {
    it('runs the storage conformance suite on a real server', () => {});
  });
} else {
  const run = `ungcu_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });
  let next = 0;

  runStorageConformance({
    name: 'postgres (real server)',
    async open(options) {
      const schema = `${run}_${++next}`;
      schemas.push(schema);
      const pool = new pg.Pool({ connectionString: url, max: 4 });
      const store = await postgresStore(pool, { ...options, schema });
      const peers: pg.Pool[] = [];
      return {
        store,
        // Its own pool: the raw reads never share a connection with the adapter.
        raw: sqlReader(admin, schema),
        async openPeer() {
          const peerPool = new pg.Pool({ connectionString: url, max: 4 });
          peers.push(peerPool);
          return postgresStore(peerPool, { ...options, schema });
        },
        async openReadOnly() {
          const readPool = new pg.Pool({ connectionString: url, max: 2 });
          peers.push(readPool);
          return postgresStore(readPool, { ...options, schema, readonly: true });
        },
        async dispose() {
          await store.close();
          await pool.end();
          for (const peer of peers) await peer.end();
          await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
        },
      };
    },
    ...officialList2021(),
  });

  describe('postgres (real server): migrations', () => {
    it('applied by several processes at once run once (advisory lock) and are recorded', async () => {
      const schema = `${run}_migrate`;
      schemas.push(schema);
      const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: url, max: 1 }));
      try {
        await Promise.all(pools.map((pool) => postgresStore(pool, { schema })));
        await postgresStore(pools[0]!, { schema });
        const { rows } = await admin.query(`SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`);
        expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      } finally {
        for (const pool of pools) await pool.end();
      }
    });

    it('migration 2 upgrades a version-1 schema with entries in its log: reads recorded, entries kept', async () => {
      const schema = `${run}_audit_v1`;
      schemas.push(schema);
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      try {
        await checkAuditReadUpgrade(pool, admin, schema, (options) => postgresStore(pool, options));
      } finally {
        await pool.end();
      }
    });

    it('a connection string opens a pool the store owns and closes', async () => {
      const schema = `${run}_url`;
      schemas.push(schema);
      const store = await postgresStore(url, { schema });
      await store.elections.upsert({ id: 'e', name: 'Bầu cử', electionDay: '2026-03-15', rulePack: 'vn-2026' });
      expect(await store.elections.count()).toBe(1);
      await store.close();
    });
  });
}
