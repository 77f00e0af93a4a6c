/**
 * Bounds on XLSX input, checked before exceljs sees a byte: an XLSX file is a zip archive, and a small archive
 * can expand to gigabytes (a zip bomb). The central directory is read first (entry count, declared sizes, the
 * expansion ratio); then every entry is inflated once, counting bytes and stopping as soon as it outgrows what
 * it declared, so an archive that lies about its sizes is caught too. Rows are counted while reading.
 */
import { createInflateRaw } from 'node:zlib';
import { InputLimitError } from '@ungcu/core/errors';

export interface XlsxLimits {
  /** Largest file accepted, in bytes. Default 50 MiB. */
  readonly maxBytes?: number;
  /** Largest total size of the unzipped entries, in bytes. Default 512 MiB. */
  readonly maxUncompressedBytes?: number;
  /** Largest ratio of unzipped to zipped size over the whole archive. Default 100. */
  readonly maxRatio?: number;
  /** Most entries in the archive. Default 10,000. */
  readonly maxEntries?: number;
  /** Most rows over all sheets. Default 1,000,000. */
  readonly maxRows?: number;
}

export const DEFAULT_XLSX_LIMITS: Required<XlsxLimits> = {
  maxBytes: 50 * 2 ** 20,
  maxUncompressedBytes: 512 * 2 ** 20,
  maxRatio: 100,
  maxEntries: 10_000,
  maxRows: 1_000_000,
};

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

function tooLarge(file: string, vi: string, en: string, details: Record<string, unknown>): InputLimitError {
  return new InputLimitError({ vi: `${file}: ${vi}`, en: `${file}: ${en}` }, { details: { file, ...details } });
}

/** Bad bytes, not an oversized file: the importer reports it as an 'unreadable-file' error, as data. */
export class UnreadableZip extends Error {
  constructor(readonly reason: { readonly vi: string; readonly en: string }) {
    super(reason.en);
  }
}

function notZip(_file: string): UnreadableZip {
  return new UnreadableZip({
    vi: 'Không phải tệp XLSX (zip) đọc được: thư mục của tệp nén bị thiếu hoặc hỏng.',
    en: 'Not a readable XLSX (zip) file: its central directory is missing or damaged.',
  });
}

/** Reads the central directory: every entry with its declared sizes. */
export function readCentralDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip(file);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > bytes.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD) throw notZip(file);
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL_HEADER) throw notZip(file);
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

/** Checks the declared sizes against the limits. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], fileSize: number, file: string, limits: Required<XlsxLimits>): void {
  if (entries.length > limits.maxEntries) {
    throw tooLarge(file, `có ${entries.length} mục nén, vượt giới hạn ${limits.maxEntries}.`, `has ${entries.length} zip entries, over the limit of ${limits.maxEntries}.`, { entries: entries.length, limit: limits.maxEntries });
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw tooLarge(file, `giải nén ra ${total} byte, vượt giới hạn ${limits.maxUncompressedBytes}.`, `expands to ${total} bytes, over the limit of ${limits.maxUncompressedBytes}.`, { uncompressedBytes: total, limit: limits.maxUncompressedBytes });
  }
  const ratio = total / Math.max(1, fileSize);
  if (ratio > limits.maxRatio) {
    throw tooLarge(file, `tỷ lệ giải nén ${ratio.toFixed(0)}:1 vượt giới hạn ${limits.maxRatio}:1 (nghi là bom nén).`, `expands ${ratio.toFixed(0)} times, over the limit of ${limits.maxRatio} (a likely zip bomb).`, { ratio, limit: limits.maxRatio });
  }
}

/** Inflates one entry, counting bytes; fails as soon as it produces more than it declared. */
function inflateCounting(data: Uint8Array, declared: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let produced = 0;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.byteLength;
      if (produced > declared) {
        inflate.destroy();
        resolve(produced);
      }
    });
    inflate.on('end', () => resolve(produced));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/** Verifies every entry's real size by inflating it once; nothing is kept. */
export async function checkRealSizes(bytes: Uint8Array, entries: readonly ZipEntry[], file: string): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const p = entry.localHeaderOffset;
    if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOCAL_HEADER) throw notZip(file);
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.byteLength) throw notZip(file);
    const data = bytes.subarray(start, end);
    let real: number;
    if (entry.method === 0) real = data.byteLength;
    else if (entry.method === 8) {
      try {
        real = await inflateCounting(data, entry.uncompressedSize);
      } catch {
        throw new UnreadableZip({
          vi: `Mục nén "${entry.name}" bị hỏng.`,
          en: `Zip entry "${entry.name}" is corrupt.`,
        });
      }
    } else {
      throw tooLarge(file, `mục "${entry.name}" dùng kiểu nén ${entry.method} không được hỗ trợ.`, `entry "${entry.name}" uses unsupported compression method ${entry.method}.`, { entry: entry.name, method: entry.method });
    }
    if (real > entry.uncompressedSize) {
      throw tooLarge(file, `mục "${entry.name}" giải nén ra nhiều hơn kích thước đã khai (${entry.uncompressedSize} byte).`, `entry "${entry.name}" expands beyond its declared size (${entry.uncompressedSize} bytes).`, { entry: entry.name, declared: entry.uncompressedSize });
    }
  }
}

/** Every check that can be made before parsing; returns the archive's entries. */
export async function checkXlsxInput(bytes: Uint8Array, file: string, limits: Required<XlsxLimits>): Promise<ZipEntry[]> {
  if (bytes.byteLength > limits.maxBytes) {
    throw tooLarge(file, `nặng ${bytes.byteLength} byte, vượt giới hạn ${limits.maxBytes}.`, `is ${bytes.byteLength} bytes, over the limit of ${limits.maxBytes}.`, { bytes: bytes.byteLength, limit: limits.maxBytes });
  }
  const entries = readCentralDirectory(bytes, file);
  checkDeclaredSizes(entries, bytes.byteLength, file, limits);
  await checkRealSizes(bytes, entries, file);
  return entries;
}

export function rowLimitError(file: string, limit: number): InputLimitError {
  return tooLarge(file, `có hơn ${limit} dòng, vượt giới hạn.`, `has more than ${limit} rows, over the limit.`, { limit });
}
