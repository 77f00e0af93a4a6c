import * as z from 'zod';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

/** One general election (or by-election): the day, and the rule pack it is checked against. */
export const Election = z.object({
  ...entityBase,
  name: Name,
  electionDay: IsoDate.describe('Ngày bầu cử; the law requires a Sunday (checked by the rule packs)'),
  rulePack: z.string().min(1).max(100).describe('Rule pack id, e.g. "vn-2021"'),
  notes: Text.optional(),
});
export type Election = z.infer<typeof Election>;

export const BODY_KINDS = ['national-assembly', 'provincial-council', 'district-council', 'commune-council'] as const;
export const BodyKind = z.enum(BODY_KINDS);
export type BodyKind = z.infer<typeof BodyKind>;

/** A body being elected: the National Assembly or one People's Council. */
export const Body = z.object({
  ...entityBase,
  electionId: Id,
  kind: BodyKind,
  term: z.string().trim().min(1).max(40).describe('Khóa or nhiệm kỳ: "XV", "2021-2026"'),
  name: Name.optional(),
  unitId: Id.optional().describe('The administrative unit a council serves; absent for the National Assembly'),
  totalSeats: z.int().positive().describe('Tổng số đại biểu được bầu'),
});
export type Body = z.infer<typeof Body>;
