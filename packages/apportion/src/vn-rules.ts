/**
 * Vietnam's seat rules as data: the caps per constituency, the candidate surplus, the province floors. The
 * figures and citations follow docs/legal/vn-election-law.md; the rule packs of @ungcu/rules-vn check the
 * same provisions (seatRulesFromPack reads a pack's effective numbers). The documents are cited by the same
 * names as @ungcu/rules-vn's sources.ts, written out here because a planning package does not import a pack.
 */
import type { LegalReference } from '@ungcu/core';

const LAW_85 = 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13';
const LAW_85_AMENDED = `${LAW_85}, sửa đổi, bổ sung bởi Luật số 83/2025/QH15`;

function law(article: string, clause: string, amended = false): LegalReference {
  return { kind: 'law', document: amended ? LAW_85_AMENDED : LAW_85, article, clause };
}

const NQ_1185: LegalReference = {
  kind: 'resolution',
  document: 'Nghị quyết 1185/NQ-UBTVQH14 ngày 11/01/2021 (dự kiến cơ cấu, thành phần, phân bổ đại biểu Quốc hội khóa XV)',
};
const NQ_1891: LegalReference = {
  kind: 'resolution',
  document: 'Nghị quyết 1891/NQ-UBTVQH15 (dự kiến cơ cấu, thành phần, phân bổ đại biểu Quốc hội khóa XVI)',
};

/** From `fromSeats` seats up (until the next step), the list needs at least `margin` more people than seats. */
export interface SurplusStep {
  readonly fromSeats: number;
  readonly margin: number;
}

/** The fields of SeatRules that carry a number the law or a resolution sets. */
export type SeatRuleField =
  | 'maxSeatsPerConstituency'
  | 'surplus'
  | 'totalSeats'
  | 'provinceMinSeats'
  | 'provinceMinLocalSeats';

export interface SeatRules {
  /** 'council': People's Councils at every level (the law's Điều 10 and 58 do not tell the levels apart). */
  readonly bodyKind: 'national-assembly' | 'council';
  readonly maxSeatsPerConstituency: number;
  /** Ascending by `fromSeats`, the first step at 1. */
  readonly surplus: readonly SurplusStep[];
  /** The body's total (the National Assembly: 500). */
  readonly totalSeats?: number;
  /** Seats every province gets at least (National Assembly). */
  readonly provinceMinSeats?: number;
  /** Of those, deputies who live and work in the province. */
  readonly provinceMinLocalSeats?: number;
  readonly sources: Readonly<Partial<Record<SeatRuleField, readonly LegalReference[]>>>;
  /** What the figures rest on, for a docs page or a report. */
  readonly notes?: readonly { readonly vi: string; readonly en: string }[];
}

const NA_NOTES = [
  {
    vi: 'Mức tối thiểu 6 đại biểu mỗi tỉnh (2021) và 7 đại biểu, trong đó 4 đại biểu cư trú và làm việc tại địa phương (2026), lấy từ báo chí thuật lại Nghị quyết 1185/NQ-UBTVQH14 và 1891/NQ-UBTVQH15; chưa đọc được văn bản nghị quyết. Luật không quy định số đại biểu tối thiểu của một đơn vị bầu cử.',
    en: 'The floors of 6 seats per province (2021) and of 7, 4 of them living and working locally (2026), come from state media reporting Resolutions 1185/NQ-UBTVQH14 and 1891/NQ-UBTVQH15; the resolutions’ text was not read. The law sets no minimum of seats per constituency.',
  },
];

/** National Assembly, 2021 (Law 85/2015/QH13, NQ 1185/NQ-UBTVQH14). */
export const VN_NA_SEAT_RULES: SeatRules = {
  bodyKind: 'national-assembly',
  maxSeatsPerConstituency: 3,
  surplus: [{ fromSeats: 1, margin: 2 }],
  totalSeats: 500,
  provinceMinSeats: 6,
  provinceMinLocalSeats: 3,
  sources: {
    maxSeatsPerConstituency: [law('10', '4')],
    surplus: [law('57', '6')],
    totalSeats: [law('7', '2')],
    provinceMinSeats: [NQ_1185],
    provinceMinLocalSeats: [law('7', '1'), NQ_1185],
  },
  notes: NA_NOTES,
};

/** National Assembly, 2026 (the law as amended by Law 83/2025/QH15, NQ 1891/NQ-UBTVQH15). */
export const VN_NA_SEAT_RULES_2026: SeatRules = {
  ...VN_NA_SEAT_RULES,
  provinceMinSeats: 7,
  provinceMinLocalSeats: 4,
  sources: {
    maxSeatsPerConstituency: [law('10', '4', true)],
    surplus: [law('57', '6', true)],
    totalSeats: [law('7', '2', true)],
    provinceMinSeats: [NQ_1891],
    // The law's own floor (Điều 7 khoản 1) is still three; four is the resolution's.
    provinceMinLocalSeats: [NQ_1891],
  },
};

/**
 * People's Councils (Điều 10 khoản 4: at most five per constituency; Điều 58 khoản 3: at least one more
 * candidate than seats, two more for three seats, three more for four or more). Unchanged by Law 83/2025/QH15.
 */
export const VN_COUNCIL_SEAT_RULES: SeatRules = {
  bodyKind: 'council',
  maxSeatsPerConstituency: 5,
  surplus: [
    { fromSeats: 1, margin: 1 },
    { fromSeats: 3, margin: 2 },
    { fromSeats: 4, margin: 3 },
  ],
  sources: { maxSeatsPerConstituency: [law('10', '4')], surplus: [law('58', '3')] },
};
