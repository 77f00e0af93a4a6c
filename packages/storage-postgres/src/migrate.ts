import { MigrationError } from '@ungcu/core/errors';
import type { Database } from './client';
import { MIGRATIONS, type Migration } from './migrations';

/** The advisory lock key all ungcu migrations take, so concurrent opens apply each migration once. */
const LOCK_KEY = 0x756e6763; // "ungc"

/**
 * Brings the schema to the latest version in one transaction, holding an advisory lock: a second process
 * opening at the same time waits, then finds everything recorded. Returns the versions applied now.
 */
export async function applyMigrations(
  db: Database,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (connection) => {
    await connection.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await connection.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await connection.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await connection.query(`SELECT version FROM ${schema}.schema_migrations`);
    const done = new Set((rows as { version: number }[]).map((r) => r.version));
    const latestKnown = migrations.at(-1)?.version ?? 0;
    const newest = Math.max(0, ...done);
    if (newest > latestKnown) {
      throw new MigrationError({
        en: `The database schema ${schema} has version ${newest}, newer than this @ungcu/storage-postgres knows (${latestKnown}); upgrade the package`,
        vi: `Lược đồ ${schema} có phiên bản ${newest}, mới hơn phiên bản @ungcu/storage-postgres này biết (${latestKnown}); hãy nâng cấp gói`,
      });
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      try {
        await connection.exec(migration.sql.replaceAll('{schema}', schema));
      } catch (cause) {
        throw new MigrationError(
          {
            en: `PostgreSQL migration ${migration.version} (${migration.name}) failed: ${(cause as Error).message}`,
            vi: `Di chuyển lược đồ PostgreSQL ${migration.version} (${migration.name}) thất bại: ${(cause as Error).message}`,
          },
          { cause, details: { version: migration.version } },
        );
      }
      await connection.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
