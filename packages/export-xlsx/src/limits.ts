/**
 * Bounds on XLSX input, checked before any row is decoded: an XLSX file is a zip archive, and a small archive
 * can expand to gigabytes (a zip bomb). The central directory is checked first (entry count, declared sizes,
 * the expansion ratio); then every entry is inflated once, counting bytes and stopping as soon as it outgrows
 * what it declared, so an archive that lies about its sizes is caught too. The same pass counts each sheet's
 * rows and merged ranges (sheet-scan.ts), so a sheet over the row bound is refused before its rows are read.
 * A bound crossed is bad input, not a fault of the call: the importer reports it as an 'input-limit' import
 * error naming the file, the bound and its value.
 */
import type { BilingualText } from '@ungcu/core/errors';
import { type ZipEntry, corruptEntry, entryChunks } from './zip';

export interface XlsxLimits {
  /** Largest file accepted, in bytes. Default 50 MiB. */
  readonly maxBytes?: number;
  /** Largest total size of the unzipped entries, in bytes. Default 512 MiB. */
  readonly maxUncompressedBytes?: number;
  /** Largest ratio of unzipped to zipped size over the whole archive. Default 100. */
  readonly maxRatio?: number;
  /** Most entries in the archive. Default 10,000. */
  readonly maxEntries?: number;
  /** Most rows over all sheets of all files of one read() call. Default 1,000,000. */
  readonly maxRows?: number;
  /** Most cells covered by merged ranges in one file (a range A2:B9 covers 16). Default 5,000,000. */
  readonly maxMergedCells?: number;
}

export const DEFAULT_XLSX_LIMITS: Required<XlsxLimits> = {
  maxBytes: 50 * 2 ** 20,
  maxUncompressedBytes: 512 * 2 ** 20,
  maxRatio: 100,
  maxEntries: 10_000,
  maxRows: 1_000_000,
  maxMergedCells: 5_000_000,
};

/** Where in the file a bound was crossed, when it is more precise than the whole file. */
export interface LimitPlace {
  readonly sheet?: string;
  readonly row?: number;
}

/** A bound crossed; the importer turns it into an 'input-limit' import error. Never escapes read(). */
export class LimitExceeded extends Error {
  constructor(
    readonly reason: BilingualText,
    readonly place: LimitPlace = {},
  ) {
    super(reason.en);
  }
}

const STOPPED = { vi: 'Tệp không được đọc tiếp.', en: 'The file was not read further.' };

function exceeded(vi: string, en: string, place: LimitPlace = {}): LimitExceeded {
  return new LimitExceeded({ vi: `${vi} ${STOPPED.vi}`, en: `${en} ${STOPPED.en}` }, place);
}

/** A bound or size as each language writes it: 1.000.000 in Vietnamese, 1,000,000 in English. */
const vn = (n: number) => n.toLocaleString('vi-VN');
const en = (n: number) => n.toLocaleString('en-US');

export function fileTooLarge(size: number, max: number, complete: boolean): LimitExceeded {
  const [viSize, enSize] = complete ? [`nặng ${vn(size)} byte`, `is ${en(size)} bytes`] : [`nặng hơn ${vn(max)} byte`, `is larger than ${en(max)} bytes`];
  return exceeded(
    `Tệp ${viSize}, vượt giới hạn kích thước tệp ${vn(max)} byte (limits.maxBytes).`,
    `The file ${enSize}, over the file size bound of ${en(max)} bytes (limits.maxBytes).`,
  );
}

/** Checks the declared sizes against the limits. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], fileSize: number, limits: Required<XlsxLimits>): void {
  if (entries.length > limits.maxEntries) {
    throw exceeded(
      `Tệp nén có ${vn(entries.length)} mục, vượt giới hạn ${vn(limits.maxEntries)} mục (limits.maxEntries).`,
      `The archive has ${en(entries.length)} entries, over the bound of ${en(limits.maxEntries)} entries (limits.maxEntries).`,
    );
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw exceeded(
      `Tệp giải nén ra ${vn(total)} byte, vượt giới hạn ${vn(limits.maxUncompressedBytes)} byte sau giải nén (limits.maxUncompressedBytes).`,
      `The archive expands to ${en(total)} bytes, over the unzipped size bound of ${en(limits.maxUncompressedBytes)} bytes (limits.maxUncompressedBytes).`,
    );
  }
  const ratio = total / Math.max(1, fileSize);
  if (ratio > limits.maxRatio) {
    throw exceeded(
      `Tỷ lệ giải nén ${ratio.toFixed(0)}:1 vượt giới hạn ${limits.maxRatio}:1 (limits.maxRatio); nghi là bom nén.`,
      `The archive expands at a ratio of ${ratio.toFixed(0)}:1, over the expansion ratio bound of ${limits.maxRatio}:1 (limits.maxRatio); a likely zip bomb.`,
    );
  }
}

/** Sees an entry's inflated bytes as they come; may throw a LimitExceeded to stop reading. */
export interface EntryObserver {
  write(chunk: Uint8Array): void;
  end(): void;
}

/**
 * Verifies every entry's real size by inflating it once, stopping at the first byte past its declared size;
 * nothing is kept, but an observer can look at the bytes on the way (the sheet scan).
 */
export async function checkRealSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  observe: (entry: ZipEntry) => EntryObserver | undefined = () => undefined,
): Promise<void> {
  for (const entry of entries) {
    const observer = observe(entry);
    let produced = 0;
    try {
      for await (const chunk of entryChunks(bytes, entry)) {
        produced += chunk.byteLength;
        if (produced > entry.uncompressedSize) break;
        observer?.write(chunk);
      }
    } catch (error) {
      if (error instanceof LimitExceeded) throw error;
      throw corruptEntry(entry);
    }
    if (produced > entry.uncompressedSize) {
      throw exceeded(
        `Mục "${entry.name}" giải nén ra nhiều hơn kích thước đã khai (${vn(entry.uncompressedSize)} byte); tệp nén khai sai kích thước.`,
        `Entry "${entry.name}" expands beyond its declared size (${en(entry.uncompressedSize)} bytes); the archive understates its sizes.`,
      );
    }
    observer?.end();
  }
}

export function rowLimitExceeded(limit: number, sheet: string, row: number): LimitExceeded {
  return exceeded(
    `Trang "${sheet}" vượt giới hạn ${vn(limit)} dòng trên tất cả các trang (limits.maxRows) ở dòng ${row}.`,
    `Sheet "${sheet}" goes past the bound of ${en(limit)} rows over all sheets (limits.maxRows) at row ${row}.`,
    { sheet, row },
  );
}

export function mergeLimitExceeded(limit: number, sheet: string, row: number): LimitExceeded {
  return exceeded(
    `Các vùng ô gộp của tệp phủ hơn ${vn(limit)} ô, vượt giới hạn (limits.maxMergedCells); vùng vượt bắt đầu ở dòng ${row} của trang "${sheet}".`,
    `The file's merged ranges cover more than ${en(limit)} cells, over the bound (limits.maxMergedCells); the range past it starts at row ${row} of sheet "${sheet}".`,
    { sheet, row },
  );
}
