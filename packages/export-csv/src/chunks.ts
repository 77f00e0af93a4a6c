import type { ImportSource } from '@ungcu/core/export';

/** The bytes of a source as chunks, whatever form it came in. */
export async function* chunksOf(data: ImportSource['data']): AsyncIterable<Uint8Array> {
  if (typeof data === 'string') yield new TextEncoder().encode(data);
  else if (data instanceof Uint8Array) yield data;
  else yield* data;
}

export function toArray(input: ImportSource | readonly ImportSource[]): readonly ImportSource[] {
  return Array.isArray(input) ? input : [input as ImportSource];
}
