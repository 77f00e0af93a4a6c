/**
 * Drops undefined-valued keys, so decoded records satisfy exactOptionalPropertyTypes and a dataset written and
 * read back compares equal to the original (a key holding undefined and a missing key differ for toEqual).
 */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  // A plain loop, not Object.fromEntries(Object.entries(...).filter(...)): it runs several times per imported
  // row, and the entry arrays were a good share of an import's garbage. for...in walks the same own keys in
  // the same order without making an array (the hasOwn test skips anything inherited, as entries() does).
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
