/**
 * How a list names the body it elects deputies to, in both languages: "đại biểu Quốc hội khóa XV", "đại biểu
 * Hội đồng nhân dân Tỉnh Nghệ An nhiệm kỳ 2021-2026". The body's own name is used when the dataset gives one.
 */
import type { AdministrativeUnit, Body } from '@ungcu/core';
import type { Locale } from '@ungcu/core/rules';
import { toNfc } from '@ungcu/core/text';

/** The body's name: "Quốc hội khóa XV" / "the National Assembly, 15th term" when the dataset names none. */
export function bodyName(body: Body, unit: AdministrativeUnit | undefined, locale: Locale): string {
  if (body.name !== undefined && locale === 'vi') return toNfc(body.name);
  const place = unit?.fullName ?? unit?.name;
  if (body.kind === 'national-assembly') {
    return locale === 'vi' ? `Quốc hội khóa ${body.term}` : `National Assembly, term ${body.term}`;
  }
  if (locale === 'vi') return `Hội đồng nhân dân${place === undefined ? '' : ` ${place}`} nhiệm kỳ ${body.term}`;
  return `People's Council${place === undefined ? '' : ` of ${place}`}, term ${body.term}`;
}

/** The deputies a list elects, in the seats line: "đại biểu Quốc hội" / "deputies to the National Assembly". */
export function deputiesOf(body: Body, locale: Locale): string {
  const na = body.kind === 'national-assembly';
  if (locale === 'vi') return na ? 'đại biểu Quốc hội' : 'đại biểu Hội đồng nhân dân';
  return na ? 'deputies to the National Assembly' : "deputies to the People's Council";
}
