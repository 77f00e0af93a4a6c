/**
 * The public shapes of an apportionment: what goes in (units with a weight and optional bounds, a number of
 * seats, a method, a tie rule) and what comes out (seats, the step log, ties, exact quotas, indices).
 */

/**
 * The methods. `dhondt` is `jefferson` and `sainte-lague` is `webster` under their European names; results
 * carry the name the caller asked for.
 */
export type ApportionMethod =
  | 'hamilton'
  | 'jefferson'
  | 'dhondt'
  | 'webster'
  | 'sainte-lague'
  | 'modified-sainte-lague'
  | 'huntington-hill'
  | 'adams'
  | 'dean'
  | 'quota';

export const APPORTION_METHODS: readonly ApportionMethod[] = [
  'hamilton',
  'jefferson',
  'dhondt',
  'webster',
  'sainte-lague',
  'modified-sainte-lague',
  'huntington-hill',
  'adams',
  'dean',
  'quota',
];

/**
 * One unit sharing the seats: a province, a constituency, an organization. `weight` is its population, voters
 * or list size: a positive integer, a bigint, or a positive decimal taken exactly as written (0.1 is 1/10).
 */
export interface ApportionUnit {
  readonly id: string;
  readonly weight: number | bigint;
  /** At least this many seats (given first, reason 'minimum'). */
  readonly min?: number;
  /** At most this many seats. */
  readonly max?: number;
}

/**
 * What happens when units tie for the last seats: 'report' (the default) leaves those seats unassigned and
 * lists the tie; 'larger-weight' gives them to the larger weights, then to the smaller id (code-point order)
 * among equal weights; 'id' gives them to the smaller ids (code-point order).
 */
export type TieRule = 'report' | 'larger-weight' | 'id';

export const TIE_RULES: readonly TieRule[] = ['report', 'larger-weight', 'id'];

export interface ApportionInput {
  readonly units: readonly ApportionUnit[];
  readonly seats: number;
  readonly method: ApportionMethod;
  readonly tieRule?: TieRule;
}

/** Why a seat went where it did. */
export type StepReason = 'minimum' | 'lower-quota' | 'remainder' | 'priority';

/**
 * One seat of the log. `priority` is exact: an integer or a reduced fraction "p/q" (see `parseRational`). For
 * divisor methods it is weight / divisor(seats held); for Huntington–Hill, whose divisor √(n(n+1)) is not
 * rational, it is the square, weight² / (n(n+1)); for Hamilton's remainder seats it is the quota's fractional
 * part. Weights given as decimals are scaled back: priorities are in the caller's units.
 */
export interface ApportionStep {
  /** 1-based order. */
  readonly seat: number;
  readonly unitId: string;
  readonly reason: StepReason;
  readonly priority?: string;
}

/** Units tied for fewer seats than they are: listed whether or not a tie rule broke the tie. */
export interface ApportionTie {
  /** In input order. */
  readonly unitIds: readonly string[];
  /** How many of them can still get a seat. */
  readonly seats: number;
  /** Their common priority (or remainder), exact. */
  readonly priority: string;
  /** The rule that broke it; absent under 'report', when the seats stayed unassigned. */
  readonly resolvedBy?: TieRule;
}

export interface ApportionIndices {
  /** Gallagher's least-squares index, in percentage points: √(½ Σ (vᵢ − sᵢ)²) × 100. */
  readonly gallagher: number;
  /** Loosemore–Hanby, in percentage points: ½ Σ |vᵢ − sᵢ| × 100. */
  readonly loosemoreHanby: number;
}

export interface ApportionResult {
  readonly method: ApportionMethod;
  /** Every unit's seats, keyed by id, in input order. */
  readonly seats: Readonly<Record<string, number>>;
  /** false when a tie left seats unassigned under tieRule 'report'. */
  readonly complete: boolean;
  readonly ties: readonly ApportionTie[];
  readonly steps: readonly ApportionStep[];
  /** Each unit's exact standard quota, weight × seats / total weight, in the same string form as priorities. */
  readonly quotas: Readonly<Record<string, string>>;
  /** Over the seats assigned (all of them unless a tie was reported) against the weight shares. */
  readonly indices: ApportionIndices;
}
