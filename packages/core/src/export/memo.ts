/**
 * Memoised text keys. A column of 100,000 rows holds a handful of distinct values ("Nam", "Nữ", "Không",
 * 63 province names), and computing a comparison key means Unicode normalisation per syllable, so the keys
 * are cached by exact input. The cache is bounded, so hostile input cannot grow it without limit.
 */
import { adminUnitKey } from '../text/admin-names';
import { comparisonKey } from '../text/normalize';

const LIMIT = 10_000;

function memo(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let key = cache.get(text);
    if (key === undefined) {
      key = fn(text);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, key);
    }
    return key;
  };
}

export const cachedComparisonKey = memo(comparisonKey);
export const cachedAdminUnitKey = memo(adminUnitKey);
