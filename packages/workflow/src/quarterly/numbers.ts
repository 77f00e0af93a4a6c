/**
 * Numbers as the reviews print them. Counts of people and cases are statistics and stay digits, grouped by
 * thousands the Vietnamese way (1.234) or the English way (1,234). A small count of proposals (one to ten)
 * is written in words, "trình ba đề án", "three proposals": the reviews name a handful of documents the way
 * prose names things, and keep digits for tallies and for the "5/6" ratio of plan against work done.
 */
import type { Locale } from '@ungcu/core/rules';
import { toVietnameseNumberWords } from '@ungcu/core/text';

/** 1234567 → "1.234.567" (vi) or "1,234,567" (en). Whole numbers only. */
export function formatCount(n: number, locale: Locale): string {
  if (!Number.isInteger(n)) throw new RangeError(`formatCount: ${n} is not a whole number`);
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(n));
  const separator = locale === 'vi' ? '.' : ',';
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/** The largest count written in words. */
export const MAX_COUNT_IN_WORDS = 10;

/** A count of documents: in words up to ten ("ba", "three"), digits beyond (11, 1.234). */
export function formatSmallCount(n: number, locale: Locale): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT_IN_WORDS) return formatCount(n, locale);
  return locale === 'vi' ? toVietnameseNumberWords(n) : (EN_WORDS[n] ?? String(n));
}
