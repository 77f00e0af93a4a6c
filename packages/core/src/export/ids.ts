/**
 * Deterministic ids: the same files give the same ids, so stores can upsert a re-import and incremental
 * validators can compare runs. Ids are readable ASCII slugs ("province-ha-noi"); when two different names
 * share a slug (names that differ only in diacritics), each gets a short hash of its exact key, decided over
 * the whole import so the result does not depend on row order.
 */
import { stripDiacritics } from '../text/normalize';

export function slug(text: string): string {
  const ascii = stripDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return ascii === '' ? 'x' : ascii;
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across platforms, no dependency. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Collects (namespace, slug, exact key) triples, then hands out ids that are unique per namespace. */
export class IdAllocator {
  private readonly keysBySlug = new Map<string, Set<string>>();

  /** Registers a name; call `id()` for it once every name is registered. */
  register(namespace: string, readable: string, exactKey: string): void {
    const k = `${namespace}\u0000${slug(readable)}`;
    const keys = this.keysBySlug.get(k) ?? new Set<string>();
    keys.add(exactKey);
    this.keysBySlug.set(k, keys);
  }

  id(namespace: string, readable: string, exactKey: string): string {
    const s = slug(readable);
    const keys = this.keysBySlug.get(`${namespace}\u0000${s}`);
    return keys !== undefined && keys.size > 1 ? `${s}-${shortHash(exactKey)}` : s;
  }
}
