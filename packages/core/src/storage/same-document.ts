/**
 * Whether two stored JSON documents hold the same value. A store may give back its own spelling of the text
 * it was given (PostgreSQL's jsonb reorders keys and adds spaces), so equal text is the fast answer and equal
 * parsed values the sure one: the `'upsert'` write mode uses it to leave an unchanged entity alone.
 */
export function sameDocument(a: string, b: string): boolean {
  return a === b || sameValue(JSON.parse(a) as unknown, JSON.parse(b) as unknown);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}
