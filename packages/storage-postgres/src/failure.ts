import { isUngcuError, StorageError } from '@ungcu/core/errors';

/** How failures of one store name it and hide its secrets. */
export interface FailureContext {
  /** The store as messages name it: the redacted connection string, or "PGlite". */
  readonly store: string;
  /** Masks the connection's secrets (its password, any URL or password=) in a piece of text. */
  readonly scrub: (text: string) => string;
  /** The timeouts of a pool the store created, for the messages; undefined when the caller owns the pool. */
  readonly connectTimeoutMs?: number;
  readonly queryTimeoutMs?: number;
}

/** Why the store failed, in `details.reason`, so a caller can tell a dead server from a bad query. */
export type FailureReason = 'timeout' | 'connect' | 'query';

// pg and pg-pool report their timeouts as plain Errors; these are their exact messages (pg 8).
const CONNECT_TIMEOUTS = new Set([
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'timeout expired',
]);
const QUERY_TIMEOUT = 'Query read timeout';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE']);

function messageOf(cause: unknown): string {
  if (cause instanceof Error) {
    // Node reports a refused connection to every address of a host as an AggregateError with no message.
    const code = (cause as { code?: unknown }).code;
    return cause.message !== '' ? cause.message : typeof code === 'string' ? code : cause.name;
  }
  return String(cause);
}

function classify(cause: unknown): { reason: FailureReason; timeout?: 'connect' | 'query' } {
  const message = cause instanceof Error ? cause.message : '';
  if (CONNECT_TIMEOUTS.has(message)) return { reason: 'timeout', timeout: 'connect' };
  if (message === QUERY_TIMEOUT) return { reason: 'timeout', timeout: 'query' };
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') {
    // SQLSTATE class 08 is a connection exception, 28 an authorization failure; 3D000 an unknown database.
    if (NETWORK_CODES.has(code) || code.startsWith('08') || code.startsWith('28') || code === '3D000') return { reason: 'connect' };
  }
  if (message === 'Connection terminated unexpectedly') return { reason: 'connect' };
  return { reason: 'query' };
}

/**
 * A copy of the driver's error with the connection's secrets masked in its message, stack and string
 * fields (Node's URL errors carry the whole input, a server may quote the password). The error itself is kept
 * when it holds nothing to hide, so callers still see pg's own class.
 */
export function scrubError(cause: unknown, scrub: (text: string) => string): unknown {
  if (typeof cause === 'string') return scrub(cause);
  if (!(cause instanceof Error)) return cause;
  const inner = (cause as { cause?: unknown }).cause;
  const innerScrubbed = inner === undefined ? undefined : scrubError(inner, scrub);
  const fields = Object.entries(cause).filter(([key]) => key !== 'cause');
  const leaks =
    scrub(cause.message) !== cause.message ||
    (cause.stack !== undefined && scrub(cause.stack) !== cause.stack) ||
    fields.some(([, value]) => typeof value === 'string' && scrub(value) !== value) ||
    innerScrubbed !== inner;
  if (!leaks) return cause;
  const copy = new Error(scrub(cause.message), innerScrubbed === undefined ? {} : { cause: innerScrubbed });
  copy.name = cause.name;
  for (const [key, value] of fields) (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? scrub(value) : value;
  copy.stack = cause.stack === undefined ? `${copy.name}: ${copy.message}` : scrub(cause.stack);
  return copy;
}

/** Seconds for a message, with the locale's decimal separator (1.5 s / 1,5 giây). */
function seconds(ms: number, locale: 'en' | 'vi'): string {
  const text = String(Math.round(ms / 100) / 10);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/**
 * Wraps a database failure (connection refused, authentication, timeout, serialization failure, disk full)
 * as a StorageError naming the store by its redacted connection string, with no secret anywhere in it.
 */
export function storageFailure(cause: unknown, context: FailureContext): unknown {
  if (isUngcuError(cause)) return cause;
  const { reason, timeout } = classify(cause);
  const sqlstate = (cause as { code?: unknown } | undefined)?.code;
  const state = typeof sqlstate === 'string' && /^[0-9A-Z]{5}$/u.test(sqlstate) ? sqlstate : undefined;
  const message = context.scrub(messageOf(cause)) + (state === undefined ? '' : ` (${state})`);
  const store = context.store;
  const details: Record<string, unknown> = { reason, store, ...(state === undefined ? {} : { sqlstate: state }) };
  const scrubbed = scrubError(cause, context.scrub);
  if (reason === 'timeout') {
    const ms = timeout === 'connect' ? context.connectTimeoutMs : context.queryTimeoutMs;
    const option = timeout === 'connect' ? 'connect_timeout' : 'queryTimeoutMs';
    if (ms !== undefined) {
      details['timeoutMs'] = ms;
      return new StorageError(
        {
          en: `The PostgreSQL server did not answer within ${seconds(ms, 'en')} s (${store}); check the server and the network, or raise ${option}`,
          vi: `Máy chủ PostgreSQL không trả lời sau ${seconds(ms, 'vi')} giây (${store}); hãy kiểm tra máy chủ và mạng, hoặc tăng ${option}`,
        },
        { cause: scrubbed, details },
      );
    }
    return new StorageError(
      {
        en: `The PostgreSQL server did not answer in time (${store}): ${message}`,
        vi: `Máy chủ PostgreSQL không trả lời kịp (${store}): ${message}`,
      },
      { cause: scrubbed, details },
    );
  }
  if (reason === 'connect') {
    return new StorageError(
      {
        en: `Cannot connect to the PostgreSQL server (${store}): ${message}`,
        vi: `Không kết nối được máy chủ PostgreSQL (${store}): ${message}`,
      },
      { cause: scrubbed, details },
    );
  }
  return new StorageError(
    { en: `PostgreSQL failed (${store}): ${message}`, vi: `PostgreSQL gặp lỗi (${store}): ${message}` },
    { cause: scrubbed, details },
  );
}

/** True for a StorageError this module made from a timeout: the connection is stuck and must be dropped. */
export function isTimeoutFailure(error: unknown): boolean {
  return isUngcuError(error) && error.details['reason'] === 'timeout';
}
