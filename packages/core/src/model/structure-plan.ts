import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { entityBase, Id, LegalReference, Text } from './primitives';

/** Composition attributes a quota can count; each maps to a derived attribute of a nominee. */
export const QUOTA_ATTRIBUTES = [
  'women',
  'ethnic-minority',
  'non-party',
  'young',
  'incumbent',
  'self-nominated',
  'central',
  'local',
  'full-time',
] as const;
export const QuotaAttribute = z.enum(QUOTA_ATTRIBUTES);
export type QuotaAttribute = z.infer<typeof QuotaAttribute>;

export const QUOTA_SCOPES = ['body', 'unit', 'constituency', 'organization'] as const;

/** A bound as a head count or as a share of the list (0..1). */
export const QuotaBound = z.union([
  z.strictObject({ count: z.int().check(z.nonnegative()) }),
  z.strictObject({ share: z.number().check(z.minimum(0), z.maximum(1)) }),
]);
export type QuotaBound = z.infer<typeof QuotaBound>;

/** A composition quota (chỉ tiêu): hard when the law sets it, a target when guidance does. */
export const Quota = object({
  attribute: QuotaAttribute,
  scope: z.enum(QUOTA_SCOPES),
  unitId: described(z.optional(Id), 'Restrict to one unit (scope "unit")'),
  organizationId: described(z.optional(Id), 'Restrict to one organization (scope "organization")'),
  min: z.optional(QuotaBound),
  max: z.optional(QuotaBound),
  kind: z.enum(['hard', 'target']),
  source: z.optional(LegalReference),
}).check(
  z.refine((q) => q.min !== undefined || q.max !== undefined, {
    message: 'A quota needs a min, a max or both',
    path: ['min'],
  }),
);
export type Quota = z.infer<typeof Quota>;

/** Planned seats and nominee counts for one organization or unit (phân bổ số lượng). */
export const Allocation = object({
  organizationId: z.optional(Id),
  unitId: z.optional(Id),
  seats: z.optional(z.int().check(z.nonnegative())),
  nominees: z.optional(z.int().check(z.nonnegative())),
}).check(
  z.refine((a) => a.organizationId !== undefined || a.unitId !== undefined, {
    message: 'An allocation names an organization, a unit or both',
    path: ['organizationId'],
  }),
);
export type Allocation = z.infer<typeof Allocation>;

/** The projected structure and composition of a body (dự kiến cơ cấu, thành phần, phân bổ số lượng). */
export const StructurePlan = object({
  ...entityBase,
  bodyId: Id,
  title: z.optional(Text),
  plannedSeats: z.optional(z.int().check(z.positive())),
  allocations: z._default(z.array(Allocation), []),
  quotas: z._default(z.array(Quota), []),
  source: described(z.optional(LegalReference), 'The resolution that set the plan, e.g. NQ 1185/NQ-UBTVQH14'),
});
export type StructurePlan = z.infer<typeof StructurePlan>;
