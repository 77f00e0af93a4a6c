import { MigrationError } from '@ungcu/core/errors';
import type { SqliteDatabaseLike } from './client';
import { MIGRATIONS, type Migration } from './migrations';

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/**
 * Brings the database to the latest schema. The caller holds the write lock (BEGIN IMMEDIATE), so two
 * processes opening the same file apply each migration once: the second finds it recorded.
 * Returns the versions applied now.
 */
export function applyMigrations(db: SqliteDatabaseLike, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(LEDGER);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const latestKnown = migrations.at(-1)?.version ?? 0;
  const newer = [...done].filter((v) => v > latestKnown);
  if (newer.length > 0) {
    throw new MigrationError({
      en: `The database has schema version ${Math.max(...newer)}, newer than this @ungcu/storage-sqlite knows (${latestKnown}); upgrade the package`,
      vi: `Cơ sở dữ liệu có phiên bản lược đồ ${Math.max(...newer)}, mới hơn phiên bản @ungcu/storage-sqlite này biết (${latestKnown}); hãy nâng cấp gói`,
    });
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    try {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    } catch (cause) {
      throw new MigrationError(
        {
          en: `SQLite migration ${migration.version} (${migration.name}) failed: ${(cause as Error).message}`,
          vi: `Nâng cấp lược đồ SQLite ${migration.version} (${migration.name}) thất bại: ${(cause as Error).message}`,
        },
        { cause, details: { version: migration.version } },
      );
    }
    applied.push(migration.version);
  }
  return applied;
}

/**
 * For a read-only store: checks that the file's schema is exactly what this package writes, without
 * migrating. An older schema (or a file that never held an ungcu store) would need writes; a newer one is
 * not understood: both are refused.
 */
export function checkSchema(db: SqliteDatabaseLike, store: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const latestKnown = migrations.at(-1)?.version ?? 0;
  const ledger = db.prepare("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const newest =
    ledger === undefined ? 0 : (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
  if (newest === latestKnown) return;
  const details = { store, version: newest, expected: latestKnown, reason: 'read-only' };
  if (newest > latestKnown) {
    throw new MigrationError(
      {
        en: `The database "${store}" has schema version ${newest}, newer than this @ungcu/storage-sqlite knows (${latestKnown}); upgrade the package`,
        vi: `Cơ sở dữ liệu "${store}" có phiên bản lược đồ ${newest}, mới hơn phiên bản @ungcu/storage-sqlite này biết (${latestKnown}); hãy nâng cấp gói`,
      },
      { details },
    );
  }
  throw new MigrationError(
    {
      en: `The database "${store}" has schema version ${newest}, older than this @ungcu/storage-sqlite needs (${latestKnown}), and the store was opened read-only, so it is not upgraded; open it once without readonly (for example with ungcu import)`,
      vi: `Cơ sở dữ liệu "${store}" có phiên bản lược đồ ${newest}, cũ hơn phiên bản @ungcu/storage-sqlite này cần (${latestKnown}); kho được mở chỉ để đọc nên không nâng cấp; hãy mở một lần không có readonly (ví dụ bằng ungcu import)`,
    },
    { details },
  );
}
