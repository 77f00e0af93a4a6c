/**
 * Masks the secrets of a store's connection string before it reaches a message, an error's details or a
 * log line. A store spec is either a URL (`postgres://user:password@host/db?password=...`), a libpq
 * key/value string (`host=db password=secret`) or a file path; only the first two can hold a secret.
 */

const MASK = '***';

/** "scheme://": a URL rather than a file path or a key/value string. */
const URL_START = /^[a-z][a-z0-9+.-]*:\/\//iu;

/** URLs inside free text (an error message, a stack): up to a space, a quote or an angle bracket. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/giu;

/** Query parameters that carry a secret (libpq's `password` and `sslpassword`), compared case-insensitively. */
const SECRET_KEY = /^(?:ssl)?password$/iu;

/**
 * `password=...` in a libpq key/value string or in free text: a single-quoted value (backslash escapes) or a
 * bare one up to the next space. In a URL the parser finds the query's end; here an `&` may be part of the
 * password, so the mask runs on to the space (masking too much rather than too little).
 */
const KEY_VALUE_SECRET = /(\b(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S*)/giu;

function maskKeyValues(text: string): string {
  return text.replace(KEY_VALUE_SECRET, `$1${MASK}`);
}

/** A URL `new URL()` refuses (a bad port, a stray character): mask everything between "://" and the last "@". */
function redactUnparsedUrl(spec: string): string {
  const start = spec.indexOf('://') + 3;
  const at = spec.lastIndexOf('@');
  let out = spec;
  if (at > start) {
    const userinfo = spec.slice(start, at);
    const colon = userinfo.indexOf(':');
    if (colon >= 0) out = `${spec.slice(0, start)}${userinfo.slice(0, colon)}:${MASK}${spec.slice(at)}`;
  }
  return maskKeyValues(out);
}

function redactUrl(spec: string): string {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return redactUnparsedUrl(spec);
  }
  if (url.password !== '') url.password = MASK;
  // Rewriting the query re-encodes all of it: only do so when there is a secret to hide.
  const keys = [...url.searchParams.keys()].filter((key) => SECRET_KEY.test(key));
  for (const key of keys) url.searchParams.set(key, MASK);
  return url.href;
}

/**
 * The connection string with its password replaced by `***`: the password of a URL's user info, a
 * `password=` (or `sslpassword=`) query parameter, a libpq key/value `password=...`. A SQLite path comes back
 * unchanged. Never throws: a URL the WHATWG parser refuses still comes back with everything that could be a
 * password masked.
 */
export function redactConnectionString(spec: string): string {
  if (typeof spec !== 'string') return MASK;
  return URL_START.test(spec) ? redactUrl(spec) : maskKeyValues(spec);
}

/** The secrets a connection string carries, as written and percent-decoded, so they can be found in any text. */
function secretsOf(spec: string): string[] {
  const found: string[] = [];
  const add = (value: string) => {
    if (value === '' || value === MASK) return;
    found.push(value);
    try {
      const decoded = decodeURIComponent(value);
      if (decoded !== value) found.push(decoded);
    } catch {
      // Not valid percent-encoding: the raw form is the secret.
    }
  };
  if (URL_START.test(spec)) {
    try {
      const url = new URL(spec);
      add(url.password);
      for (const [key, value] of url.searchParams) if (SECRET_KEY.test(key)) add(value);
    } catch {
      const start = spec.indexOf('://') + 3;
      const userinfo = spec.slice(start, Math.max(start, spec.lastIndexOf('@')));
      if (userinfo.includes(':')) add(userinfo.slice(userinfo.indexOf(':') + 1));
    }
  }
  for (const match of spec.matchAll(KEY_VALUE_SECRET)) {
    const value = match[2] ?? '';
    add(value.startsWith("'") ? value.replace(/^'|'$/gu, '').replace(/\\(.)/gu, '$1') : value);
  }
  // Longest first, so a secret that contains another is masked whole.
  return found.sort((a, b) => b.length - a.length);
}

/**
 * Masks secrets in free text, such as a driver's error message or stack: the passwords of any URL or
 * `password=` in it, and every occurrence of the passwords `spec` carries (a server may quote them back).
 */
export function redactSecrets(text: string, spec?: string): string {
  let out = maskKeyValues(String(text).replace(URL_IN_TEXT, (url) => redactConnectionString(url)));
  if (spec !== undefined) for (const secret of secretsOf(spec)) out = out.split(secret).join(MASK);
  return out;
}
