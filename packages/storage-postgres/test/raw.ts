import type { CollectionName } from '@ungcu/core';
import { COLLECTION_TABLES } from '@ungcu/core/storage/driver';
import type { RawChannel } from '@ungcu/testkit/storage';

/** Anything that runs SQL with parameters: a pg Client/Pool or a PGlite database. */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The independent channel: plain SQL, its own connection where the client has several, never the store. */
export function sqlReader(sql: SqlRunner, schema: string): RawChannel {
  return {
    async entity(collection: CollectionName, id: string) {
      const { rows } = await sql.query(`SELECT version, document::text AS document FROM "${schema}".${COLLECTION_TABLES[collection]} WHERE id = $1`, [id]);
      const row = rows[0] as { version: number; document: string } | undefined;
      return row && { version: row.version, document: JSON.parse(row.document) as unknown };
    },
    async count(collection: CollectionName) {
      const { rows } = await sql.query(`SELECT count(*)::integer AS n FROM "${schema}".${COLLECTION_TABLES[collection]}`);
      return (rows[0] as { n: number }).n;
    },
    async auditCount() {
      const { rows } = await sql.query(`SELECT count(*)::integer AS n FROM "${schema}".audit_log`);
      return (rows[0] as { n: number }).n;
    },
  };
}
