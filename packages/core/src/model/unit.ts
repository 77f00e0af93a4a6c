import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { entityBase, Id, IsoDate, Name } from './primitives';

export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export const UnitLevel = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof UnitLevel>;

/** What kind of unit within its level (tỉnh / thành phố; quận / huyện / thị xã; phường / xã / thị trấn / đặc khu). */
export const UNIT_KINDS = [
  'province',
  'city',
  'urban-district',
  'district',
  'town',
  'provincial-city',
  'ward',
  'commune',
  'township',
  'special-zone',
] as const;
export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

/** An administrative unit (đơn vị hành chính). */
export const AdministrativeUnit = object({
  ...entityBase,
  code: described(z.optional(z.string().check(z.trim(), z.regex(/^\d{2,5}$/u))), 'Official GSO code ("01", "00004")'),
  name: Name,
  fullName: described(z.optional(Name), 'Name with its level, e.g. "Thành phố Hà Nội"'),
  level: UnitLevel,
  kind: z.optional(UnitKind),
  parentId: z.optional(Id),
  population: z.optional(z.int().check(z.nonnegative())),
  mountainous: described(z.optional(z.boolean()), 'Miền núi'),
  highland: described(z.optional(z.boolean()), 'Vùng cao'),
  island: described(z.optional(z.boolean()), 'Hải đảo'),
  validFrom: z.optional(IsoDate),
  validTo: z.optional(IsoDate),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnit>;
