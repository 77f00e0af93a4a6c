/**
 * Which encoding a CSV file is in, from the start of its bytes, and a decoder for the rest. UTF-8 (with or
 * without a byte order mark) is read as before, with no conversion. A file that is not UTF-8 is read as one
 * of the legacy Vietnamese encodings only when one of them clearly reads as Vietnamese (see
 * detectLegacyVietnamese in @ungcu/core/text).
 */
import {
  LEGACY_VIETNAMESE_NAMES,
  type LegacyVietnameseEncoding,
  decodeTcvn3,
  decodeVniPart,
  detectLegacyVietnamese,
} from '@ungcu/core/text';

export type CsvEncoding = 'utf-8' | LegacyVietnameseEncoding;

export type EncodingGuess =
  | { readonly encoding: CsvEncoding; readonly detected: boolean }
  | { readonly encoding: undefined; readonly candidates: readonly { readonly encoding: LegacyVietnameseEncoding; readonly share: number }[] };

/** Bytes turned into text this many at a time: String.fromCharCode takes them as arguments, which are bounded. */
const LATIN1_SLICE = 0x2000;

/**
 * Bytes read as Latin-1: one code point per byte, the input every legacy table is written against. Not
 * TextDecoder('latin1'), which is windows-1252 under the WHATWG label and maps 0x80–0x9F elsewhere; not Buffer,
 * which a browser does not have.
 */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.byteLength; at += LATIN1_SLICE) {
    text += String.fromCharCode(...bytes.subarray(at, at + LATIN1_SLICE));
  }
  return text;
}

function isUtf8(start: Uint8Array, complete: boolean): boolean {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return true;
  try {
    // Streaming mode lets the start end inside a character, as a cut at 64 KiB may.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a file from its first bytes (`complete` when they are the whole file). */
export function guessEncoding(start: Uint8Array, complete: boolean, forced: CsvEncoding | 'auto' = 'auto'): EncodingGuess {
  if (forced !== 'auto') return { encoding: forced, detected: false };
  if (isUtf8(start, complete)) return { encoding: 'utf-8', detected: true };
  const guess = detectLegacyVietnamese(latin1(start));
  return guess.encoding === undefined ? { encoding: undefined, candidates: guess.candidates } : { encoding: guess.encoding, detected: true };
}

/** Turns the chunks of a legacy-encoded file into Unicode NFC text, however the chunks cut it. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

// A combining mark at the start of the next chunk belongs to the letter that ends this one: hold that back.
function splitBeforeLastBase(text: string): [string, string] {
  let i = text.length;
  while (i > 0 && /\p{M}/u.test(text[i - 1]!)) i--;
  const at = Math.max(0, i - 1);
  return [text.slice(0, at), text.slice(at)];
}

export function chunkDecoder(encoding: LegacyVietnameseEncoding): ChunkDecoder {
  switch (encoding) {
    case 'tcvn3':
      return { write: (bytes) => decodeTcvn3(latin1(bytes)), end: () => '' };
    case 'vni': {
      let rest = '';
      return {
        write(bytes) {
          const part = decodeVniPart(rest + latin1(bytes), false);
          rest = part.rest;
          return part.text;
        },
        end: () => decodeVniPart(rest, true).text,
      };
    }
    case 'windows-1258': {
      // The platform's WHATWG table (full ICU, the default Node build); see the package README for why.
      const decoder = new TextDecoder('windows-1258');
      let held = '';
      return {
        write(bytes) {
          const [ready, next] = splitBeforeLastBase(held + decoder.decode(bytes, { stream: true }));
          held = next;
          return ready.normalize('NFC');
        },
        end: () => (held + decoder.decode()).normalize('NFC'),
      };
    }
  }
}

export function encodingName(encoding: CsvEncoding): string {
  return encoding === 'utf-8' ? 'UTF-8' : LEGACY_VIETNAMESE_NAMES[encoding];
}
