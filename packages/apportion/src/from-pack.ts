/**
 * Reading the seat rules a rule pack enforces: the effective options (the pack's settings over the rule's
 * defaults) of the rules that check the same provisions, and the pack's citations for them. Only core's
 * RulePack shape is used, so any pack declaring these rule ids works, an agency's own included.
 */
import type { LegalReference, RulePack } from '@ungcu/core';
import { VN_COUNCIL_SEAT_RULES, VN_NA_SEAT_RULES, type SeatRuleField, type SeatRules } from './vn-rules';

/** Which rule and option hold each number. */
const READERS: Readonly<
  Record<SeatRules['bodyKind'], readonly { field: SeatRuleField; ruleId: string; option: string }[]>
> = {
  'national-assembly': [
    { field: 'maxSeatsPerConstituency', ruleId: 'vn/na-constituency-seats', option: 'maxSeats' },
    { field: 'surplus', ruleId: 'vn/na-candidate-surplus', option: 'margin' },
    { field: 'provinceMinSeats', ruleId: 'vn/na-province-min-seats', option: 'minSeats' },
  ],
  // vn/council-candidate-surplus has no option: its schedule (Điều 58 khoản 3) is the base's.
  council: [{ field: 'maxSeatsPerConstituency', ruleId: 'vn/council-constituency-seats', option: 'maxSeats' }],
};

export interface PackSeatRules extends SeatRules {
  /** The fields read from the pack; the others are the base's. */
  readonly fromPack: readonly SeatRuleField[];
}

/** A rule's options as the engine would run it, or undefined when the pack lacks it or turns it off. */
function effectiveOptions(pack: RulePack, ruleId: string): Readonly<Record<string, unknown>> | undefined {
  const rule = pack.rules.find((r) => r.id === ruleId);
  const setting = pack.ruleSettings[ruleId];
  if (rule === undefined || setting === 'off' || (setting === undefined && rule.enabledByDefault === false)) {
    return undefined;
  }
  const given = typeof setting === 'object' ? setting : {};
  if (rule.options === undefined) return given;
  const parsed = rule.options.safeParse(given);
  return parsed.success ? (parsed.data as Record<string, unknown>) : undefined;
}

/**
 * The seat rules of `bodyKind` as `pack` enforces them: the cap per constituency, the surplus (National
 * Assembly) and the province floor (National Assembly), over `base` for what the pack does not hold (the
 * local-deputy floor, the council surplus schedule, the total). For vn-2026 pass VN_NA_SEAT_RULES_2026 as the
 * base, so the local floor is 2026's too.
 */
export function seatRulesFromPack(
  pack: RulePack,
  bodyKind: SeatRules['bodyKind'],
  base: SeatRules = bodyKind === 'national-assembly' ? VN_NA_SEAT_RULES : VN_COUNCIL_SEAT_RULES,
): PackSeatRules {
  const values: Partial<Record<SeatRuleField, unknown>> = {};
  const sources: Partial<Record<SeatRuleField, readonly LegalReference[]>> = { ...base.sources };
  const fromPack: SeatRuleField[] = [];
  for (const { field, ruleId, option } of READERS[bodyKind]) {
    const value = effectiveOptions(pack, ruleId)?.[option];
    if (typeof value !== 'number') continue;
    values[field] = field === 'surplus' ? [{ fromSeats: 1, margin: value }] : value;
    const rule = pack.rules.find((r) => r.id === ruleId);
    sources[field] = pack.ruleSources[ruleId] ?? rule?.sources ?? [];
    fromPack.push(field);
  }
  return { ...base, ...values, bodyKind, sources, fromPack } as PackSeatRules;
}
