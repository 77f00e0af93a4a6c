/**
 * Deterministic ids: the same files give the same ids, so stores can upsert a re-import and incremental
 * validators can compare runs. Ids are readable ASCII slugs ("province-ha-noi"); when two different names
 * share a slug (names that differ only in diacritics), each gets a short hash of its exact key, decided over
 * the whole import so the result does not depend on row order.
 */
import { WORD_BOUNDS, boundedMemo, splitWords, stripDiacritics } from '@ungcu/core/text';

const slugPart = boundedMemo(
  (word: string): string =>
    stripDiacritics(word.normalize('NFC'))
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, ''),
  WORD_BOUNDS,
);

export function slug(text: string): string {
  // Word by word, each word's part memoised (bounds in core's text/memo.ts): the names of a list reuse a few thousand
  // syllables. Whitespace, like every character that is not a-z or 0-9, becomes one "-" between parts, and NFC,
  // diacritic stripping and lower-casing act within a word, so this is the slug of the whole text at once.
  let ascii = '';
  for (const word of splitWords(text)) {
    const part = slugPart(word);
    if (part !== '') ascii = ascii === '' ? part : `${ascii}-${part}`;
  }
  return ascii === '' ? 'x' : ascii;
}

const ENCODER = new TextEncoder();

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across platforms, no dependency. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of ENCODER.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Collects (namespace, slug, exact key) triples, then hands out ids that are unique per namespace. */
export class IdAllocator {
  /**
   * Per namespace, per slug: the exact key met, or all of them once there are two. An import registers one
   * name per nominee, nearly every one alone under its slug, so a Set is made only for a shared slug.
   */
  private readonly keys = new Map<string, Map<string, string | Set<string>>>();

  /**
   * Registers a name; call `id()` for it once every name is registered. A caller that already holds the
   * name's slug passes it, so a name met twice is slugged once.
   */
  register(namespace: string, readable: string, exactKey: string, s: string = slug(readable)): void {
    let bySlug = this.keys.get(namespace);
    if (bySlug === undefined) {
      bySlug = new Map();
      this.keys.set(namespace, bySlug);
    }
    const seen = bySlug.get(s);
    if (seen === undefined) bySlug.set(s, exactKey);
    else if (typeof seen !== 'string') seen.add(exactKey);
    else if (seen !== exactKey) bySlug.set(s, new Set([seen, exactKey]));
  }

  id(namespace: string, readable: string, exactKey: string, s: string = slug(readable)): string {
    const seen = this.keys.get(namespace)?.get(s);
    return seen !== undefined && typeof seen !== 'string' ? `${s}-${shortHash(exactKey)}` : s;
  }
}
