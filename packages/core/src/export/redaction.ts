/**
 * Redaction: what personal data an export leaves out. `defineExporter` applies the profile named in
 * `ExportOptions.redaction` to the dataset before the exporter sees it, so every format (CSV, XLSX, JSON,
 * Popolo, PDF, DOCX and any adapter made with `defineExporter`) writes the same redacted data and none can
 * forget a field. The input dataset is never changed.
 */
import { ConfigError } from '../errors/classes';
import { ENTITY_SCHEMAS, type CollectionName, type Dataset } from '../model/dataset';
import type { Nominee, Person } from '../model/nominee';
import type { VettingCase } from '../model/process';

/** What is kept of a date of birth: all of it, the year alone ("1970", ISO 8601 reduced precision), or nothing. */
export type BirthDateRedaction = 'full' | 'year' | 'omit';

export interface RedactionProfile {
  /** Keep the national id (số định danh cá nhân / CCCD / CMND) of people and vetting cases. */
  readonly nationalId: boolean;
  /** Keep addresses: a person's hometown (quê quán) and residence (nơi ở, with its unit), a vetting case's address. */
  readonly addresses: boolean;
  /** The date of birth of people and vetting cases. */
  readonly birthDate: BirthDateRedaction;
  /**
   * Further fields to leave out, as dot paths. A path that starts with a collection name is in that
   * collection ("vettingCases.notes"); any other is in a nominee ("person.workplace"). A path the model does not
   * have is refused (a typo must not leak the field it meant).
   */
  readonly fields?: readonly string[];
}

/**
 * - `public`: the published official list (Điều 57 of the election law and its list form print date of birth,
 *   hometown and residence): everything it prints stays, only the national id goes.
 * - `sensitive`: vetting data shared outside the assessors: no national id, no address, the birth year only.
 * - `none`: nothing removed (the default when no profile is given).
 */
export const REDACTION_PRESETS = {
  none: { nationalId: true, addresses: true, birthDate: 'full' },
  public: { nationalId: false, addresses: true, birthDate: 'full' },
  sensitive: { nationalId: false, addresses: false, birthDate: 'year' },
} as const satisfies Readonly<Record<string, RedactionProfile>>;

export type RedactionPresetName = keyof typeof REDACTION_PRESETS;
export type RedactionChoice = RedactionProfile | RedactionPresetName;

const BIRTH_DATE_CHOICES: readonly BirthDateRedaction[] = ['full', 'year', 'omit'];

/** The profile a choice names; an unknown preset or a malformed profile is a ConfigError. */
export function resolveRedaction(choice: RedactionChoice): RedactionProfile {
  if (typeof choice === 'string') {
    if (!Object.hasOwn(REDACTION_PRESETS, choice)) {
      const names = Object.keys(REDACTION_PRESETS).join(', ');
      throw new ConfigError(
        {
          vi: `Không có hồ sơ che dữ liệu "${choice}" (có: ${names})`,
          en: `There is no redaction profile "${choice}" (there are: ${names})`,
        },
        { details: { redaction: choice, presets: Object.keys(REDACTION_PRESETS) } },
      );
    }
    return REDACTION_PRESETS[choice];
  }
  if (typeof choice.nationalId !== 'boolean' || typeof choice.addresses !== 'boolean' || !BIRTH_DATE_CHOICES.includes(choice.birthDate)) {
    throw new ConfigError({
      vi: `Hồ sơ che dữ liệu cần nationalId và addresses (true/false) và birthDate (${BIRTH_DATE_CHOICES.join(', ')})`,
      en: `A redaction profile needs nationalId and addresses (true/false) and birthDate (${BIRTH_DATE_CHOICES.join(', ')})`,
    });
  }
  for (const path of choice.fields ?? []) checkPath(path);
  return choice;
}

/** The dataset as the profile lets it out. Returns the input itself when the profile removes nothing. */
export function redactDataset(data: Dataset, choice: RedactionChoice | undefined): Dataset {
  if (choice === undefined) return data;
  const profile = resolveRedaction(choice);
  const extra = (profile.fields ?? []).map(splitPath);
  if (profile.nationalId && profile.addresses && profile.birthDate === 'full' && extra.length === 0) return data;
  const out: Dataset = {
    ...data,
    nominees: data.nominees.map((n) => redactNominee(n, profile)),
    vettingCases: data.vettingCases.map((c) => redactCase(c, profile)),
  };
  for (const [collection, path] of extra) {
    (out as Record<string, unknown>)[collection] = (out[collection] as readonly object[]).map((e) => withoutPath(e, path));
  }
  return out;
}

function birthDate(date: string, rule: BirthDateRedaction): string | undefined {
  if (rule === 'full') return date;
  return rule === 'year' ? date.slice(0, 4) : undefined;
}

/** Drops `key` (so the field is absent, not `undefined`: JSON and equality treat both alike). */
function set<T extends object>(target: T, key: keyof T, value: unknown): void {
  if (value === undefined) delete target[key];
  else (target as Record<keyof T, unknown>)[key] = value;
}

function redactNominee(n: Nominee, p: RedactionProfile): Nominee {
  const person: Person = { ...n.person };
  if (!p.nationalId) delete person.nationalId;
  if (!p.addresses) {
    delete person.hometown;
    delete person.residence;
    // The unit of the residence places it to the commune: part of the address.
    delete person.residenceUnitId;
  }
  set(person, 'dateOfBirth', birthDate(person.dateOfBirth, p.birthDate));
  const sourceText = redactSourceText(n.sourceText, p);
  const out: Nominee = { ...n, person };
  set(out, 'sourceText', sourceText);
  return out;
}

function redactCase(c: VettingCase, p: RedactionProfile): VettingCase {
  const out: VettingCase = { ...c };
  if (!p.nationalId) delete out.nationalId;
  if (!p.addresses) delete out.address;
  if (out.dateOfBirth !== undefined) set(out, 'dateOfBirth', birthDate(out.dateOfBirth, p.birthDate));
  return out;
}

// Cells kept as written are keyed by the file's header, which may name a redacted field in any spelling:
// a header that mentions one of these words goes with the field.
const HEADER_WORDS = {
  nationalId: ['cccd', 'cmnd', 'định danh', 'căn cước', 'chứng minh', 'national id', 'identity'],
  addresses: ['quê', 'nơi ở', 'cư trú', 'thường trú', 'địa chỉ', 'hometown', 'residence', 'address'],
  birthDate: ['sinh', 'birth'],
} as const;

function redactSourceText(text: Nominee['sourceText'], p: RedactionProfile): Nominee['sourceText'] {
  if (text === undefined) return undefined;
  const words = [
    ...(p.nationalId ? [] : HEADER_WORDS.nationalId),
    ...(p.addresses ? [] : HEADER_WORDS.addresses),
    ...(p.birthDate === 'full' ? [] : HEADER_WORDS.birthDate),
  ];
  const kept = Object.entries(text).filter(([header]) => {
    const folded = header.normalize('NFC').toLowerCase();
    return !words.some((w) => folded.includes(w));
  });
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

function splitPath(path: string): [CollectionName, string[]] {
  const parts = path.split('.');
  return Object.hasOwn(ENTITY_SCHEMAS, parts[0]!) ? [parts[0] as CollectionName, parts.slice(1)] : ['nominees', parts];
}

function withoutPath<T extends object>(entity: T, path: readonly string[]): T {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(entity, head)) return entity;
  const copy = { ...entity } as Record<string, unknown>;
  const value = copy[head];
  if (rest.length === 0) delete copy[head];
  else if (Array.isArray(value)) copy[head] = value.map((v: unknown) => (isObject(v) ? withoutPath(v, rest) : v));
  else if (isObject(value)) copy[head] = withoutPath(value, rest);
  return copy as T;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, { readonly _zod: { readonly def: SchemaDef } }>>;
  readonly innerType?: { readonly _zod: { readonly def: SchemaDef } };
  readonly element?: { readonly _zod: { readonly def: SchemaDef } };
  readonly in?: { readonly _zod: { readonly def: SchemaDef } };
}

/** Walks the model's schema along the path, through optional, default, nullable and array wrappers. */
function checkPath(path: string): void {
  const [collection, parts] = splitPath(path);
  let def: SchemaDef | undefined = (ENTITY_SCHEMAS[collection] as unknown as { readonly _zod: { readonly def: SchemaDef } })._zod.def;
  for (const part of parts) {
    while (def !== undefined && def.type !== 'object') {
      def = (def.innerType ?? def.element ?? def.in)?._zod.def;
    }
    def = part === '' || def?.shape === undefined || !Object.hasOwn(def.shape, part) ? undefined : def.shape[part]!._zod.def;
    if (def === undefined) break;
  }
  if (def === undefined || parts.length === 0) {
    throw new ConfigError(
      {
        vi: `Hồ sơ che dữ liệu: trường "${path}" không có trong mô hình (${collection}); viết như "person.workplace" hoặc "vettingCases.notes"`,
        en: `Redaction profile: the model has no field "${path}" (${collection}); write e.g. "person.workplace" or "vettingCases.notes"`,
      },
      { details: { field: path, collection } },
    );
  }
}
