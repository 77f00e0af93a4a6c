/**
 * Drops undefined-valued keys, so decoded records satisfy exactOptionalPropertyTypes and a dataset written and
 * read back compares equal to the original (a key holding undefined and a missing key differ for toEqual).
 */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
