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

/** A template cut into literal text and placeholders, once per template. */
type Part = string | { readonly key: string; readonly format: string | undefined; readonly whole: string };
const COMPILED = new Map<string, readonly Part[]>();
const PLACEHOLDER = /\{(\w+)(?::(percent|weekday))?\}/gu;

function compile(template: string): readonly Part[] {
  let parts = COMPILED.get(template);
  if (parts !== undefined) return parts;
  const out: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push(template.slice(last, match.index));
    out.push({ key: match[1]!, format: match[2], whole: match[0] });
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  // Templates come from rule catalogues, a bounded set; the cap only guards against generated ones.
  if (COMPILED.size < 10_000) COMPILED.set(template, (parts = out));
  return out;
}

/** Renders a template: a national report renders thousands of findings, so templates are parsed once. */
export function renderMessage(template: string, data: FindingData, locale: Locale): string {
  let text = '';
  for (const part of compile(template)) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = data[part.key];
    if (value === undefined) text += part.whole;
    else if (part.format === 'percent' && typeof value === 'number') text += formatPercent(value, locale);
    else if (part.format === 'weekday' && typeof value === 'number') text += weekdayName(value, locale);
    else text += String(value);
  }
  return text;
}
