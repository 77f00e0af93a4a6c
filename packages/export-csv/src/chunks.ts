import type { ImportSource } from '@ungcu/core/export';

/** Bytes given whole are read in pieces of this size, so no more than one piece is ever decoded at a time. */
const PIECE = 64 * 1024;
/** Bytes in memory never wait for I/O: every this many pieces, other work (timers, requests) gets a turn. */
const PIECES_PER_TURN = 16;

/**
 * A turn of the event loop: setImmediate where there is one (Node), else a timer (browsers), reached through
 * the global object so the main entry imports nothing of Node.
 */
const turn: () => Promise<void> =
  typeof globalThis.setImmediate === 'function'
    ? () => new Promise((resolve) => globalThis.setImmediate(resolve))
    : () => new Promise((resolve) => setTimeout(resolve, 0));

/** The bytes of a source as chunks, whatever form it came in. */
export async function* chunksOf(data: ImportSource['data']): AsyncIterable<Uint8Array> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    for (let at = 0, n = 1; at < bytes.byteLength; at += PIECE, n++) {
      yield bytes.subarray(at, at + PIECE);
      if (n % PIECES_PER_TURN === 0) await turn();
    }
  } else yield* data;
}
