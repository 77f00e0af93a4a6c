import { ConfigError } from '../errors/classes';
import type { CollectionName } from '../model/dataset';
import { INDEXED_FIELDS, type FieldValue, type IndexedField } from './fields';
import type { FieldFilter, FieldSort, NormalizedQuery } from './driver/types';
import type { ListQuery, Where } from './types';

function fieldOf(collection: CollectionName, name: string, use: string): IndexedField {
  const field = (INDEXED_FIELDS[collection] as Record<string, IndexedField>)[name];
  if (field !== undefined && Object.hasOwn(INDEXED_FIELDS[collection], name)) return field;
  const known = Object.keys(INDEXED_FIELDS[collection]).join(', ');
  throw new ConfigError(
    {
      en: `Cannot ${use} ${collection} by "${name}": it is not an indexed field (indexed: ${known})`,
      vi: `Không thể ${use === 'filter' ? 'lọc' : 'sắp xếp'} ${collection} theo "${name}": không phải trường có chỉ mục (các trường: ${known})`,
    },
    { details: { collection, field: name } },
  );
}

function checkValue(collection: CollectionName, name: string, field: IndexedField, value: FieldValue): FieldValue {
  const ok = value === null || (field.kind === 'integer' ? Number.isInteger(value) : typeof value === 'string');
  if (ok) return value;
  throw new ConfigError(
    {
      en: `Filter ${collection}.${name} expects ${field.kind === 'integer' ? 'an integer' : 'a string'} or null, got ${JSON.stringify(value)}`,
      vi: `Bộ lọc ${collection}.${name} cần ${field.kind === 'integer' ? 'một số nguyên' : 'một chuỗi'} hoặc null, nhận được ${JSON.stringify(value)}`,
    },
    { details: { collection, field: name } },
  );
}

/** Checks a `where` against the collection's indexed fields; each condition becomes a list of accepted values. */
export function normalizeWhere<C extends CollectionName>(collection: C, where: Where<C> | undefined): FieldFilter[] {
  const filters: FieldFilter[] = [];
  for (const [name, condition] of Object.entries(where ?? {}) as [string, FieldValue | readonly FieldValue[] | undefined][]) {
    if (condition === undefined) continue;
    const field = fieldOf(collection, name, 'filter');
    const values = Array.isArray(condition) ? (condition as readonly FieldValue[]) : [condition as FieldValue];
    filters.push({ name, field, values: [...new Set(values.map((v) => checkValue(collection, name, field, v)))] });
  }
  return filters;
}

function checkCount(name: string, value: number | undefined, min: number): void {
  if (value === undefined || (Number.isInteger(value) && value >= min)) return;
  throw new ConfigError({
    en: `List option "${name}" must be an integer >= ${min}, got ${value}`,
    vi: `Tùy chọn danh sách "${name}" phải là số nguyên >= ${min}, nhận được ${value}`,
  });
}

/** Checks a list query and gives it a total order (the keys asked for, then `id`). */
export function normalizeQuery<C extends CollectionName>(collection: C, query: ListQuery<C> = {}): NormalizedQuery {
  checkCount('limit', query.limit, 0);
  checkCount('offset', query.offset, 0);
  const orderBy: FieldSort[] = [];
  for (const key of query.orderBy ?? []) {
    const descending = key.direction === 'desc';
    if (key.field === 'id') {
      orderBy.push({ name: 'id', field: undefined, descending });
      break; // id is unique: later keys cannot change the order
    }
    orderBy.push({ name: key.field, field: fieldOf(collection, key.field, 'sort'), descending });
  }
  if (orderBy.at(-1)?.name !== 'id') orderBy.push({ name: 'id', field: undefined, descending: false });
  return { where: normalizeWhere(collection, query.where), orderBy, limit: query.limit, offset: query.offset ?? 0 };
}

/**
 * Compares strings by Unicode code point, the order of SQLite's BINARY collation and PostgreSQL's "C"
 * collation on UTF-8. JavaScript's `<` compares UTF-16 code units, which differs for characters above
 * U+FFFF; the fix-up below maps surrogates above the rest of the BMP.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Compares two indexed values the way the SQL adapters do: absent first, integers numerically, text by code point. */
export function compareFieldValues(a: FieldValue, b: FieldValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareCodePoints(String(a), String(b));
}

/** Whether a row's field values pass every filter (for stores that filter in memory). */
export function matchesFilters(fields: Readonly<Record<string, FieldValue>>, filters: readonly FieldFilter[]): boolean {
  return filters.every((filter) => filter.values.includes(fields[filter.name] ?? null));
}

/** Sorts rows (id + field values) by a normalized order, in place. */
export function sortRows<R extends { readonly id: string; readonly fields: Readonly<Record<string, FieldValue>> }>(
  rows: R[],
  orderBy: readonly FieldSort[],
): R[] {
  return rows.sort((a, b) => {
    for (const key of orderBy) {
      const order =
        key.field === undefined
          ? compareCodePoints(a.id, b.id)
          : compareFieldValues(a.fields[key.name] ?? null, b.fields[key.name] ?? null);
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  });
}
