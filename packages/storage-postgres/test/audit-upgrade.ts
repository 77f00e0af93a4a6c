import { expect } from 'vitest';
import type { Store } from '@ungcu/core/storage';
import { applyMigrations, MIGRATIONS } from '../src/index';
import { isPGlite, pgliteDatabase, poolDatabase, type PGliteLike, type PgPoolLike } from '../src/client';
import { failureContext } from '../src/label';
import type { SqlRunner } from './raw';

const caseDocument = {
  id: 'vc-1',
  personName: 'Nguyễn Thị Hoà',
  purpose: 'candidacy',
  status: 'in-review',
  openedOn: '2021-02-01',
  nationalId: '001080000123',
};

/**
 * Migration 2 on a schema left at version 1 by this package's own migration code, holding a vetting case
 * and two audit entries: the entries keep their seq, the next entry follows them, and 'read' is allowed
 * while an unknown operation is still refused.
 */
export async function checkAuditReadUpgrade(
  client: PgPoolLike | PGliteLike,
  sql: SqlRunner,
  schema: string,
  open: (options: { schema: string; actor: string; now: () => Date }) => Promise<Store>,
): Promise<void> {
  const options = { owned: false, failure: failureContext(client), readonly: false };
  const database = isPGlite(client) ? pgliteDatabase(client, options) : poolDatabase(client, options);
  expect(await applyMigrations(database, `"${schema}"`, MIGRATIONS.filter((m) => m.version === 1))).toEqual([1]);
  const q = `"${schema}"`;
  await sql.query(`INSERT INTO ${q}.vetting_cases (id, version, document, status, purpose) VALUES ('vc-1', 1, $1::jsonb, 'in-review', 'candidacy')`, [
    JSON.stringify(caseDocument),
  ]);
  await sql.query(
    `INSERT INTO ${q}.audit_log (at, actor, collection, entity_id, operation, version, before, after) VALUES
     ('2021-02-01T08:00:00.000Z', 'Ban Tổ chức', 'vettingCases', 'vc-1', 'create', 0, NULL, $1::jsonb),
     ('2021-02-02T08:00:00.000Z', 'Ban Tổ chức', 'vettingCases', 'vc-1', 'update', 1, $1::jsonb, $1::jsonb)`,
    [JSON.stringify(caseDocument)],
  );
  const insertRead = `INSERT INTO ${q}.audit_log (at, actor, collection, entity_id, operation, version) VALUES (now(), 'a', 'vettingCases', 'vc-1', $1, 1)`;
  await expect(sql.query(insertRead, ['read'])).rejects.toThrow(/audit_log_operation_check/);

  const store = await open({ schema, actor: 'Thẩm tra viên', now: () => new Date('2026-02-03T08:15:30.250Z') });
  try {
    const kept = await store.audit.list();
    expect(kept.map((e) => [e.seq, e.operation, e.version, e.at, e.actor])).toEqual([
      [1, 'create', 0, '2021-02-01T08:00:00.000Z', 'Ban Tổ chức'],
      [2, 'update', 1, '2021-02-02T08:00:00.000Z', 'Ban Tổ chức'],
    ]);
    expect(kept[1]!.before).toEqual(caseDocument);
    await store.audit.recordRead('vettingCases', 'vc-1');
    expect(await store.audit.list({ operation: 'read' })).toEqual([
      {
        // 4, not 3: the refused insert above drew 3 from the identity, and PostgreSQL never gives a value twice.
        seq: 4,
        at: '2026-02-03T08:15:30.250Z',
        actor: 'Thẩm tra viên',
        collection: 'vettingCases',
        entityId: 'vc-1',
        operation: 'read',
        version: 1,
        before: null,
        after: null,
      },
    ]);
  } finally {
    await store.close();
  }
  const { rows } = await sql.query(`SELECT max(version)::integer AS v FROM ${q}.schema_migrations`);
  expect(rows).toEqual([{ v: MIGRATIONS.at(-1)!.version }]);
  const check = await sql.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '${q}.audit_log'::regclass AND contype = 'c'`,
  );
  expect(check.rows).toHaveLength(1);
  expect((check.rows[0] as { def: string }).def).toContain("'read'");
  await expect(sql.query(insertRead, ['delete'])).rejects.toThrow(/audit_log_operation_check/);
}
