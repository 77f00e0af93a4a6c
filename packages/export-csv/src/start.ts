/** The start of a source, held back so the encoding and the delimiter are known before parsing begins. */

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
    if (next.done === true) return { bytes: join(parts, length), done: true };
    parts.push(next.value);
    length += next.value.byteLength;
    lineEnded ||= hasLineEnd(next.value);
  }
  return { bytes: join(parts, length), done: false };
}

/** The chunks as one array of bytes (`length` is their total); one chunk is returned as it is. */
export function join(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
