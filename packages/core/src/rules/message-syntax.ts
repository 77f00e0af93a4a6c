/**
 * The one placeholder grammar of rule messages. defineRule() checks catalogues with it, the renderer fills
 * templates with it, and its type-level twin (MessageData) makes `report({ data })` compile only with the
 * placeholders a message uses, each of the type its format needs.
 *
 *   {name}                 the value as it is (text, number or boolean)
 *   {name:percent}         a share (0..1) as a percentage: 45,28% in Vietnamese, 45.28% in English
 *   {name:weekday}         a weekday number (0 = Sunday) as its name
 *   {name:date}            an ISO calendar date (1965-01-12) as officials write it, day first: 12/01/1965
 *   {name:bodyKind}        a body kind, or several joined by commas ("commune-council, provincial-council"), as
 *                          each language names them: "HĐND cấp xã, HĐND cấp tỉnh" / "commune People's Council, …"
 *   {name:plural:f1|f2}    the form of a count's plural category (Intl.PluralRules), one form per category of
 *                          the language in CLDR order: English `one|other` ("{n:plural:# woman|# women}"),
 *                          Vietnamese `other` (one form: Vietnamese has no plural). `#` in a form is the count.
 *
 * A name is letters, digits and `_`; a format holds no brace and a form no `|`. Braces around anything else
 * are text: "{not a placeholder}" renders as written.
 */
import type { FindingValue, Locale } from './types';

/** `{`, a name, an optional `:format`, `}`: the runtime side of the grammar (PlaceholderEntries is the other). */
export const PLACEHOLDER_PATTERN = /\{(\w+)(?::([^{}]*))?\}/gu;

export type PlaceholderFormat =
  | { readonly kind: 'value' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'weekday' }
  | { readonly kind: 'date' }
  | { readonly kind: 'bodyKind' }
  | { readonly kind: 'plural'; readonly forms: readonly string[] }
  /** A format the grammar does not know: defineRule refuses it, the renderer throws. */
  | { readonly kind: 'unknown'; readonly format: string };

export interface Placeholder {
  readonly name: string;
  readonly format: PlaceholderFormat;
  /** The placeholder as written, `{share:percent}`. */
  readonly source: string;
}

/** A template cut into literal text and placeholders. */
export type TemplatePart = string | Placeholder;

/** The plural categories of each locale, in CLDR order; a plural placeholder has one form per category. */
export const PLURAL_CATEGORIES: Readonly<Record<Locale, readonly Intl.LDMLPluralRule[]>> = {
  vi: ['other'],
  en: ['one', 'other'],
};

const PLURAL = 'plural:';

function parseFormat(format: string | undefined): PlaceholderFormat {
  if (format === undefined) return { kind: 'value' };
  if (format === 'percent' || format === 'weekday' || format === 'date' || format === 'bodyKind') return { kind: format };
  if (format.startsWith(PLURAL)) return { kind: 'plural', forms: format.slice(PLURAL.length).split('|') };
  return { kind: 'unknown', format };
}

export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1]!, format: parseFormat(match[2]), source: match[0] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

export function placeholdersOf(template: string): Placeholder[] {
  return parseTemplate(template).filter((p): p is Placeholder => typeof p !== 'string');
}

/**
 * What must be the same in the two languages of a message: the value a placeholder prints, with its format.
 * A plural form is language, not a value: it is compared as the count it prints (`{n}`) when its forms show
 * the number (`#`), and not at all when they only choose a word ("{n:plural:is|are}").
 */
export function printedValueKey(p: Placeholder): string | undefined {
  switch (p.format.kind) {
    case 'value':
      return p.name;
    case 'plural':
      return p.format.forms.some((f) => f.includes('#')) ? p.name : undefined;
    case 'percent':
    case 'weekday':
    case 'date':
    case 'bodyKind':
      return `${p.name}:${p.format.kind}`;
    case 'unknown':
      return `${p.name}:${p.format.format}`;
  }
}

/**
 * The mistakes of one template in one language: an unknown format, or a plural without one form per plural
 * category of the language. Each problem is one line of English and Vietnamese.
 */
export function templateProblems(template: string, locale: Locale): { en: string; vi: string }[] {
  const problems: { en: string; vi: string }[] = [];
  for (const p of placeholdersOf(template)) {
    if (p.format.kind === 'unknown') {
      problems.push({
        en: `${p.source} has the unknown format "${p.format.format}" (percent, weekday, date, bodyKind or plural:…)`,
        vi: `${p.source} có định dạng không xác định "${p.format.format}" (percent, weekday, date, bodyKind hoặc plural:…)`,
      });
    } else if (p.format.kind === 'plural' && p.format.forms.length !== PLURAL_CATEGORIES[locale].length) {
      const categories = PLURAL_CATEGORIES[locale].join('|');
      problems.push({
        en: `${p.source} needs ${PLURAL_CATEGORIES[locale].length} forms in ${locale} (${categories}), it has ${p.format.forms.length}`,
        vi: `${p.source} cần ${PLURAL_CATEGORIES[locale].length} dạng trong ${locale} (${categories}), đang có ${p.format.forms.length}`,
      });
    }
  }
  return problems;
}

// ---- The same grammar at the type level ----

type WordChar =
  | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm'
  | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z'
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M'
  | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z'
  | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '_';

/** `\w+`: one or more word characters. */
type IsName<S extends string> = S extends '' ? false : AllWordChars<S>;
type AllWordChars<S extends string> = S extends `${infer C}${infer Rest}`
  ? C extends WordChar
    ? AllWordChars<Rest>
    : false
  : true;

/**
 * What a format asks of its value: 'value' any FindingValue, 'number' a number, 'date' a string (an ISO date
 * or body kinds, checked at run time), 'unknown' nothing can do.
 */
type FormatNeed<Format extends string> = Format extends 'percent' | 'weekday' | `plural:${string}`
  ? 'number'
  : Format extends 'date' | 'bodyKind'
    ? 'date'
    : 'unknown';

/** One placeholder body (between the braces) as [name, need], or never when it is text. */
type Entry<Body extends string> = Body extends `${infer Name}:${infer Format}`
  ? IsName<Name> extends true
    ? [Name, FormatNeed<Format>]
    : never
  : IsName<Body> extends true
    ? [Body, 'value']
    : never;

/** Every placeholder of a literal template, as a union of [name, need]. */
export type PlaceholderEntries<T extends string> = T extends `${string}{${infer Body}}${infer Rest}`
  ? Body extends `${string}{${infer Inner}`
    ? // A "{" before the "}": the placeholder, if any, starts at the later brace (as the pattern does).
      PlaceholderEntries<`{${Inner}}${Rest}`>
    : Entry<Body> | PlaceholderEntries<Rest>
  : never;

type ValueFor<Needs> = 'unknown' extends Needs
  ? never
  : 'number' extends Needs
    ? 'date' extends Needs
      ? never // a number and a date at once: no value is both
      : number
    : 'date' extends Needs
      ? string
      : FindingValue;

/** The data a set of templates needs: each placeholder, typed by the strictest format it is used with. */
type DataFor<Entries extends [string, string]> = {
  readonly [K in Entries[0]]: ValueFor<Extract<Entries, [K, string]>[1]>;
};

/**
 * The data a message needs in every language. A template that is not a literal type (built at run time)
 * cannot be read by the compiler: its placeholders are then checked at run time only.
 */
export type MessageData<M> = M extends { readonly vi: infer Vi extends string; readonly en: infer En extends string }
  ? string extends Vi | En
    ? Readonly<Record<string, FindingValue>>
    : DataFor<PlaceholderEntries<Vi> | PlaceholderEntries<En>> & Readonly<Record<string, FindingValue>>
  : Readonly<Record<string, FindingValue>>;
