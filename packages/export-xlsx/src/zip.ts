/**
 * The zip structure of an XLSX file, read by hand from the bytes: the central directory (every entry with its
 * declared sizes) and where each entry's data starts. Nothing here inflates or trusts a declared size; the
 * bounds are checked in limits.ts.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Bad bytes, not an oversized file: the importer reports it as an 'unreadable-file' error, as data. */
export class UnreadableZip extends Error {
  constructor(readonly reason: { readonly vi: string; readonly en: string }) {
    super(reason.en);
  }
}

function notZip(): UnreadableZip {
  return new UnreadableZip({
    vi: 'Không phải tệp XLSX (zip) đọc được: thư mục của tệp nén bị thiếu hoặc hỏng.',
    en: 'Not a readable XLSX (zip) file: its central directory is missing or damaged.',
  });
}

/** Reads the central directory: every entry with its declared sizes. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > bytes.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD) throw notZip();
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL_HEADER) throw notZip();
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    // ZIP64: sizes of 0xFFFFFFFF live in the extra field with id 1, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        const next = (): number => {
          const value = Number(view.getBigUint64(q, true));
          q += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + size;
    }
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method: view.getUint16(p + 10, true), compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's stored (compressed) bytes, after its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOCAL_HEADER) throw notZip();
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw notZip();
  return bytes.subarray(start, end);
}

/** The entry's content as a stream of chunks (stored or deflated; other methods are refused). */
export function entryChunks(bytes: Uint8Array, entry: ZipEntry): AsyncIterable<Uint8Array> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return Readable.from([data]);
  if (entry.method === 8) return Readable.from([data]).pipe(createInflateRaw());
  throw new UnreadableZip({
    vi: `Mục nén "${entry.name}" dùng kiểu nén ${entry.method}, không được hỗ trợ (XLSX chỉ dùng 0 hoặc 8).`,
    en: `Zip entry "${entry.name}" uses compression method ${entry.method}, which is not supported (XLSX uses 0 or 8).`,
  });
}

export function corruptEntry(entry: ZipEntry): UnreadableZip {
  return new UnreadableZip({ vi: `Mục nén "${entry.name}" bị hỏng.`, en: `Zip entry "${entry.name}" is corrupt.` });
}
