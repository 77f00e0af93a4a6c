import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

/** One general election (or by-election): the day, and the rule pack it is checked against. */
export const Election = object({
  ...entityBase,
  name: Name,
  electionDay: described(IsoDate, 'Ngày bầu cử; the law requires a Sunday (checked by the rule packs)'),
  rulePack: described(z.string().check(z.minLength(1), z.maxLength(100)), 'Rule pack id, e.g. "vn-2021"'),
  notes: z.optional(Text),
});
export type Election = z.infer<typeof Election>;

export const BODY_KINDS = ['national-assembly', 'provincial-council', 'district-council', 'commune-council'] as const;
export const BodyKind = z.enum(BODY_KINDS);
export type BodyKind = z.infer<typeof BodyKind>;

/** A body being elected: the National Assembly or one People's Council. */
export const Body = object({
  ...entityBase,
  electionId: Id,
  kind: BodyKind,
  term: described(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)), 'Khóa or nhiệm kỳ: "XV", "2021-2026"'),
  name: z.optional(Name),
  unitId: described(z.optional(Id), 'The administrative unit a council serves; absent for the National Assembly'),
  totalSeats: described(z.int().check(z.positive()), 'Tổng số đại biểu được bầu'),
});
export type Body = z.infer<typeof Body>;
