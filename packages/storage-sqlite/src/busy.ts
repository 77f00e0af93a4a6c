import { StorageError } from '@ungcu/core/errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SQLITE_BUSY and its kin, raw from better-sqlite3 or wrapped by `guard` (details.sqliteCode). */
export function isBusy(error: unknown): boolean {
  const raw = (error as { code?: unknown }).code;
  const wrapped = (error as { details?: { sqliteCode?: unknown } }).details?.sqliteCode;
  const code = typeof wrapped === 'string' ? wrapped : raw;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_BUSY_RECOVERY' || code === 'SQLITE_LOCKED';
}

/**
 * Runs `fn` until it stops failing with SQLITE_BUSY, for at most `timeoutMs`. SQLite's own busy wait would
 * block the event loop, and with it the very transaction holding the lock when that is another connection
 * of this process; so connections run with busy_timeout 0 and wait here, asynchronously, instead.
 */
export async function whileBusy<T>(fn: () => T | Promise<T>, timeoutMs: number, store: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= deadline) {
        throw new StorageError(
          {
            en: `The SQLite database stayed locked by another connection for ${timeoutMs} ms (${store}); raise busyTimeoutMs or retry`,
            vi: `Cơ sở dữ liệu SQLite bị một kết nối khác khóa quá ${timeoutMs} ms (${store}); hãy tăng busyTimeoutMs hoặc thử lại`,
          },
          { cause: error, details: { reason: 'busy', store, timeoutMs } },
        );
      }
      await sleep(wait);
    }
  }
}
