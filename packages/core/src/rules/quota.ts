/**
 * quotaRule(): a declarative composition rule. It reads the composition row of each list in its scope
 * (counted once per validation, in one pass) and compares one count with a minimum or maximum, as a head
 * count or as a share of the list. Most of the election law's composition rules are one of these.
 */
import * as z from 'zod';
import type { LegalReference } from '../model/primitives';
import type { BodyKind } from '../model/election';
import type { NomineeStage } from '../model/nominee';
import type { CompositionCount, CompositionRow } from './composition';
import { defineRule } from './define';
import type { FindingTarget, LocalizedMessage, Rule, RuleContext, RuleMeasure, Severity } from './types';

export type QuotaScope = 'election' | 'body' | 'unit' | 'constituency';

/** A bound: a head count or a share of the list (0..1). */
export type QuotaLimit = { readonly count: number } | { readonly share: number };

export interface QuotaRuleDefinition<Id extends string = string> {
  readonly id: Id;
  readonly title: LocalizedMessage;
  readonly description: LocalizedMessage;
  readonly severity: Severity;
  readonly scope: QuotaScope;
  readonly attribute: CompositionCount;
  /**
   * How the counted people are called in messages. English gives its two plural forms, `one|other`, as the
   * forms of a `{n:plural:…}` placeholder: { vi: 'phụ nữ', en: 'woman|women' } ("1 woman", "2 women").
   */
  readonly subject: LocalizedMessage;
  readonly min?: QuotaLimit;
  readonly max?: QuotaLimit;
  readonly bodyKinds?: readonly BodyKind[];
  readonly stages?: readonly NomineeStage[];
  readonly sources: readonly LegalReference[];
  readonly legalText?: LocalizedMessage;
  readonly notes?: readonly LocalizedMessage[];
  readonly enabledByDefault?: boolean;
  readonly measures?: RuleMeasure;
  readonly docsUrl?: string;
}

/** Floating-point slack so 35% of 20 is 7, not 7.000000000000001 rounded up to 8. */
const EPSILON = 1e-9;

/** Smallest head count that reaches a share of a list: ceil(share × total). */
export function requiredForShare(share: number, total: number): number {
  return Math.max(0, Math.ceil(share * total - EPSILON));
}

/** Largest head count a share allows: floor(share × total). */
export function allowedForShare(share: number, total: number): number {
  return Math.floor(share * total + EPSILON);
}

/**
 * How many people with the attribute must be added (the list grows) to reach a share: the smallest k with
 * (actual + k) / (total + k) ≥ share. Infinity when the share is 1 or more and the list has others.
 */
export function toAddForShare(share: number, actual: number, total: number): number {
  if (requiredForShare(share, total) <= actual) return 0;
  if (share >= 1) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.ceil((share * total - actual) / (1 - share) - EPSILON));
}

function limitOptions(name: 'min' | 'max', limit: QuotaLimit | undefined) {
  const count = limit !== undefined && 'count' in limit ? limit.count : undefined;
  const share = limit !== undefined && 'share' in limit ? limit.share : undefined;
  return {
    [`${name}Count`]: count === undefined ? z.int().nonnegative().optional() : z.int().nonnegative().default(count),
    [`${name}Share`]: share === undefined ? z.number().min(0).max(1).optional() : z.number().min(0).max(1).default(share),
  } as Record<string, z.ZodType>;
}

export interface QuotaOptions {
  readonly minCount?: number | undefined;
  readonly minShare?: number | undefined;
  readonly maxCount?: number | undefined;
  readonly maxShare?: number | undefined;
}

/** The options schema of every quota rule: each bound optional, the declared ones with their default. */
export type QuotaOptionsSchema = z.ZodType<QuotaOptions, QuotaOptions>;

function rowOf(scope: QuotaScope, target: unknown, context: RuleContext<QuotaOptions, unknown>): CompositionRow | undefined {
  if (scope === 'unit') return (target as { row: CompositionRow }).row;
  return context.row(scope, (target as { id: string }).id);
}

export function quotaRule<const Id extends string>(definition: QuotaRuleDefinition<Id>): Rule<Id, QuotaOptionsSchema> {
  const { subject } = definition;
  const optionsSchema: QuotaOptionsSchema = z
    .object({ ...limitOptions('min', definition.min), ...limitOptions('max', definition.max) })
    .strict() as unknown as QuotaOptionsSchema;
  return defineRule({
    id: definition.id,
    title: definition.title,
    description: definition.description,
    severity: definition.severity,
    scope: definition.scope,
    ...(definition.bodyKinds === undefined ? {} : { bodyKinds: definition.bodyKinds }),
    ...(definition.stages === undefined ? {} : { stages: definition.stages }),
    sources: definition.sources,
    ...(definition.legalText === undefined ? {} : { legalText: definition.legalText }),
    ...(definition.notes === undefined ? {} : { notes: definition.notes }),
    ...(definition.enabledByDefault === undefined ? {} : { enabledByDefault: definition.enabledByDefault }),
    ...(definition.measures === undefined ? {} : { measures: definition.measures }),
    ...(definition.docsUrl === undefined ? {} : { docsUrl: definition.docsUrl }),
    options: optionsSchema,
    // The English subject is a pair of plural forms, so it goes where a count chooses the form.
    messages: {
      // A share target prints the share the law sets; a head-count target prints none: 160 of a 50-name list is
      // no share anyone set, and "320%" reads as a measurement.
      'below-min': {
        vi: `{name}: có {actual}/{total} ${subject.vi} ({actualShare:percent}), cần ít nhất {required} người (tỷ lệ tối thiểu {requiredShare:percent}), thiếu {shortfall}`,
        en: `{name}: {actual} {actual:plural:${subject.en}} among {total:plural:# nominee|# nominees} ({actualShare:percent}); at least {required} {required:plural:is|are} required (a minimum share of {requiredShare:percent}), {shortfall} short`,
      },
      'below-min-count': {
        vi: `{name}: có {actual}/{total} ${subject.vi}, cần ít nhất {required} người, thiếu {shortfall}`,
        en: `{name}: {actual} {actual:plural:${subject.en}} among {total:plural:# nominee|# nominees}; at least {required} {required:plural:is|are} required, {shortfall} short`,
      },
      'above-max': {
        vi: `{name}: có {actual}/{total} ${subject.vi} ({actualShare:percent}), vượt mức tối đa {allowed} người, thừa {excess}`,
        en: `{name}: {actual} {actual:plural:${subject.en}} among {total:plural:# nominee|# nominees} ({actualShare:percent}); at most {allowed} {allowed:plural:is|are} allowed, {excess} too many`,
      },
    },
    fixes: {
      add: {
        vi: `Bổ sung ít nhất {toAdd} ${subject.vi} vào danh sách, hoặc thay {shortfall} người trong danh sách bằng ${subject.vi}`,
        en: `Add at least {toAdd} {toAdd:plural:${subject.en}} to the list, or have {shortfall} {shortfall:plural:${subject.en}} replace {shortfall:plural:a nominee|nominees} on it`,
      },
      remove: {
        vi: `Bớt hoặc thay ít nhất {excess} ${subject.vi} trong danh sách`,
        en: `Remove or replace at least {excess} {excess:plural:${subject.en}} on the list`,
      },
    },
    check(target, context) {
      const ctx = context as unknown as RuleContext<QuotaOptions, unknown>;
      const row = rowOf(definition.scope, target, ctx);
      if (row === undefined || row.nominees === 0) return;
      const { options } = ctx;
      const total = row.nominees;
      const actual = row[definition.attribute];
      // Thousands of lists pass for each one that fails: decide first, build the finding only when needed.
      const hasMin = options.minCount !== undefined || options.minShare !== undefined;
      const required = Math.max(
        options.minCount ?? 0,
        options.minShare === undefined ? 0 : requiredForShare(options.minShare, total),
      );
      const allowed = Math.min(
        options.maxCount ?? Number.POSITIVE_INFINITY,
        options.maxShare === undefined ? Number.POSITIVE_INFINITY : allowedForShare(options.maxShare, total),
      );
      const below = hasMin && actual < required;
      const above = actual > allowed;
      if (!below && !above) return;
      const base = {
        name: row.name ?? ctx.nameOf(definition.scope, row.id) ?? row.id,
        actual,
        total,
        actualShare: actual / total,
      };
      const targetRef: FindingTarget = {
        kind: definition.scope,
        id: row.id,
        ...(row.name === undefined ? {} : { name: row.name }),
        ...(definition.scope === 'unit' && row.bodyId !== undefined ? { bodyId: row.bodyId } : {}),
      };
      if (below) {
        const shortfall = required - actual;
        const toAdd = Math.max(
          options.minCount === undefined ? 0 : options.minCount - actual,
          options.minShare === undefined ? 0 : toAddForShare(options.minShare, actual, total),
        );
        const data = { ...base, required, shortfall, toAdd: Number.isFinite(toAdd) ? toAdd : shortfall };
        // The share message only when the share sets the target; a head count that sets it carries no share.
        const { minShare } = options;
        if (minShare !== undefined && requiredForShare(minShare, total) >= (options.minCount ?? 0)) {
          context.report({ messageId: 'below-min', fixId: 'add', target: targetRef, data: { ...data, requiredShare: minShare } });
        } else {
          context.report({ messageId: 'below-min-count', fixId: 'add', target: targetRef, data });
        }
      }
      if (above) {
        context.report({
          messageId: 'above-max',
          fixId: 'remove',
          target: targetRef,
          data: { ...base, allowed, excess: actual - allowed },
        });
      }
    },
  });
}
