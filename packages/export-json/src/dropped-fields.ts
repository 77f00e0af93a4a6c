/**
 * Fields the model does not have are dropped by its schema without a word: a typo ("religon") would lose a
 * value silently. Comparing what was read with what the schema kept finds each one, so it is reported.
 */

/** Paths of object keys present in `input` and absent from `output` (the parsed value), depth first. */
export function droppedFields(input: unknown, output: unknown, path: readonly PropertyKey[] = []): PropertyKey[][] {
  if (input === null || output === null || typeof input !== 'object' || typeof output !== 'object') return [];
  const found: PropertyKey[][] = [];
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) return [];
    input.forEach((item, i) => found.push(...droppedFields(item, output[i], [...path, i])));
    return found;
  }
  const kept = output as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (Object.hasOwn(kept, key)) found.push(...droppedFields(value, kept[key], [...path, key]));
    else found.push([...path, key]);
  }
  return found;
}
