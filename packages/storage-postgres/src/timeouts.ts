import { ConfigError } from '@ungcu/core/errors';

/** Connecting waits this long when neither the URL's connect_timeout nor the option says otherwise. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/**
 * A statement waits this long for the server's answer. Long enough for a writer queued behind another's
 * row locks during a national import (minutes), short enough that a server that stopped answering ends.
 */
export const DEFAULT_QUERY_TIMEOUT_MS = 300_000;

export interface PoolTimeouts {
  /** 0: wait forever (libpq's meaning of connect_timeout=0). */
  readonly connectTimeoutMs: number;
  /** 0: wait forever. */
  readonly queryTimeoutMs: number;
}

function invalid(name: string, value: string, store: string): ConfigError {
  const unit = name === 'connect_timeout' ? { en: 'seconds', vi: 'giây' } : { en: 'milliseconds', vi: 'mili giây' };
  return new ConfigError(
    {
      en: `${name} must be a whole number of ${unit.en}, not "${value}" (${store})`,
      vi: `${name} phải là số nguyên ${unit.vi}, không phải "${value}" (${store})`,
    },
    { details: { option: name, value, store } },
  );
}

/**
 * The connect_timeout of a connection URL in milliseconds, with libpq's meaning: whole seconds, 0 or a
 * negative value waits forever, and anything from 1 counts as at least 2 s (libpq's minimum). pg reads it
 * only in its native binding, which is why the store applies it itself. Undefined when the URL has none.
 */
export function connectTimeoutFromUrl(spec: string, store: string): number | undefined {
  let raw: string | null;
  try {
    raw = new URL(spec).searchParams.get('connect_timeout');
  } catch {
    return undefined; // pg reports the malformed URL itself when it connects.
  }
  if (raw === null) return undefined;
  const text = raw.trim();
  if (!/^[+-]?\d+$/u.test(text)) throw invalid('connect_timeout', raw, store);
  const secondsValue = Number.parseInt(text, 10);
  if (secondsValue <= 0) return 0;
  return Math.max(2, secondsValue) * 1000;
}

/** The timeouts of a pool the store creates: the options first, then the URL, then the defaults. */
export function poolTimeouts(
  spec: string,
  store: string,
  options: { readonly connectTimeoutMs?: number; readonly queryTimeoutMs?: number },
): PoolTimeouts {
  for (const name of ['connectTimeoutMs', 'queryTimeoutMs'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) throw invalid(name, String(value), store);
  }
  return {
    connectTimeoutMs: options.connectTimeoutMs ?? connectTimeoutFromUrl(spec, store) ?? DEFAULT_CONNECT_TIMEOUT_MS,
    queryTimeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
  };
}
