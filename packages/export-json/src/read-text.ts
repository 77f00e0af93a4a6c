/**
 * The text of one JSON source, bounded: a stream is read chunk by chunk and abandoned as soon as it passes
 * the byte limit, so an oversized upload costs no more memory than the limit. JSON is UTF-8 (RFC 8259):
 * bytes that are not are refused rather than turned into U+FFFD, which would change a name silently.
 */
import type { ImportError, ImportSource } from '@ungcu/core/export';
import { importError } from '@ungcu/core/export';

/**
 * Default bound on one file: 256 MiB. A JSON text must become one string before it is parsed, and V8 cannot
 * hold a string much over 512 M characters; the real 2021 list is 1.4 MB.
 */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const MIB = 1024 * 1024;
const mib = (bytes: number): string => (bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1);

export async function readSourceText(source: ImportSource, maxBytes: number): Promise<string | ImportError> {
  const { name, data } = source;
  const tooLarge = (seen: number): ImportError =>
    importError({ file: name, row: 0 }, 'input-limit', {
      vi: `Tệp JSON lớn hơn giới hạn ${mib(maxBytes)} MiB (đã đọc ${mib(seen)} MiB); hãy tách tệp, hoặc nâng giới hạn maxBytes của bộ nhập.`,
      en: `The JSON file is larger than the ${mib(maxBytes)} MiB limit (${mib(seen)} MiB read); split the file, or raise the importer's maxBytes.`,
    });
  let bytes: Uint8Array;
  if (typeof data === 'string') {
    // Counted as UTF-8, as the same text on disk would be.
    bytes = new TextEncoder().encode(data);
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
  } else if (data instanceof Uint8Array) {
    if (data.length > maxBytes) return tooLarge(data.length);
    bytes = data;
  } else {
    const parts: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of data) {
      length += chunk.length;
      // Leaving the loop closes the stream (for await calls its return()).
      if (length > maxBytes) return tooLarge(length);
      parts.push(chunk);
    }
    bytes = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return importError({ file: name, row: lineAtByte(bytes, offset) }, 'unreadable-file', {
      vi: `Tệp JSON phải được lưu ở UTF-8; byte thứ ${offset + 1} không phải UTF-8 hợp lệ.`,
      en: `A JSON file must be saved as UTF-8; byte ${offset + 1} is not valid UTF-8.`,
    });
  }
}

/** The offset of the first byte that does not decode, found by decoding ever longer prefixes in halves. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const valid = (end: number): boolean => {
    try {
      // stream: true lets a prefix end inside a character without counting that as an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (valid(mid)) good = mid;
    else bad = mid;
  }
  // The longest valid prefix may end inside a sequence the next byte breaks: the fault is its lead byte.
  let lead = good - 1;
  while (lead > 0 && good - lead < 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  const first = bytes[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead >= 0 && good - lead < length ? lead : good;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
