import * as z from 'zod/mini';

/**
 * A copy of a schema carrying a description, as classic zod's `.describe()` makes one: the copy is registered
 * in zod's global registry (where the JSON Schema generator reads descriptions) and the original stays bare,
 * so describing a shared schema such as `Text` in one field does not describe it in every field.
 */
/* @__NO_SIDE_EFFECTS__ */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}
