import type * as z from 'zod/mini';
import { ModelError } from '../errors/classes';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type CollectionName, type EntityOf } from './dataset';
import { ensureZodMessages } from './messages';

/**
 * Parses an entity for an API that requires valid data (a store's upsert): returns the normalised entity or
 * throws a ModelError listing every issue. Importers do not use this: they report row errors instead.
 */
export function parseEntity<C extends CollectionName>(collection: C, value: unknown): EntityOf<C> {
  const schema = ENTITY_SCHEMAS[collection] as unknown as z.ZodMiniType<EntityOf<C>>;
  ensureZodMessages();
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
  const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '(no id)';
  const summary = issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new ModelError(
    {
      en: `${ENTITY_NAMES[collection]} "${id}" is not valid: ${summary}`,
      vi: `${ENTITY_NAMES[collection]} "${id}" không hợp lệ: ${summary}`,
    },
    issues,
    { cause: result.error, details: { collection, id } },
  );
}
