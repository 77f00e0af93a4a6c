/**
 * Renders a message template in a locale. `{name}` inserts a value; `{name:percent}` a share as a percentage
 * with two decimals, written the way each language writes it (45,28% in Vietnamese, 45.28% in English);
 * `{name:weekday}` a weekday number (0 = Sunday) as its name.
 * Formatting is done by hand, not with Intl, so the text is identical on every runtime.
 */
import type { FindingData, Locale } from './types';

export function formatPercent(share: number, locale: Locale): string {
  const text = (Math.round(share * 10000) / 100).toFixed(2);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** Name of a weekday number (0 = Sunday, as date-fns getDay) in a locale. */
export function weekdayName(weekday: number, locale: Locale): string {
  return WEEKDAYS[locale][weekday] ?? String(weekday);
}

export function renderMessage(template: string, data: FindingData, locale: Locale): string {
  return template.replace(/\{(\w+)(?::(percent|weekday))?\}/gu, (whole, key: string, format: string | undefined) => {
    const value = data[key];
    if (value === undefined) return whole;
    if (format === 'percent' && typeof value === 'number') return formatPercent(value, locale);
    if (format === 'weekday' && typeof value === 'number') return weekdayName(value, locale);
    return String(value);
  });
}
