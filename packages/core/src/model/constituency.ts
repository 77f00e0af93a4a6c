import * as z from 'zod';
import { entityBase, Id, Name, Text } from './primitives';

/** A constituency (đơn vị bầu cử) of one body, with the seats it elects. */
export const Constituency = z.object({
  ...entityBase,
  bodyId: Id,
  unitId: Id.optional().describe('The province (for the National Assembly) or unit the constituency lies in'),
  number: z.int().positive().describe('Đơn vị bầu cử số'),
  name: Name.optional(),
  description: Text.optional().describe('The official description, e.g. "Gồm các quận: Ba Đình, ..."'),
  coveredUnitIds: z.array(Id).default([]).describe('Units the constituency covers'),
  seats: z.int().positive().describe('Số đại biểu được bầu'),
  declaredCandidates: z
    .int()
    .nonnegative()
    .optional()
    .describe('Số người ứng cử as published; the rules compare it with the candidates found'),
  population: z.int().nonnegative().optional(),
});
export type Constituency = z.infer<typeof Constituency>;
