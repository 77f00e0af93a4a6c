import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { entityBase, Id, Name } from './primitives';

export const ORGANIZATION_LEVELS = ['central', 'local'] as const;
export const ORGANIZATION_KINDS = [
  'party',
  'state-president',
  'national-assembly',
  'government',
  'armed-forces',
  'public-security',
  'court',
  'procuracy',
  'state-audit',
  'fatherland-front',
  'socio-political',
  'people-committee',
  'people-council',
  'enterprise',
  'public-service',
  'religious',
  'other',
] as const;

/** A body that introduces nominees (cơ quan, tổ chức, đơn vị giới thiệu). */
export const NominatingOrganization = object({
  ...entityBase,
  name: Name,
  level: z.enum(ORGANIZATION_LEVELS),
  kind: z.enum(ORGANIZATION_KINDS),
  unitId: described(z.optional(Id), 'For local organizations: the administrative unit'),
  parentId: z.optional(Id),
});
export type NominatingOrganization = z.infer<typeof NominatingOrganization>;
