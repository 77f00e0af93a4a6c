import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../../src/storage/driver/types';
import { entitiesOf } from '../../src/storage/iterate';

const row = (n: number): StoredRow => ({ id: `n${n}`, version: n, document: JSON.stringify({ id: `n${n}` }) });

/** A page source that counts its reads and can be told to fail at a page. */
function pagesOf(sizes: readonly number[], failAt?: number) {
  let read = 0;
  let closed = false;
  let n = 0;
  const source: AsyncIterator<readonly StoredRow[]> = {
    async next() {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (read === failAt) throw new Error('disk gone');
      if (read >= sizes.length) return { done: true, value: undefined };
      const page = Array.from({ length: sizes[read++]! }, () => row(++n));
      return { done: false, value: page };
    },
    async return() {
      closed = true;
      return { done: true, value: undefined };
    },
  };
  return { source, reads: () => read, closed: () => closed };
}

async function drain(iterator: AsyncIterator<{ id: string; version: number }>): Promise<string[]> {
  const ids: string[] = [];
  for (let r = await iterator.next(); r.done !== true; r = await iterator.next()) ids.push(`${r.value.id}@${r.value.version}`);
  return ids;
}

describe('entitiesOf: entities one at a time from pages of rows', () => {
  it('gives every row of every page once, in order, with its version, skipping empty pages', async () => {
    const { source } = pagesOf([3, 0, 2, 1]);
    expect(await drain(entitiesOf<'nominees'>(source))).toEqual(['n1@1', 'n2@2', 'n3@3', 'n4@4', 'n5@5', 'n6@6']);
  });

  it('answers calls made before the previous one settled in order, each row once', async () => {
    const { source } = pagesOf([2, 2]);
    const iterator = entitiesOf<'nominees'>(source);
    const results = await Promise.all(Array.from({ length: 6 }, () => iterator.next()));
    expect(results.map((r) => (r.done === true ? 'done' : r.value.id))).toEqual(['n1', 'n2', 'n3', 'n4', 'done', 'done']);
  });

  it('a break closes the page source and reads no further page', async () => {
    const pages = pagesOf([2, 2, 2]);
    const iterable = { [Symbol.asyncIterator]: () => entitiesOf<'nominees'>(pages.source) };
    const seen: string[] = [];
    for await (const entity of iterable) {
      seen.push(entity.id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['n1', 'n2', 'n3']);
    expect(pages.reads()).toBe(2);
    expect(pages.closed()).toBe(true);
  });

  it('a failed read reaches the caller and ends the iteration', async () => {
    const { source } = pagesOf([2, 2], 1);
    const iterator = entitiesOf<'nominees'>(source);
    expect((await iterator.next()).value?.id).toBe('n1');
    expect((await iterator.next()).value?.id).toBe('n2');
    await expect(iterator.next()).rejects.toThrow('disk gone');
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });
});
