/**
 * The term before a given one, so "re-running incumbent" can be derived from a body's own term: NA "XV" →
 * "XIV"; council "2021-2026" → "2016-2021". Unknown shapes give undefined (nobody counts as incumbent).
 */
const ROMAN: readonly [string, number][] = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

function fromRoman(text: string): number | undefined {
  if (!/^[MDCLXVI]+$/u.test(text)) return undefined;
  let rest = text;
  let value = 0;
  for (const [symbol, n] of ROMAN) {
    while (rest.startsWith(symbol)) {
      value += n;
      rest = rest.slice(symbol.length);
    }
  }
  // Reject non-canonical numerals ("IIII"): they would not round-trip.
  return toRoman(value) === text ? value : undefined;
}

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [symbol, n] of ROMAN) {
    while (rest >= n) {
      out += symbol;
      rest -= n;
    }
  }
  return out;
}

export function previousTerm(term: string): string | undefined {
  const compact = term.replace(/\s+/gu, '').replace(/[–—]/gu, '-').toUpperCase();
  const roman = fromRoman(compact);
  if (roman !== undefined) return roman > 1 ? toRoman(roman - 1) : undefined;
  const years = /^(\d{4})-(\d{4})$/u.exec(compact);
  if (years !== null) {
    const start = Number(years[1]);
    const end = Number(years[2]);
    if (end <= start) return undefined;
    return `${start - (end - start)}-${start}`;
  }
  return undefined;
}
