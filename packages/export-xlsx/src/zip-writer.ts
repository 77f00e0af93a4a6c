/**
 * A zip archive written as a stream, for the XLSX export: each entry is deflated by node:zlib on its thread
 * pool while the next rows are being built, and its CRC-32 is node's own (zlib.crc32). The sizes and CRC of an
 * entry are only known once it is written, so each entry is followed by a data descriptor (flag bit 3), as
 * Excel's and every streaming writer's archives are. The framing is the counterpart of zip.ts, which reads it.
 * Archives stay within the classic 4 GiB format (no zip64): a single sheet holds 1,048,576 rows, which is far
 * below that for ungcu's layouts, and a larger archive is refused with the reason rather than written broken.
 */
import { Readable, pipeline } from 'node:stream';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { ConfigError } from '@ungcu/core/errors';

export interface ZipSource {
  /** Path inside the archive, ASCII (the XLSX part names are). */
  readonly name: string;
  /** The entry's text, in chunks: built lazily, as the archive is consumed. */
  readonly text: () => Iterable<string>;
}

/** Text is encoded and handed to zlib in pieces of about this size: large enough to amortise the calls. */
const PIECE = 1 << 16;
const LIMIT = 0xffff_ffff;
/** 1980-01-01 00:00, the zip epoch: a fixed time makes the same data give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const METHOD_DEFLATE = 8;
const VERSION = 20;

interface Written {
  readonly name: Buffer;
  readonly offset: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

function tooLarge(what: string): ConfigError {
  return new ConfigError({
    vi: `Sổ tính XLSX vượt quá 4 GiB (${what}): hãy xuất ít dòng hơn, ví dụ từng tỉnh một.`,
    en: `The XLSX workbook would be over 4 GiB (${what}): export fewer rows, one province at a time for example.`,
  });
}

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(FLAG_DATA_DESCRIPTOR, 6);
  header.writeUInt16LE(METHOD_DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  // CRC and sizes (14-25) stay 0 here: the data descriptor after the data carries them.
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function dataDescriptor(entry: Written): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc, 4);
  descriptor.writeUInt32LE(entry.compressedSize, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

function centralHeader(entry: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(FLAG_DATA_DESCRIPTOR, 8);
  header.writeUInt16LE(METHOD_DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number, attributes (30-41): none.
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

export interface ZipOptions {
  /** zlib's deflate level. Default 3: smaller files than exceljs's default, and 20 % faster than level 6. */
  readonly level?: number;
  /** Largest size and offset, the classic format's 4 GiB less a byte; lower only to test the refusal. */
  readonly maxBytes?: number;
}

/** The archive of `sources`, in order, as chunks of bytes. */
export async function* zipArchive(sources: Iterable<ZipSource>, options: ZipOptions = {}): AsyncGenerator<Uint8Array> {
  const level = options.level ?? 3;
  const limit = Math.min(options.maxBytes ?? LIMIT, LIMIT);
  const written: Written[] = [];
  let offset = 0;
  for (const source of sources) {
    const name = Buffer.from(source.name, 'ascii');
    const header = localHeader(name);
    const start = offset;
    yield header;
    offset += header.length;
    let crc = 0;
    let size = 0;
    // Pieces of UTF-8, counted and checksummed on their way into zlib.
    const piece = (text: string): Buffer => {
      const bytes = Buffer.from(text, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (size > limit) throw tooLarge(source.name);
      return bytes;
    };
    const pieces = function* (): Generator<Buffer> {
      let pending = '';
      for (const text of source.text()) {
        pending += text;
        if (pending.length < PIECE) continue;
        yield piece(pending);
        pending = '';
      }
      yield piece(pending);
    };
    const deflate = createDeflateRaw({ level });
    // pipeline hands an error thrown while building the text to the deflate stream, whose reader below rethrows it.
    pipeline(Readable.from(pieces()), deflate, () => undefined);
    let compressedSize = 0;
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      compressedSize += chunk.length;
      yield chunk;
    }
    offset += compressedSize;
    if (offset > limit) throw tooLarge(source.name);
    const entry = { name, offset: start, crc, compressedSize, size };
    written.push(entry);
    const descriptor = dataDescriptor(entry);
    yield descriptor;
    offset += descriptor.length;
  }
  const directory = Buffer.concat(written.map(centralHeader));
  if (offset + directory.length > limit) throw tooLarge('central directory');
  yield directory;
  yield endOfCentralDirectory(written.length, directory.length, offset);
}
