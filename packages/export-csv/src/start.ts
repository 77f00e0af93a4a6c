/** The start of a source, held back so the encoding and the delimiter are known before parsing begins. */
import { concatBytes } from '@ungcu/core/export';

/** Enough Vietnamese text (a header and a few hundred rows) to tell the encodings apart, and still bounded. */
export const START_BYTES = 64 * 1024;

function hasLineEnd(bytes: Uint8Array): boolean {
  return bytes.includes(0x0a) || bytes.includes(0x0d);
}

/**
 * Reads chunks until START_BYTES are held and a line has ended (so the header line is whole), or the source
 * ends. The chunks read are joined into one; the iterator goes on from the first chunk not read.
 */
export async function readStart(chunks: AsyncIterator<Uint8Array>): Promise<{ bytes: Uint8Array; done: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let lineEnded = false;
  while (length < START_BYTES || !lineEnded) {
    const next = await chunks.next();
    if (next.done === true) return { bytes: concatBytes(parts, length), done: true };
    parts.push(next.value);
    length += next.value.byteLength;
    lineEnded ||= hasLineEnd(next.value);
  }
  return { bytes: concatBytes(parts, length), done: false };
}
