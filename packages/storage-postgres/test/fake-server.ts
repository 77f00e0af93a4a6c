import { createServer, type Socket } from 'node:net';

/**
 * A hostile PostgreSQL server on 127.0.0.1 (port 0) for the failure tests: it speaks just enough of the
 * wire protocol (v3) to take pg through startup, and then misbehaves as told. It quotes the password it
 * receives back in its error messages, as a careless or malicious server could.
 */
export interface FakeServerBehaviour {
  /**
   * After the startup message: "stall" never answers; "reject" asks for a cleartext password and refuses it;
   * "accept" asks for the password and lets the client in.
   */
  readonly startup: 'stall' | 'reject' | 'accept';
  /** Once in, each statement: answered (no rows), failed with an error quoting the password, or never answered. */
  readonly statement?: (sql: string) => 'ok' | 'fail' | 'stall';
}

export interface FakeServer {
  readonly port: number;
  /** The passwords clients sent. */
  readonly passwords: string[];
  close(): Promise<void>;
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8');

function errorResponse(severity: string, sqlstate: string, text: string): Buffer {
  return message('E', Buffer.concat([cstring(`S${severity}`), cstring(`V${severity}`), cstring(`C${sqlstate}`), cstring(`M${text}`), Buffer.from([0])]));
}

const authOk = () => message('R', int32(0));
const askPassword = () => message('R', int32(3));
const ready = (status: 'I' | 'T' | 'E') => message('Z', Buffer.from(status, 'latin1'));
const commandComplete = (tag: string) => message('C', cstring(tag));

/** Splits the client's bytes into messages: the first is untyped (startup), the rest typed. */
function reader(onMessage: (type: string, body: Buffer) => void): (chunk: Buffer) => void {
  let buffered = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const offset = started ? 1 : 0;
      if (buffered.length < offset + 4) return;
      const length = buffered.readInt32BE(offset);
      if (buffered.length < offset + length) return;
      const type = started ? buffered.toString('latin1', 0, 1) : '';
      onMessage(type, buffered.subarray(offset + 4, offset + length));
      buffered = buffered.subarray(offset + length);
      started = true;
    }
  };
}

export async function fakePostgres(behaviour: FakeServerBehaviour): Promise<FakeServer> {
  const sockets = new Set<Socket>();
  const passwords: string[] = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let password = '';
    let stalled = false;
    let pendingSql = '';
    /** Answers one statement as the behaviour says; `extended` adds what the extended protocol expects first. */
    const answer = (sql: string, extended: boolean) => {
      const verdict = behaviour.statement?.(sql) ?? 'ok';
      if (verdict === 'stall') {
        stalled = true;
        return;
      }
      if (verdict === 'fail') socket.write(errorResponse('ERROR', '42501', `permission denied for "${sql.slice(0, 40)}" (password "${password}")`));
      else if (extended) socket.write(Buffer.concat([message('1', Buffer.alloc(0)), message('2', Buffer.alloc(0)), message('n', Buffer.alloc(0)), commandComplete('SELECT 0')]));
      else socket.write(commandComplete('SELECT 0'));
      socket.write(ready('T'));
    };
    socket.on(
      'data',
      reader((type, body) => {
        if (stalled) return;
        if (type === '') {
          // An SSLRequest (80877103) is refused with "N"; pg then sends the real startup message.
          if (body.length === 4 && body.readInt32BE(0) === 80877103) {
            socket.write('N');
            return;
          }
          if (behaviour.startup === 'stall') stalled = true;
          else socket.write(askPassword());
          return;
        }
        if (type === 'p') {
          password = body.toString('utf8').replace(/\0$/u, '');
          passwords.push(password);
          if (behaviour.startup === 'reject') {
            socket.end(errorResponse('FATAL', '28P01', `password authentication failed for user "ungcu" with password "${password}"`));
          } else socket.write(Buffer.concat([authOk(), ready('I')]));
          return;
        }
        if (type === 'Q') answer(body.toString('utf8').replace(/\0$/u, ''), false);
        // Extended protocol: Parse carries the SQL; the whole exchange is answered at Sync.
        if (type === 'P') {
          const nameEnd = body.indexOf(0);
          pendingSql = body.toString('utf8', nameEnd + 1, body.indexOf(0, nameEnd + 1));
        }
        if (type === 'S') answer(pendingSql, true);
        if (type === 'X') socket.end();
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake server has no TCP port');
  return {
    port: address.port,
    passwords,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
