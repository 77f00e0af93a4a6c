import { StorageError } from '@ungcu/core/errors';
import type { FieldValue } from '@ungcu/core/storage';
import type { FieldFilter, FieldSort } from '@ungcu/core/storage/driver';

/** Runs a statement, turning a SQLite failure (disk full, corrupt file, locked) into a StorageError. */
/** What a guarded statement was doing, in both languages. */
const ACTIONS = {
  read: { en: 'read', vi: 'đọc dữ liệu' },
  write: { en: 'write', vi: 'ghi dữ liệu' },
  commit: { en: 'commit', vi: 'xác nhận giao dịch' },
  migrate: { en: 'migrate', vi: 'nâng cấp lược đồ' },
  'open the database': { en: 'open the database', vi: 'mở cơ sở dữ liệu' },
} as const;

export function guard<T>(what: keyof typeof ACTIONS, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      throw new StorageError(
        {
          en: `SQLite could not ${ACTIONS[what].en}: ${(cause as Error).message} (${code})`,
          vi: `SQLite không thể ${ACTIONS[what].vi}: ${(cause as Error).message} (${code})`,
        },
        { cause, details: { sqliteCode: code } },
      );
    }
    throw cause;
  }
}

/** The WHERE clause of a filter list; long value lists go through json_each so one statement fits any size. */
export function whereSql(filters: readonly FieldFilter[], params: unknown[]): string {
  if (filters.length === 0) return '';
  const parts = filters.map((filter) => {
    const column = filter.field.column;
    const values = filter.values.filter((v): v is Exclude<FieldValue, null> => v !== null);
    const alternatives: string[] = [];
    if (values.length > 0 && values.length <= 32) {
      alternatives.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    } else if (values.length > 32) {
      alternatives.push(`${column} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(values));
    }
    if (filter.values.includes(null)) alternatives.push(`${column} IS NULL`);
    return alternatives.length === 0 ? '0' : `(${alternatives.join(' OR ')})`;
  });
  return ` WHERE ${parts.join(' AND ')}`;
}

/** ORDER BY with the port's null order: absent first when ascending, last when descending. */
export function orderSql(orderBy: readonly FieldSort[]): string {
  return ` ORDER BY ${orderBy
    .map((key) => {
      const column = key.field?.column ?? 'id';
      return key.descending ? `${column} DESC NULLS LAST` : `${column} ASC NULLS FIRST`;
    })
    .join(', ')}`;
}
