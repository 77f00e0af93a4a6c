import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { Allocation } from './structure-plan';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

/**
 * A consultation conference (hội nghị hiệp thương). Round 1 agrees the structure and allocation, round 2
 * the preliminary list, round 3 the list of qualified candidates.
 */
export const ConsultationRound = object({
  ...entityBase,
  bodyId: Id,
  round: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  unitId: described(z.optional(Id), 'The level that convened it; absent for the central conference'),
  heldOn: z.optional(IsoDate),
  allocations: described(z._default(z.array(Allocation), []), 'Round 1: agreed nominee counts'),
  nomineeIds: described(z._default(z.array(Id), []), 'Rounds 2 and 3: the nominees on the agreed list'),
  minutesRef: described(z.optional(Text), 'Reference of the minutes (biên bản)'),
});
export type ConsultationRound = z.infer<typeof ConsultationRound>;

export const VETTING_PURPOSES = ['candidacy', 'appointment', 'rotation', 'assignment', 'designation', 'party-admission'] as const;
/** Thẩm tra (review the file), xác minh (verify facts), thẩm định (appraise and conclude), in that order. */
export const VETTING_STEP_KINDS = ['review', 'verification', 'appraisal'] as const;

/** One step of a vetting case: when it is due, when it was done, by whom. */
export const VettingStep = object({
  kind: z.enum(VETTING_STEP_KINDS),
  dueDate: z.optional(IsoDate),
  doneOn: z.optional(IsoDate),
  assessor: z.optional(Name),
  notes: z.optional(Text),
});
export type VettingStep = z.infer<typeof VettingStep>;
export const VETTING_STATUSES = ['open', 'in-review', 'concluded', 'withdrawn'] as const;
export const VETTING_OUTCOMES = ['meets-standards', 'meets-with-conditions', 'does-not-meet'] as const;

/** A vetting case: review, verification and appraisal of political standards (thẩm tra, xác minh, thẩm định). */
export const VettingCase = object({
  ...entityBase,
  personName: Name,
  personId: z.optional(Id),
  nomineeId: z.optional(Id),
  electionId: described(z.optional(Id), 'For a candidacy: the election whose calendar sets the due dates'),
  purpose: z.enum(VETTING_PURPOSES),
  managementLevel: described(z.optional(z.enum(['central', 'local'])), 'Diện Trung ương / địa phương quản lý'),
  status: z.enum(VETTING_STATUSES),
  openedOn: IsoDate,
  dueDate: z.optional(IsoDate),
  closedOn: z.optional(IsoDate),
  outcome: z.optional(z.enum(VETTING_OUTCOMES)),
  assessor: described(z.optional(Name), 'The assessor the case is assigned to (cán bộ thẩm định)'),
  unitId: described(z.optional(Id), 'The unit (or organization) whose cadre is vetted, for access by scope'),
  steps: described(z.optional(z.array(VettingStep)), 'Review, verification and appraisal, in order'),
  nationalId: described(z.optional(z.string().check(z.regex(/^\d{9}(?:\d{3})?$/u))), 'Sensitive: redacted on export'),
  dateOfBirth: described(z.optional(IsoDate), 'Sensitive: redacted to the year on export'),
  address: described(z.optional(Text), 'Sensitive: redacted on export'),
  notes: z.optional(Text),
}).check(
  z.refine((v) => v.status !== 'concluded' || v.outcome !== undefined, {
    message: 'A concluded case records its outcome',
    path: ['outcome'],
  }),
);
export type VettingCase = z.infer<typeof VettingCase>;

/** A full-term or annual work programme (chương trình công tác toàn khóa / năm). */
export const WorkProgramme = object({
  ...entityBase,
  title: Text,
  kind: z.enum(['full-term', 'annual']),
  term: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
  year: z.optional(z.int().check(z.minimum(1945), z.maximum(2200))),
}).check(
  z.refine((w) => (w.kind === 'annual' ? w.year !== undefined : w.term !== undefined), {
    message: 'An annual programme has a year; a full-term programme has a term',
    path: ['kind'],
  }),
);
export type WorkProgramme = z.infer<typeof WorkProgramme>;

export const PROPOSAL_RECIPIENTS = [
  'central-committee',
  'politburo',
  'secretariat',
  'party-committee',
  'standing-committee',
  'people-council',
] as const;
export const PROPOSAL_STATUSES = ['planned', 'drafting', 'submitted', 'adopted', 'postponed', 'withdrawn'] as const;

/** A proposal (đề án) put to a Party or state body, planned for a quarter or a conference. */
export const Proposal = object({
  ...entityBase,
  title: Text,
  submittedTo: z.enum(PROPOSAL_RECIPIENTS),
  workProgrammeId: z.optional(Id),
  plannedQuarter: described(z.optional(z.string().check(z.regex(/^\d{4}-Q[1-4]$/u))), 'Planned quarter, e.g. "2026-Q2"'),
  plannedConference: described(z.optional(Text), 'e.g. "Hội nghị Trung ương 12"'),
  leadUnit: described(z.optional(Name), 'The unit in charge (đơn vị chủ trì)'),
  status: z.enum(PROPOSAL_STATUSES),
  submittedOn: z.optional(IsoDate),
  decidedOn: described(z.optional(IsoDate), 'The day the recipient adopted or decided on it'),
});
export type Proposal = z.infer<typeof Proposal>;
