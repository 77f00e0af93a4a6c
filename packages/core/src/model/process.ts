import * as z from 'zod';
import { Allocation } from './structure-plan';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

/**
 * A consultation conference (hội nghị hiệp thương). Round 1 agrees the structure and allocation, round 2
 * the preliminary list, round 3 the list of qualified candidates.
 */
export const ConsultationRound = z.object({
  ...entityBase,
  bodyId: Id,
  round: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  unitId: Id.optional().describe('The level that convened it; absent for the central conference'),
  heldOn: IsoDate.optional(),
  allocations: z.array(Allocation).default([]).describe('Round 1: agreed nominee counts'),
  nomineeIds: z.array(Id).default([]).describe('Rounds 2 and 3: the nominees on the agreed list'),
  minutesRef: Text.optional().describe('Reference of the minutes (biên bản)'),
});
export type ConsultationRound = z.infer<typeof ConsultationRound>;

export const VETTING_PURPOSES = ['candidacy', 'appointment', 'rotation', 'assignment', 'designation'] as const;
export const VETTING_STATUSES = ['open', 'in-review', 'concluded', 'withdrawn'] as const;
export const VETTING_OUTCOMES = ['meets-standards', 'meets-with-conditions', 'does-not-meet'] as const;

/** A vetting case: review, verification and appraisal of political standards (thẩm tra, xác minh, thẩm định). */
export const VettingCase = z
  .object({
    ...entityBase,
    personName: Name,
    personId: Id.optional(),
    nomineeId: Id.optional(),
    purpose: z.enum(VETTING_PURPOSES),
    managementLevel: z.enum(['central', 'local']).optional().describe('Diện Trung ương / địa phương quản lý'),
    status: z.enum(VETTING_STATUSES),
    openedOn: IsoDate,
    dueDate: IsoDate.optional(),
    closedOn: IsoDate.optional(),
    outcome: z.enum(VETTING_OUTCOMES).optional(),
    notes: Text.optional(),
  })
  .refine((v) => v.status !== 'concluded' || v.outcome !== undefined, {
    message: 'A concluded case records its outcome',
    path: ['outcome'],
  });
export type VettingCase = z.infer<typeof VettingCase>;

/** A full-term or annual work programme (chương trình công tác toàn khóa / năm). */
export const WorkProgramme = z
  .object({
    ...entityBase,
    title: Text,
    kind: z.enum(['full-term', 'annual']),
    term: z.string().trim().min(1).max(40).optional(),
    year: z.int().min(1945).max(2200).optional(),
  })
  .refine((w) => (w.kind === 'annual' ? w.year !== undefined : w.term !== undefined), {
    message: 'An annual programme has a year; a full-term programme has a term',
    path: ['kind'],
  });
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
export const Proposal = z.object({
  ...entityBase,
  title: Text,
  submittedTo: z.enum(PROPOSAL_RECIPIENTS),
  workProgrammeId: Id.optional(),
  plannedQuarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/u)
    .optional()
    .describe('Planned quarter, e.g. "2026-Q2"'),
  plannedConference: Text.optional().describe('e.g. "Hội nghị Trung ương 12"'),
  status: z.enum(PROPOSAL_STATUSES),
  submittedOn: IsoDate.optional(),
});
export type Proposal = z.infer<typeof Proposal>;
