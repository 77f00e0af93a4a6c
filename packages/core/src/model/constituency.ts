import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { entityBase, Id, IsoDate, IsoDateTime, Name, Text } from './primitives';

/**
 * The election council's decision fixing a constituency's official list again after a candidate left it
 * (Điều 57 khoản 6: force majeure; e.g. Nghị quyết 688/NQ-HĐBCQG of 16/5/2021, Hà Nội constituency 10: two
 * seats, three candidates).
 */
export const ListAdjustment = object({
  date: described(IsoDate, 'Day of the decision'),
  decision: described(Text, 'e.g. "Nghị quyết 688/NQ-HĐBCQG"'),
  candidates: described(z.int().check(z.nonnegative()), 'Số người ứng cử after the adjustment'),
});
export type ListAdjustment = z.infer<typeof ListAdjustment>;

/** One person's approval of a list: who and when. */
export const ListApprovalSignature = object({
  by: described(Name, 'Who approved (an account or a name)'),
  at: IsoDateTime,
});
export type ListApprovalSignature = z.infer<typeof ListApprovalSignature>;

export const LIST_APPROVAL_STATUSES = ['pending', 'approved', 'void'] as const;

/**
 * The four-eyes lock on a constituency's list: it becomes official only once two different people approve
 * the same content. `contentHash` is the SHA-256 of the list's canonical content when the first person
 * approved (@ungcu/workflow computes it); a change to the list or its nominees after that voids the approval,
 * which keeps the signatures and says when and why it was voided.
 */
export const ListApproval = object({
  contentHash: described(z.string().check(z.regex(/^[0-9a-f]{64}$/u)), 'SHA-256 (hex) of the approved list'),
  signatures: described(z.array(ListApprovalSignature).check(z.maxLength(2)), 'One or two approvals, by different people'),
  status: z.enum(LIST_APPROVAL_STATUSES),
  voidedAt: z.optional(IsoDateTime),
  voidReason: described(z.optional(Text), 'What changed, e.g. "nominee n-12: occupation"'),
});
export type ListApproval = z.infer<typeof ListApproval>;

/** A constituency (đơn vị bầu cử) of one body, with the seats it elects. */
export const Constituency = object({
  ...entityBase,
  bodyId: Id,
  unitId: described(z.optional(Id), 'The province (for the National Assembly) or unit the constituency lies in'),
  number: described(z.int().check(z.positive()), 'Đơn vị bầu cử số'),
  name: z.optional(Name),
  description: described(z.optional(Text), 'The official description, e.g. "Gồm các quận: Ba Đình, ..."'),
  coveredUnitIds: described(z._default(z.array(Id), []), 'Units the constituency covers'),
  seats: described(z.int().check(z.positive()), 'Số đại biểu được bầu'),
  declaredCandidates: described(
    z.optional(z.int().check(z.nonnegative())),
    'Số người ứng cử as published; the rules compare it with the candidates found',
  ),
  population: z.optional(z.int().check(z.nonnegative())),
  listAdjustment: described(
    z.optional(ListAdjustment),
    'The election council’s decision re-fixing the list after a removal (Điều 57 khoản 6)',
  ),
  listApproval: described(z.optional(ListApproval), 'The four-eyes approval of the official list (two different people)'),
});
export type Constituency = z.infer<typeof Constituency>;
