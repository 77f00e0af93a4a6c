/**
 * RFC 5545 §3.1 line folding by octets: a content line longer than 75 octets of UTF-8 is split into a first
 * line of at most 75 octets and continuation lines of a space plus at most 74, each ending in CRLF.
 */

const MAX_OCTETS = 75;

/** UTF-8 length of one code point; a lone surrogate counts as the U+FFFD that TextEncoder writes for it. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function octets(text: string): number {
  let total = 0;
  for (const ch of text) total += utf8Length(ch.codePointAt(0) ?? 0);
  return total;
}

// A base character with its combining marks, and an escape with the character it escapes: kept on one line
// where they fit, so a reader of the folded text never sees a letter torn from its tone mark or "\" from "n".
const CLUSTER = /\\[^\p{M}]|\P{M}\p{M}*|\p{M}+/gu;

/** The pieces a line may be cut between: clusters, or the code points of a cluster too long for one line. */
function* pieces(line: string, room: number): Generator<string> {
  for (const cluster of line.match(CLUSTER) ?? []) {
    if (octets(cluster) <= room) yield cluster;
    else yield* cluster; // code points: never a UTF-8 sequence cut in two
  }
}

/** One unfolded content line (no CRLF inside) → its folded form, each physical line ending in CRLF. */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS / 3 || octets(line) <= MAX_OCTETS) return `${line}\r\n`;
  let out = '';
  let current = '';
  let room = MAX_OCTETS;
  for (const piece of pieces(line, MAX_OCTETS - 1)) {
    const size = octets(piece);
    if (size > room) {
      out += `${current}\r\n `;
      current = '';
      room = MAX_OCTETS - 1;
    }
    current += piece;
    room -= size;
  }
  return `${out}${current}\r\n`;
}
