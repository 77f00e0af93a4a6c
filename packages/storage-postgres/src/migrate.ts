import { isUngcuError, MigrationError } from '@ungcu/core/errors';
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
            vi: `Nâng cấp lược đồ PostgreSQL ${migration.version} (${migration.name}) thất bại: ${(cause as Error).message}`,
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

/**
 * For a read-only store: checks that the schema is exactly what this package writes, without migrating.
 * A missing or older schema would need writes to upgrade, a newer one is not understood: both are refused.
 */
export async function checkSchema(db: Database, schema: string, store: string, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  const latestKnown = migrations.at(-1)?.version ?? 0;
  let newest = 0;
  try {
    const { rows } = await db.reads.query(`SELECT coalesce(max(version), 0)::integer AS v FROM ${schema}.schema_migrations`);
    newest = (rows[0] as { v: number }).v;
  } catch (error) {
    // 3F000: no such schema; 42P01: no such table. Either way nothing was ever migrated here.
    const sqlstate = isUngcuError(error) ? error.details['sqlstate'] : undefined;
    if (sqlstate !== '3F000' && sqlstate !== '42P01') throw error;
  }
  if (newest === latestKnown) return;
  const details = { schema, store, version: newest, expected: latestKnown, reason: 'read-only' };
  if (newest > latestKnown) {
    throw new MigrationError(
      {
        en: `The database schema ${schema} has version ${newest}, newer than this @ungcu/storage-postgres knows (${latestKnown}); upgrade the package (${store})`,
        vi: `Lược đồ ${schema} có phiên bản ${newest}, mới hơn phiên bản @ungcu/storage-postgres này biết (${latestKnown}); hãy nâng cấp gói (${store})`,
      },
      { details },
    );
  }
  throw new MigrationError(
    {
      en: `The database schema ${schema} has version ${newest}, older than this @ungcu/storage-postgres needs (${latestKnown}), and the store was opened read-only, so it is not upgraded; open it once without readonly (${store})`,
      vi: `Lược đồ ${schema} có phiên bản ${newest}, cũ hơn phiên bản @ungcu/storage-postgres này cần (${latestKnown}); kho được mở chỉ để đọc nên không nâng cấp; hãy mở một lần không có readonly (${store})`,
    },
    { details },
  );
}
