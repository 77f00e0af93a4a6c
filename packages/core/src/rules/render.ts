/**
 * Renders a message template in a locale, with the grammar of message-syntax.ts: `{name}` inserts a value;
 * `{name:percent}` a share as a percentage with at most two decimals and no trailing zeros, written the way each
 * language writes it (45,28% and 35% in Vietnamese, 45.28% and 35% in English: a threshold reads as the law
 * writes it); `{name:weekday}` a weekday number (0 = Sunday) as its name;
 * `{name:bodyKind}` body kinds (one, or several joined by commas) in each language's terms ("HĐND cấp xã");
 * `{name:date}` an ISO date day first, 12/01/1965, in both languages (officials' documents write dates so, and
 * an English reader of a Vietnamese list meets them so); `{name:plural:…}` the form of a count's plural category. Percentages and weekdays are formatted by hand, not
 * with Intl, so the text is identical on every runtime; plural categories come from Intl.PluralRules, whose
 * English and Vietnamese rules every runtime ships.
 *
 * A template the data cannot fill is a bug in the rule, so it throws (a ConfigError) rather than printing
 * "{shortfall}" or dropping a fix: a placeholder without a value, a value of the wrong type for its format, a
 * format the grammar does not know, a fix id the rule does not declare.
 */
import { ConfigError } from '../errors/classes';
import { formatDayFirstDate, isIsoDate } from '../text/dates';
import { parseTemplate, PLURAL_CATEGORIES, type Placeholder, type TemplatePart } from './message-syntax';
import type { BodyKind } from '../model/election';
import type { FindingData, FindingValue, Locale, LocalizedMessage, RuleMeta } from './types';

/**
 * A share as a percentage rounded to two decimals. `fixed` (the default) always prints two, so a table's column
 * lines up; `trimmed` drops trailing zeros, as a sentence and the law write a share ("35%", "34,91%", "45,5%").
 */
export function formatPercent(share: number, locale: Locale, decimals: 'fixed' | 'trimmed' = 'fixed'): string {
  const fixed = (Math.round(share * 10000) / 100).toFixed(2);
  const text = decimals === 'fixed' ? fixed : fixed.replace(/\.?0+$/, '');
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

/** The bodies as each language names them: the officials' "HĐND cấp xã", never the code's "commune-council". */
export const BODY_KIND_TERMS: Readonly<Record<BodyKind, LocalizedMessage>> = {
  'national-assembly': { vi: 'Quốc hội', en: 'National Assembly' },
  'provincial-council': { vi: 'HĐND cấp tỉnh', en: "provincial People's Council" },
  'district-council': { vi: 'HĐND cấp huyện', en: "district People's Council" },
  'commune-council': { vi: 'HĐND cấp xã', en: "commune People's Council" },
};

/** Body kinds joined by commas, each in the locale's term; undefined when one is not a body kind. */
export function bodyKindTerms(value: string, locale: Locale): string | undefined {
  const terms: string[] = [];
  for (const kind of value.split(',')) {
    const key = kind.trim();
    if (!Object.hasOwn(BODY_KIND_TERMS, key)) return undefined;
    terms.push(BODY_KIND_TERMS[key as BodyKind][locale]);
  }
  return terms.join(', ');
}

const PLURAL_RULES = /* @__PURE__ */ new Map<Locale, Intl.PluralRules>();

/** The form of a count among a plural placeholder's forms (one per category of the locale, CLDR order). */
export function pluralForm(count: number, forms: readonly string[], locale: Locale): string {
  let rules = PLURAL_RULES.get(locale);
  if (rules === undefined) PLURAL_RULES.set(locale, (rules = new Intl.PluralRules(locale)));
  const index = PLURAL_CATEGORIES[locale].indexOf(rules.select(count));
  // A category the table does not list cannot come from the two locales' rules; the last form is "other".
  const form = forms[index === -1 ? forms.length - 1 : index] ?? forms[forms.length - 1] ?? '';
  return form.replaceAll('#', String(count));
}

const COMPILED = /* @__PURE__ */ new Map<string, readonly TemplatePart[]>();

function compile(template: string): readonly TemplatePart[] {
  let parts = COMPILED.get(template);
  if (parts !== undefined) return parts;
  parts = parseTemplate(template);
  // Templates come from rule catalogues, a bounded set; the cap only guards against generated ones.
  if (COMPILED.size < 10_000) COMPILED.set(template, parts);
  return parts;
}

function fail(template: string, en: string, vi: string): never {
  throw new ConfigError({
    en: `Message "${template}": ${en}`,
    vi: `Thông điệp "${template}": ${vi}`,
  });
}

function renderPlaceholder(template: string, part: Placeholder, value: FindingValue | undefined, locale: Locale): string {
  if (value === undefined) {
    fail(template, `${part.source} has no value in the finding's data`, `${part.source} không có giá trị trong dữ liệu của phát hiện`);
  }
  const { format } = part;
  if (format.kind === 'value') return String(value);
  if (format.kind === 'unknown') {
    fail(template, `${part.source} has an unknown format`, `${part.source} có định dạng không xác định`);
  }
  if (format.kind === 'date') {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      fail(
        template,
        `${part.source} needs an ISO date (YYYY-MM-DD), got ${JSON.stringify(value)}`,
        `${part.source} cần một ngày dạng ISO (YYYY-MM-DD), nhận được ${JSON.stringify(value)}`,
      );
    }
    return formatDayFirstDate(value);
  }
  if (format.kind === 'bodyKind') {
    const terms = typeof value === 'string' ? bodyKindTerms(value, locale) : undefined;
    if (terms === undefined) {
      fail(
        template,
        `${part.source} needs body kinds (${Object.keys(BODY_KIND_TERMS).join(', ')}), got ${JSON.stringify(value)}`,
        `${part.source} cần loại cơ quan (${Object.keys(BODY_KIND_TERMS).join(', ')}), nhận được ${JSON.stringify(value)}`,
      );
    }
    return terms;
  }
  if (typeof value !== 'number') {
    fail(template, `${part.source} needs a number, got ${JSON.stringify(value)}`, `${part.source} cần một số, nhận được ${JSON.stringify(value)}`);
  }
  if (format.kind === 'percent') return formatPercent(value, locale, 'trimmed');
  if (format.kind === 'weekday') return weekdayName(value, locale);
  return pluralForm(value, format.forms, locale);
}

/** Renders a template: a national report renders thousands of findings, so templates are parsed once. */
export function renderMessage(template: string, data: FindingData, locale: Locale): string {
  let text = '';
  for (const part of compile(template)) {
    text += typeof part === 'string' ? part : renderPlaceholder(template, part, data[part.name], locale);
  }
  return text;
}

/** The template of a finding's fix: none without a fix id; an id the rule does not declare is a bug. */
export function fixTemplateOf(rule: Pick<RuleMeta, 'id' | 'fixes'>, fixId: string | undefined): LocalizedMessage | undefined {
  if (fixId === undefined) return undefined;
  // Own keys only: "toString" is not a fix of any rule.
  const template = rule.fixes !== undefined && Object.hasOwn(rule.fixes, fixId) ? rule.fixes[fixId] : undefined;
  if (template === undefined) {
    throw new ConfigError({
      en: `Rule "${rule.id}" reported fix "${fixId}", which its catalogue does not define`,
      vi: `Quy tắc "${rule.id}" báo cách khắc phục "${fixId}" không có trong danh mục`,
    });
  }
  return template;
}
