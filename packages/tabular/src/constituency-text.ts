/**
 * The constituency description of the official list carries the seats and the declared number of candidates
 * in its last sentences: "Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng. Số đại biểu Quốc hội được bầu:
 * 3 người. Số người ứng cử: 5 người." The model keeps the three apart; these functions split and join them.
 */
import { CELL_BOUNDS, boundedMemo, normalizeText } from '@ungcu/core/text';

export interface ConstituencyText {
  /** The coverage sentence(s), without the numbers; undefined when there is none. */
  readonly description?: string;
  readonly seats: number;
  readonly declaredCandidates?: number;
}

const NUMBERS =
  /^(.*?)\s*Số đại biểu Quốc hội được bầu:\s*(\d+)\s*người\.?\s*(?:Số người ứng cử:\s*(\d+)\s*người\.?)?$/u;

export function parseConstituencyText(text: string): ConstituencyText | undefined {
  const match = NUMBERS.exec(normalizeText(text));
  if (match === null) return undefined;
  const description = (match[1] ?? '').trim();
  return {
    ...(description === '' ? {} : { description }),
    seats: Number(match[2]),
    ...(match[3] === undefined ? {} : { declaredCandidates: Number(match[3]) }),
  };
}

/**
 * parseConstituencyText memoised by the text, for the import: every row of a constituency repeats its
 * description, so 100,000 rows hold a few hundred (bounds in core's text/memo.ts). The results are shared, so frozen.
 */
export const readConstituencyText: (text: string) => ConstituencyText | undefined = boundedMemo(
  (text) => {
    const parsed = parseConstituencyText(text);
    return parsed === undefined ? undefined : Object.freeze(parsed);
  },
  CELL_BOUNDS,
);

export function formatConstituencyText(c: ConstituencyText): string {
  const parts = [
    c.description,
    `Số đại biểu Quốc hội được bầu: ${c.seats} người.`,
    c.declaredCandidates === undefined ? undefined : `Số người ứng cử: ${c.declaredCandidates} người.`,
  ];
  return parts.filter((p) => p !== undefined).join(' ');
}

/** The first column of the official list: the election committee's heading for the constituency. */
export function formatUnitContext(provinceFullName: string, number: number, constituencyText: string): string {
  return `UBBC Tỉnh/Thành phố: ${provinceFullName} Đơn vị bầu cử Số ${number}: ${constituencyText}`;
}
