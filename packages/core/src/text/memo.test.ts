import { describe, expect, it } from 'vitest';
import { boundedMemo } from './memo';

describe('boundedMemo', () => {
  const counting = () => {
    const calls: string[] = [];
    return { calls, fn: (text: string) => (calls.push(text), text.length) };
  };

  it('computes each text once while it is held', () => {
    const { calls, fn } = counting();
    const memo = boundedMemo(fn, { entries: 10, maxLength: 10, totalLength: 100 });
    expect([memo('a'), memo('bb'), memo('a'), memo('bb')]).toEqual([1, 2, 1, 2]);
    expect(calls).toEqual(['a', 'bb']);
  });

  it('starts again empty at the entry bound, and never stores a text longer than maxLength', () => {
    const { calls, fn } = counting();
    const memo = boundedMemo(fn, { entries: 2, maxLength: 3, totalLength: 100 });
    for (const text of ['a', 'b', 'c', 'a', 'long text', 'long text']) memo(text);
    // 'c' cleared the memo holding 'a' and 'b'; the long text is computed each time.
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'long text', 'long text']);
  });

  it('starts again empty at the total length bound', () => {
    const { calls, fn } = counting();
    const memo = boundedMemo(fn, { entries: 100, maxLength: 10, totalLength: 5 });
    for (const text of ['abc', 'de', 'fg', 'abc']) memo(text);
    expect(calls).toEqual(['abc', 'de', 'fg', 'abc']);
  });
});
