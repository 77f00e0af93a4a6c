import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionName } from '@ungcu/core';
import { COLLECTION_TABLES } from '@ungcu/core/storage/driver';
import type { RawChannel } from '@ungcu/testkit/storage';

/** A scratch directory removed by `dispose`. */
export function scratchDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ungcu-sqlite-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The independent channel: a second, read-only better-sqlite3 connection and plain SQL. */
export function rawReader(file: string): RawChannel & { close: () => void; db: Database.Database } {
  const db = new Database(file, { readonly: true });
  return { ...sqlReader(db), db, close: () => db.close() };
}

/** Plain SQL on a better-sqlite3 connection, never through the store. */
export function sqlReader(db: Database.Database): RawChannel {
  return {
    async entity(collection: CollectionName, id: string) {
      const row = db.prepare(`SELECT version, document FROM ${COLLECTION_TABLES[collection]} WHERE id = ?`).get(id) as
        | { version: number; document: string }
        | undefined;
      return row && { version: row.version, document: JSON.parse(row.document) as unknown };
    },
    async count(collection: CollectionName) {
      return (db.prepare(`SELECT count(*) AS n FROM ${COLLECTION_TABLES[collection]}`).get() as { n: number }).n;
    },
    async auditCount() {
      return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    },
  };
}
