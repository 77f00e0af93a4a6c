import * as z from 'zod';
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
export const AdministrativeUnit = z.object({
  ...entityBase,
  code: z.string().trim().regex(/^\d{2,5}$/u).optional().describe('Official GSO code ("01", "00004")'),
  name: Name,
  fullName: Name.optional().describe('Name with its level, e.g. "Thành phố Hà Nội"'),
  level: UnitLevel,
  kind: UnitKind.optional(),
  parentId: Id.optional(),
  population: z.int().nonnegative().optional(),
  mountainous: z.boolean().optional().describe('Miền núi'),
  highland: z.boolean().optional().describe('Vùng cao'),
  island: z.boolean().optional().describe('Hải đảo'),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnit>;
