import { ConfigError } from '../errors/classes';
import type { CollectionName, EntityOf } from '../model/dataset';
import { parseEntity } from '../model/parse';
import type { AuditRowWrite, DriverTransaction, RowWrite, StoredRow } from './driver/types';
import { readFields } from './fields';
import { checkVersion, expectedFor, insertOrConflict, toDocument } from './rows';
import { sameDocument } from './same-document';
import type { BulkResult, BulkUpsertMode } from './types';

/**
 * Entities per round of a bulk write: parsed, checked and written before the next round is parsed, so the
 * memory a write takes stays the same whether the batch holds a thousand entities or half a million.
 */
export const BULK_CHUNK = 2000;

export interface BulkWrite {
  readonly collection: CollectionName;
  readonly inputs: readonly unknown[];
  readonly mode: BulkUpsertMode;
  /** Who writes, for the audit entries. */
  readonly actor: string;
  /** The time of the audit entries, read once per round. */
  readonly now: () => Date;
}

type Parsed = { readonly id: string; readonly version?: number };

function duplicate(collection: CollectionName, id: string): ConfigError {
  return new ConfigError(
    {
      en: `bulkUpsert of ${collection}: the id "${id}" appears twice in one batch`,
      vi: `bulkUpsert ${collection}: mã "${id}" xuất hiện hai lần trong một lô`,
    },
    { details: { collection, id } },
  );
}

/**
 * Writes a batch in rounds of BULK_CHUNK entities inside the caller's transaction (all or nothing: a throw
 * rolls every round back). The errors are the ones a write that first parsed everything would give: an
 * invalid entity anywhere wins (ModelError), then an id twice (ConfigError), then what the rounds met
 * (a ConflictError, a read-only store); so when a round fails, the rest of the batch is still checked.
 */
export async function bulkWrite(tx: DriverTransaction, write: BulkWrite): Promise<BulkResult> {
  const { collection, inputs, mode } = write;
  const seen = new Set<string>();
  let duplicated: ConfigError | undefined;
  const parse = (input: unknown): Parsed => {
    const entity = parseEntity(collection, input) as EntityOf<typeof collection> & Parsed;
    if (duplicated === undefined && seen.has(entity.id)) duplicated = duplicate(collection, entity.id);
    seen.add(entity.id);
    return entity;
  };

  // An empty collection (a first import) cannot hold any of the ids: skip reading them back.
  const empty = inputs.length === 0 || (await tx.count(collection, [])) === 0;
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let next = 0;
  try {
    while (next < inputs.length) {
      const end = Math.min(next + BULK_CHUNK, inputs.length);
      const entities: Parsed[] = [];
      for (; next < end; next++) entities.push(parse(inputs[next]));
      if (duplicated !== undefined) throw duplicated;
      const existing = new Map<string, StoredRow>();
      if (!empty) for (const row of await tx.getMany(collection, entities.map((e) => e.id))) existing.set(row.id, row);
      const at = write.now().toISOString();
      const inserts: RowWrite[] = [];
      const updates: RowWrite[] = [];
      const entries: AuditRowWrite[] = [];
      for (const entity of entities) {
        const before = existing.get(entity.id);
        checkVersion(collection, entity.id, expectedFor(mode, entity.version), before?.version);
        const document = toDocument(entity);
        if (mode === 'upsert' && before !== undefined && sameDocument(before.document, document)) {
          unchanged++;
          continue;
        }
        const version = before === undefined ? 0 : before.version + 1;
        (before === undefined ? inserts : updates).push({ id: entity.id, version, document, fields: readFields(collection, entity) });
        entries.push({
          at,
          actor: write.actor,
          collection,
          entityId: entity.id,
          operation: before === undefined ? 'create' : 'update',
          version,
          before: before?.document ?? null,
          after: document,
        });
      }
      await insertOrConflict(tx, collection, inserts);
      if (updates.length > 0) await tx.update(collection, updates);
      if (entries.length > 0) await tx.appendAudit(entries);
      created += inserts.length;
      updated += updates.length;
    }
  } catch (error) {
    // The rest of the batch may hold an invalid entity or a repeated id, which a caller is told first.
    for (; next < inputs.length; next++) parse(inputs[next]);
    throw duplicated ?? error;
  }
  return { created, updated, unchanged };
}
