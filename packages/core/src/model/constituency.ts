import * as z from 'zod/mini';
import { described } from './described';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

/**
 * The election council's decision fixing a constituency's official list again after a candidate left it
 * (Điều 57 khoản 6: force majeure; e.g. Nghị quyết 688/NQ-HĐBCQG of 16/5/2021, Hà Nội constituency 10: two
 * seats, three candidates).
 */
export const ListAdjustment = z.object({
  date: described(IsoDate, 'Day of the decision'),
  decision: described(Text, 'e.g. "Nghị quyết 688/NQ-HĐBCQG"'),
  candidates: described(z.int().check(z.nonnegative()), 'Số người ứng cử after the adjustment'),
});
export type ListAdjustment = z.infer<typeof ListAdjustment>;

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
  listAdjustment: described(
    z.optional(ListAdjustment),
    'The election council’s decision re-fixing the list after a removal (Điều 57 khoản 6)',
  ),
});
export type Constituency = z.infer<typeof Constituency>;
