import { createServer } from 'node:net';
import { inspect } from 'node:util';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MigrationError, StorageError, type UngcuError } from '@ungcu/core/errors';
import { postgresStore } from '../src/index';
import { fakePostgres, type FakeServer } from './fake-server';

/**
 * Servers that fail, refuse or never answer. Each case checks the failure is a clear StorageError (or
 * MigrationError) naming the store by its redacted URL, and that the password is nowhere: not in the
 * message, the details, the cause (as a string or inspected) nor on the console.
 */
const SECRET = 's3cret-Mật-khẩu';
const ENCODED = encodeURIComponent(SECRET);

const printed: string[] = [];
beforeEach(() => {
  printed.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map((a) => inspect(a, { depth: 6 })).join(' '));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

const servers: FakeServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function fake(behaviour: Parameters<typeof fakePostgres>[0]): Promise<FakeServer> {
  const server = await fakePostgres(behaviour);
  servers.push(server);
  return server;
}

/** A port nothing listens on: one the system just gave us and we closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(open: Promise<unknown>): Promise<UngcuError> {
  const error = await open.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the store should not have opened').toBeInstanceOf(Error);
  return error as UngcuError;
}

function expectNoSecret(error: UngcuError): void {
  const places = {
    message: error.message,
    details: JSON.stringify(error.details),
    cause: String(error.cause),
    inspected: inspect(error, { depth: 8 }),
    console: printed.join('\n'),
  };
  for (const [place, text] of Object.entries(places)) {
    expect(text, place).not.toContain(SECRET);
    expect(text, place).not.toContain(ENCODED);
    expect(text, place).not.toContain('s3cret');
  }
}

describe('PostgreSQL servers that refuse or fail: clear errors, no password anywhere', () => {
  it('a refused port names the store by its redacted URL', { timeout: 15_000 }, async () => {
    const port = await closedPort();
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${port}/bau_cu`;
    const error = await failure(postgresStore(url));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.details).toMatchObject({ reason: 'connect', store: `postgres://ungcu:***@127.0.0.1:${port}/bau_cu` });
    expect(error.text.en).toContain('Cannot connect to the PostgreSQL server');
    expect(error.text.vi).toContain('Không kết nối được máy chủ PostgreSQL');
    expect(error.message).toContain(`postgres://ungcu:***@127.0.0.1:${port}/bau_cu`);
    expectNoSecret(error);
  });

  it('an unreachable host fails (unknown name or timeout) without the password', { timeout: 15_000 }, async () => {
    const url = `postgres://ungcu:${ENCODED}@ungcu-no-such-host.invalid:5432/bau_cu?connect_timeout=2`;
    const error = await failure(postgresStore(url));
    expect(error).toBeInstanceOf(StorageError);
    expect(['connect', 'timeout']).toContain(error.details['reason']);
    expectNoSecret(error);
  });

  it('a URL pg cannot parse (a port out of range): the parser\'s error carries the whole URL', async () => {
    const error = await failure(postgresStore(`postgres://ungcu:${ENCODED}@127.0.0.1:99999/bau_cu`));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toContain('postgres://ungcu:***@127.0.0.1:99999/bau_cu');
    expectNoSecret(error);
  });

  it('a failed authentication, even when the server quotes the password back', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'reject' });
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${server.port}/bau_cu`;
    const error = await failure(postgresStore(url));
    // The server did receive the password and did quote it in its message: the store hid it.
    expect(server.passwords).toContain(SECRET);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.details).toMatchObject({ reason: 'connect', sqlstate: '28P01' });
    expect(error.message).toContain('password authentication failed for user "ungcu" with password "***"');
    expectNoSecret(error);
  });

  it('an injected pool with a password option: named by host and database, the password masked', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'reject' });
    const pool = new pg.Pool({ host: '127.0.0.1', port: server.port, user: 'ungcu', password: SECRET, database: 'bau_cu', max: 1 });
    try {
      const error = await failure(postgresStore(pool));
      expect(server.passwords).toContain(SECRET);
      expect(error.details).toMatchObject({ reason: 'connect', store: 'PostgreSQL 127.0.0.1/bau_cu' });
      expectNoSecret(error);
    } finally {
      await pool.end();
    }
  });

  it('a migration the server refuses is a MigrationError without the password', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'accept', statement: (sql) => (sql.includes('CREATE TABLE "ungcu".elections') ? 'fail' : 'ok') });
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${server.port}/bau_cu`;
    const error = await failure(postgresStore(url));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain('permission denied');
    expect(error.message).toContain('(password "***")');
    expectNoSecret(error);
  });

  it('a statement the server refuses, quoting the password, is a StorageError without it', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'accept', statement: (sql) => (sql.startsWith('SELECT pg_advisory_xact_lock') ? 'fail' : 'ok') });
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${server.port}/bau_cu`;
    const error = await failure(postgresStore(url));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.details).toMatchObject({ reason: 'query', sqlstate: '42501' });
    expectNoSecret(error);
  });
});

describe('PostgreSQL servers that never answer: timeouts', () => {
  it('a server that accepts and never answers the startup ends after connect_timeout (libpq: 1 means 2 s)', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'stall' });
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${server.port}/bau_cu?connect_timeout=1`;
    const error = await failure(postgresStore(url));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.details).toMatchObject({ reason: 'timeout', timeoutMs: 2000, store: `postgres://ungcu:***@127.0.0.1:${server.port}/bau_cu?connect_timeout=1` });
    expect(error.text.en).toContain('The PostgreSQL server did not answer within 2 s');
    expect(error.text.vi).toContain('Máy chủ PostgreSQL không trả lời sau 2 giây');
    expectNoSecret(error);
  });

  it('connectTimeoutMs overrides the URL', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'stall' });
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${server.port}/bau_cu?connect_timeout=600`;
    const error = await failure(postgresStore(url, { connectTimeoutMs: 1500 }));
    expect(error.details).toMatchObject({ reason: 'timeout', timeoutMs: 1500 });
    expect(error.text.vi).toContain('không trả lời sau 1,5 giây');
    expectNoSecret(error);
  });

  it('a server that lets the client in and then stalls a statement ends after queryTimeoutMs', { timeout: 15_000 }, async () => {
    const server = await fake({ startup: 'accept', statement: (sql) => (sql.startsWith('CREATE SCHEMA') ? 'stall' : 'ok') });
    const url = `postgres://ungcu:${ENCODED}@127.0.0.1:${server.port}/bau_cu`;
    const error = await failure(postgresStore(url, { queryTimeoutMs: 1000 }));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.details).toMatchObject({ reason: 'timeout', timeoutMs: 1000 });
    expect(error.text.en).toContain('The PostgreSQL server did not answer within 1 s');
    expectNoSecret(error);
  });

  it('refuses a connect_timeout that is not a whole number, without the password', async () => {
    const error = await failure(postgresStore(`postgres://ungcu:${ENCODED}@127.0.0.1:1/bau_cu?connect_timeout=soon`));
    expect(error.code).toBe('invalid-option');
    expectNoSecret(error);
  });
});

/** The same checks against the real server when UNGCU_TEST_POSTGRES_URL is set (trust auth accepts any password). */
const serverUrl = process.env['UNGCU_TEST_POSTGRES_URL'];
if (serverUrl === undefined || serverUrl === '') {
  const reason = 'UNGCU_TEST_POSTGRES_URL is not set; the fake server above ran the same failure paths';
  console.warn(`[storage-postgres] real-server failure cases not run: ${reason}`);
  describe.skip(`PostgreSQL (real server) failures: not run because ${reason}`, () => {
    it('an unknown database and a failed migration hide the password', () => {});
  });
} else {
  describe('PostgreSQL (real server) failures: no password anywhere', () => {
    const withSecret = (database?: string) => {
      const url = new URL(serverUrl);
      url.password = ENCODED;
      if (database !== undefined) url.pathname = `/${database}`;
      return url.href;
    };

    it('an unknown database', { timeout: 15_000 }, async () => {
      const error = await failure(postgresStore(withSecret('ungcu_no_such_database')));
      expect(error).toBeInstanceOf(StorageError);
      expect(error.details).toMatchObject({ reason: 'connect', sqlstate: '3D000' });
      expect(error.message).toContain('ungcu_no_such_database');
      expectNoSecret(error);
    });

    it('a migration that fails on what is already there', { timeout: 15_000 }, async () => {
      const schema = `ungcu_hostile_${process.pid}`;
      const admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
      try {
        // A table in the way of migration 1, which the ledger does not know about.
        await admin.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".elections (x integer)`);
        const error = await failure(postgresStore(withSecret(), { schema }));
        expect(error).toBeInstanceOf(MigrationError);
        expect(error.message).toContain('already exists');
        expectNoSecret(error);
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await admin.end();
      }
    });
  });
}
