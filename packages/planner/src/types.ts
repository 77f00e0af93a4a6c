/**
 * The planner's public shapes. A plan problem is plain data (a pool, sizes, quotas) so that the CLI, a web
 * app and planStructure() can all build one without the model.
 */

export type Locale = 'vi' | 'en';

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** A head count, or a share (0..1) of the list size in the quota's scope. */
export type Bound = { readonly count: number } | { readonly share: number };

export type AttributeValue = string | number | boolean;

export interface PoolMember {
  readonly id: string;
  readonly attributes: Readonly<Record<string, AttributeValue | undefined>>;
  readonly constituencyId?: string;
  readonly unitId?: string;
  readonly organizationId?: string;
  /** Higher is preferred; when any member has one, the plan maximises the total. */
  readonly score?: number;
}

export type ScopeKind = 'constituency' | 'unit' | 'organization';

/** Body: the whole list. Constituency, unit, organization: one of them by id, or each one when id is absent. */
export type QuotaScope = { readonly kind: 'body' } | { readonly kind: ScopeKind; readonly id?: string };

export interface PlanQuota {
  readonly feature: string;
  readonly value: AttributeValue;
  /** Default: the body (the whole list). */
  readonly scope?: QuotaScope;
  readonly min?: Bound;
  readonly max?: Bound;
  /** How messages name the people counted, e.g. { vi: 'nữ', en: 'women' }; default "feature = value". */
  readonly label?: Bilingual;
}

export interface PlanProblem {
  readonly pool: readonly PoolMember[];
  /** How many to select. */
  readonly size: number;
  /** How many to select in each constituency (by constituency id). */
  readonly constituencySizes?: Readonly<Record<string, number>>;
  readonly quotas: readonly PlanQuota[];
  /** Ids that must be selected. */
  readonly fixed?: readonly string[];
  /** Ids that must not be selected. */
  readonly excluded?: readonly string[];
  /** Spread the people with this value across constituencies as evenly as the quotas allow. */
  readonly spread?: { readonly feature: string; readonly value: AttributeValue };
}

/** Where the solver's wasm comes from, for bundled browser apps (Node finds it by itself). */
export interface SolverLoading {
  /** Returns the URL of `highs.wasm` (the file name the loader asks for), e.g. served from your assets. */
  readonly locateFile?: (file: string) => string;
  /** The wasm bytes, already fetched. */
  readonly wasmBinary?: ArrayBuffer | ArrayBufferView;
}

export interface PlanOptions {
  /** Same seed, same list. Default 1. */
  readonly seed?: number;
  /** Which language leads a thrown PlannerError's message; results always carry both languages. */
  readonly locale?: Locale;
  /** Give up after this long (default: no limit). */
  readonly timeLimitMs?: number;
  readonly solver?: SolverLoading;
}

export interface QuotaConflict {
  readonly quotas: readonly PlanQuota[];
  readonly reason: 'pool' | 'size' | 'bounds' | 'joint';
  readonly message: Bilingual;
}

export interface Relaxation {
  readonly feature: string;
  readonly value: AttributeValue;
  /** The one list the bound is changed for (a constituency's id, not "each"). */
  readonly scope: QuotaScope;
  readonly bound: 'min' | 'max' | 'size';
  /** People: the bound as it is (a share turned into a head count of the list), and as it must become. */
  readonly from: number;
  readonly to: number;
  readonly message: Bilingual;
}

export type PlanResult =
  | {
      readonly feasible: true;
      readonly selected: readonly string[];
      /** "feature=value" for the body, "feature=value@kind:id" per scope → count among the selected. */
      readonly counts: Readonly<Record<string, number>>;
      readonly score: number;
      readonly decidedBy: 'static' | 'mip';
    }
  | {
      readonly feasible: false;
      readonly conflicts: readonly QuotaConflict[];
      readonly relaxation: readonly Relaxation[];
      readonly explanation: Bilingual;
      readonly decidedBy: 'static' | 'mip';
    };

export interface StaticCheck {
  feasible: boolean | 'unknown';
  conflicts: QuotaConflict[];
}
