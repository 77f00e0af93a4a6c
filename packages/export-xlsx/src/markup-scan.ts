/**
 * A cheap pass over a sheet's XML bytes that finds only <row> and <mergeCell> start tags, without building a
 * string, a tag object or a row: it jumps from one '<' to the next with Buffer.indexOf (in XML a '<' cannot
 * appear in text or in an attribute value, so every '<' starts markup) and skips comments, CDATA sections and
 * processing instructions, where a '<row' is not a row. It lets the importer count rows and collect merged
 * ranges (which come after <sheetData>) before decoding any row, in memory that does not grow with the sheet.
 */

export interface MarkupHandler {
  /** A <row> start tag; return true to be given its attributes through rowAttributes(). */
  row(): boolean;
  rowAttributes(attributes: string): void;
  mergeCell(attributes: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
/** Longest prefix needed to tell what a '<' starts: "<mergeCell" and one byte after it. */
const LOOKAHEAD = 11;
/** A tag whose attributes are wanted but run past this is hostile; its attributes are dropped. */
const MAX_TAG = 4096;

const ROW = Buffer.from('<row');
const MERGE_CELL = Buffer.from('<mergeCell');
const COMMENT = Buffer.from('<!--');
const CDATA = Buffer.from('<![CDATA[');
const ENDS = { comment: Buffer.from('-->'), cdata: Buffer.from(']]>'), pi: Buffer.from('?>'), declaration: Buffer.from('>') };

type Skipping = keyof typeof ENDS;

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  return buf.length - at >= prefix.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

/** After a tag name: whitespace, '>' or '/' (so "<rows" or "<rowBreaks" is not a row). */
function endsName(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === GT || byte === 0x2f;
}

/** Index of the '>' closing a start tag that begins at `from`, quotes respected; -1 if not in `buf`. */
function tagEnd(buf: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const b = buf[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === GT) return i;
  }
  return -1;
}

export class MarkupScanner {
  private pending: Buffer = Buffer.alloc(0);
  private skipping: Skipping | undefined;
  private collecting: 'row' | 'mergeCell' | undefined;

  constructor(private readonly handler: MarkupHandler) {}

  write(chunk: Uint8Array): void {
    const fresh = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.scan(this.pending.length === 0 ? fresh : Buffer.concat([this.pending, fresh]), false);
  }

  end(): void {
    this.scan(this.pending, true);
    this.pending = Buffer.alloc(0);
  }

  private keep(buf: Buffer, from: number): void {
    // A copy: the chunk's memory belongs to the inflater, and only a short tail is kept.
    this.pending = Buffer.from(buf.subarray(from));
  }

  private scan(buf: Buffer, final: boolean): void {
    let pos = 0;
    for (;;) {
      if (this.skipping !== undefined) {
        const end = ENDS[this.skipping];
        const at = buf.indexOf(end, pos);
        if (at < 0) {
          this.keep(buf, Math.max(pos, buf.length - end.length + 1));
          return;
        }
        this.skipping = undefined;
        pos = at + end.length;
        continue;
      }
      if (this.collecting !== undefined) {
        const end = tagEnd(buf, pos);
        if (end < 0) {
          if (buf.length - pos > MAX_TAG) {
            this.collecting = undefined;
            this.skipping = 'declaration';
            continue;
          }
          if (!final) this.keep(buf, pos);
          return;
        }
        const attributes = buf.toString('utf8', pos, end);
        if (this.collecting === 'row') this.handler.rowAttributes(attributes);
        else this.handler.mergeCell(attributes);
        this.collecting = undefined;
        pos = end + 1;
        continue;
      }
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        this.pending = Buffer.alloc(0);
        return;
      }
      if (!final && buf.length - lt < LOOKAHEAD) {
        this.keep(buf, lt);
        return;
      }
      const next = buf[lt + 1];
      if (next === 0x72 && startsWith(buf, lt, ROW) && endsName(buf[lt + ROW.length])) {
        pos = lt + ROW.length;
        if (this.handler.row()) this.collecting = 'row';
      } else if (next === 0x6d && startsWith(buf, lt, MERGE_CELL) && endsName(buf[lt + MERGE_CELL.length])) {
        pos = lt + MERGE_CELL.length;
        this.collecting = 'mergeCell';
      } else if (next === 0x21) {
        if (startsWith(buf, lt, COMMENT)) [this.skipping, pos] = ['comment', lt + COMMENT.length];
        else if (startsWith(buf, lt, CDATA)) [this.skipping, pos] = ['cdata', lt + CDATA.length];
        else [this.skipping, pos] = ['declaration', lt + 2];
      } else if (next === 0x3f) {
        [this.skipping, pos] = ['pi', lt + 2];
      } else {
        pos = lt + 1;
      }
    }
  }
}

/** The value of one attribute in a start tag's attribute text ("r", "ref"), entities left as they are. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(attributes);
  return match === null ? undefined : (match[1] ?? match[2]);
}
