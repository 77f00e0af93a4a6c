import { redactConnectionString, redactSecrets } from '@ungcu/core/storage';
import { isPGlite, type PGliteLike, type PgPoolLike } from './client';
import type { FailureContext } from './failure';

/** What a `pg.Pool` exposes of its configuration (its `options`), read only to name the store and hide secrets. */
interface PoolSettings {
  readonly options?: { readonly connectionString?: unknown; readonly password?: unknown; readonly host?: unknown; readonly database?: unknown };
}

function maskLiteral(text: string, secret: unknown): string {
  return typeof secret === 'string' && secret !== '' ? text.split(secret).join('***') : text;
}

/**
 * How the store's failures name it and what they must hide: a connection string's redacted form, an injected
 * pool's connection string or host and database (its password masked wherever it appears), or "PGlite".
 */
export function failureContext(client: PgPoolLike | PGliteLike | string): FailureContext {
  if (typeof client === 'string') {
    return { store: redactConnectionString(client), scrub: (text) => redactSecrets(text, client) };
  }
  if (isPGlite(client)) return { store: 'PGlite', scrub: (text) => redactSecrets(text) };
  const settings = (client as PgPoolLike & PoolSettings).options ?? {};
  const spec = typeof settings.connectionString === 'string' ? settings.connectionString : undefined;
  const scrub = (text: string) => maskLiteral(redactSecrets(text, spec), settings.password);
  if (spec !== undefined) return { store: redactConnectionString(spec), scrub };
  const where = [settings.host, settings.database].filter((part) => typeof part === 'string' && part !== '').join('/');
  return { store: where === '' ? 'PostgreSQL' : `PostgreSQL ${where}`, scrub };
}
