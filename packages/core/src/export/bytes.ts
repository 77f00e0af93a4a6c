/**
 * Chunks of bytes joined into one array: what an exporter's `write` makes of its `stream`, what an importer
 * makes of a source it must hold whole. One implementation, so the copy is made once and in one place.
 */

/** The parts as one array (`length`, their total, when the caller has counted it); one part is returned as it is. */
export function concatBytes(parts: readonly Uint8Array[], length?: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length ?? parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** Every chunk of a stream, joined. */
export async function collectBytes(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const part of stream) {
    parts.push(part);
    length += part.byteLength;
  }
  return parts.length === 0 ? new Uint8Array(0) : concatBytes(parts, length);
}
