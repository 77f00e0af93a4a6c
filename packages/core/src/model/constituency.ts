import * as z from 'zod/mini';
import { described } from './described';
import { entityBase, Id, Name, Text } from './primitives';

/** A constituency (đơn vị bầu cử) of one body, with the seats it elects. */
export const Constituency = z.object({
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
});
export type Constituency = z.infer<typeof Constituency>;
