/**
 * The thresholds the report's charts draw a line at, and where each comes from. A caller's `thresholds` option
 * wins; else the rule pack's effective options (the pack's settings over the rule's defaults, read as
 * @ungcu/apportion's seatRulesFromPack reads them) of the National Assembly quota rules; else no line. A rule
 * that counts heads (vn/na-young: 50, vn/na-non-party: 25) is drawn as that count's share of the body's seats,
 * the reading the resolutions give themselves ("khoảng 50 đại biểu trẻ tuổi, tức 10%").
 */
import type { LegalReference } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import type { RulePack } from '@ungcu/core/rules';

/** The attributes the report charts per province. */
export const CHART_ATTRIBUTES = ['women', 'ethnicMinority', 'young', 'nonParty'] as const;
export type ChartAttribute = (typeof CHART_ATTRIBUTES)[number];

/** The National Assembly rules that hold each threshold. */
export const THRESHOLD_RULES: Readonly<Record<ChartAttribute, string>> = {
  women: 'vn/na-women-share',
  ethnicMinority: 'vn/na-ethnic-minority-share',
  young: 'vn/na-young',
  nonParty: 'vn/na-non-party',
};

/** Shares (0..1) to draw, per attribute; `null` draws no line. */
export type ThresholdOptions = Readonly<Partial<Record<ChartAttribute, number | null>>>;

export type ThresholdOrigin =
  | { readonly kind: 'option' }
  | {
      readonly kind: 'pack';
      readonly packId: string;
      readonly ruleId: string;
      /** The option read: `minShare`, or `minCount` turned into a share of `seats`. */
      readonly option: 'minShare' | 'minCount';
      readonly count?: number;
      readonly seats?: number;
      readonly sources: readonly LegalReference[];
    };

export interface Threshold {
  readonly share: number;
  readonly origin: ThresholdOrigin;
}

export type Thresholds = Readonly<Partial<Record<ChartAttribute, Threshold>>>;

/** A rule's options as the engine would run it, or undefined when the pack lacks it or turns it off. */
function effectiveOptions(pack: RulePack, ruleId: string): Readonly<Record<string, unknown>> | undefined {
  const rule = pack.rules.find((r) => r.id === ruleId);
  const setting = pack.ruleSettings[ruleId];
  if (rule === undefined || setting === 'off' || (setting === undefined && rule.enabledByDefault === false)) return undefined;
  const given = typeof setting === 'object' ? setting : {};
  if (rule.options === undefined) return given;
  const parsed = rule.options.safeParse(given);
  return parsed.success ? (parsed.data as Record<string, unknown>) : undefined;
}

function checkShare(attribute: ChartAttribute, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new ConfigError({
      vi: `thresholds.${attribute} phải là tỷ lệ từ 0 đến 1 (ví dụ 0.35 cho 35%) hoặc null, nhận được ${String(value)}`,
      en: `thresholds.${attribute} must be a share from 0 to 1 (e.g. 0.35 for 35%) or null, got ${String(value)}`,
    });
  }
  return value;
}

/**
 * The threshold of each charted attribute: `options` first, then `pack`. `seats` is the body's size, by which a
 * head-count rule becomes a share; without it (or a pack) such a rule draws no line.
 */
export function resolveThresholds(pack: RulePack | undefined, options: ThresholdOptions = {}, seats?: number): Thresholds {
  const out: Partial<Record<ChartAttribute, Threshold>> = {};
  for (const attribute of CHART_ATTRIBUTES) {
    const given = options[attribute];
    if (given === null) continue;
    if (given !== undefined) {
      out[attribute] = { share: checkShare(attribute, given), origin: { kind: 'option' } };
      continue;
    }
    if (pack === undefined) continue;
    const ruleId = THRESHOLD_RULES[attribute];
    const effective = effectiveOptions(pack, ruleId);
    if (effective === undefined) continue;
    const rule = pack.rules.find((r) => r.id === ruleId);
    const sources = pack.ruleSources[ruleId] ?? rule?.sources ?? [];
    const origin = { kind: 'pack', packId: pack.id, ruleId, sources } as const;
    const { minShare, minCount } = effective;
    if (typeof minShare === 'number') {
      out[attribute] = { share: minShare, origin: { ...origin, option: 'minShare' } };
    } else if (typeof minCount === 'number' && seats !== undefined && seats > 0) {
      out[attribute] = { share: Math.min(1, minCount / seats), origin: { ...origin, option: 'minCount', count: minCount, seats } };
    }
  }
  return out;
}
