/**
 * What changed in an entity, field by field, in words an election official reads: "ngày sinh 01/02/1970 →
 * 02/01/1970". A re-import lists these so that a corrected list says what it corrected, and the dry run can
 * be checked before anything is written. Labels come from NOMINEE_FIELD_LABELS, which the nominee template's
 * headers are made from too.
 */
import type { LocalizedText } from '../model/primitives';
import { formatDayFirstDate, isIsoDate } from '../text/dates';
import { NOMINEE_FIELD_LABELS } from './field-labels';

export interface FieldChange {
  /** Dotted path in the entity ("person.dateOfBirth", "nomination.status"). */
  readonly path: string;
  /** The field's name for people, from the template column that holds it (else the path). */
  readonly label: LocalizedText;
  /** The stored value (undefined when the field was absent). */
  readonly before: unknown;
  /** The imported value (undefined when the field is now absent). */
  readonly after: unknown;
}

/** Fields that two template columns share, or that no column holds as such. */
const OTHER_LABELS: readonly (readonly [string, LocalizedText])[] = [
  ['person.incumbencies', { vi: 'các nhiệm kỳ đại biểu', en: 'terms as a deputy' }],
  ['nomination.constituencyId', { vi: 'đơn vị bầu cử', en: 'constituency' }],
  ['nomination.bodyId', { vi: 'cơ quan được bầu', en: 'body' }],
  ['nomination.organizationId', { vi: 'cơ quan, tổ chức giới thiệu', en: 'nominating organization' }],
  ['sourceText', { vi: 'nội dung giữ nguyên văn', en: 'text kept as written' }],
];

const LABELS: ReadonlyMap<string, LocalizedText> = /* @__PURE__ */ new Map([
  ...Object.entries(NOMINEE_FIELD_LABELS).map(
    ([path, label]) => [path, { vi: label.vi.toLocaleLowerCase('vi'), en: label.en.toLowerCase() }] as const,
  ),
  ...OTHER_LABELS,
]);

/** The label of a path: the template column that holds it, else the path itself. */
export function fieldLabel(path: string): LocalizedText {
  return LABELS.get(path) ?? { vi: path, en: path };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys: two documents that differ only in key order are equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

/**
 * The leaves that differ between two documents. Objects are walked; arrays and scalars compare whole, so a
 * changed list of incumbencies is one change, as the official list shows it in one cell. `version` is the
 * store's, never a change of the data.
 */
export function diffEntity(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys
      .filter((k) => !(path === '' && k === 'version'))
      .flatMap((k) => diffEntity(before[k], after[k], path === '' ? k : `${path}.${k}`));
  }
  if (canonicalJson(before) === canonicalJson(after)) return [];
  return [{ path, label: fieldLabel(path), before, after }];
}

/** A value as the lists write it: dates day first, lists joined, absence as "(trống)"/"(empty)". */
export function formatFieldValue(value: unknown, locale: 'vi' | 'en'): string {
  if (value === undefined || value === null || value === '') return locale === 'vi' ? '(trống)' : '(empty)';
  if (typeof value === 'string') return isIsoDate(value) ? formatDayFirstDate(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return canonicalJson(value);
}

/** "ngày sinh 01/02/1970 → 02/01/1970" */
export function formatFieldChange(change: FieldChange, locale: 'vi' | 'en'): string {
  return `${change.label[locale]} ${formatFieldValue(change.before, locale)} → ${formatFieldValue(change.after, locale)}`;
}
