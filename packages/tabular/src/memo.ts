/**
 * Memoised text keys. A column of 100,000 rows holds a handful of distinct values ("Nam", "Nữ", "Không",
 * 63 province names), and computing a comparison key means Unicode normalisation per syllable, so the keys
 * are cached by exact input. The cache is bounded (boundedMemo in @ungcu/core/text), so hostile input cannot grow it without limit.
 */
import { CELL_BOUNDS, adminUnitKey, boundedMemo, comparisonKey } from '@ungcu/core/text';

export const cachedComparisonKey = boundedMemo(comparisonKey, CELL_BOUNDS);
export const cachedAdminUnitKey = boundedMemo(adminUnitKey, CELL_BOUNDS);
