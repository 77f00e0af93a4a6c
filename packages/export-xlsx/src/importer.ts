/**
 * XLSX in: each source's bytes are collected under the size bound, then read-rows.ts bounds and reads the
 * file into the core import engine. A bound crossed is reported like any other bad input: an 'input-limit'
 * import error for that file, which stops reading it; a damaged file is an 'unreadable-file' error.
 */
import { type ImportOptions, type ImportResult, type ImportSource, type Importer, concatBytes } from '@ungcu/core/export';
import { ConfigError, isUngcuError } from '@ungcu/core/errors';
import { TableImport, sourceList } from '@ungcu/tabular';
import { DEFAULT_XLSX_LIMITS, LimitExceeded, type XlsxLimits, fileTooLarge } from './limits';
import { legacyFontSheet } from './legacy-cells';
import { type RowCount, readXlsxRows } from './read-rows';
import { UnreadableZip } from './zip';

export interface XlsxImporterOptions {
  readonly limits?: XlsxLimits;
}

/** Collects a source's bytes, refusing to hold more than `max` of them: a stream is not read past the bound. */
async function bytesOf(source: ImportSource, max: number): Promise<Uint8Array> {
  const { data } = source;
  if (typeof data === 'string') {
    throw new ConfigError({
      en: `${source.name}: XLSX input must be bytes or a stream of bytes, not text`,
      vi: `${source.name}: dữ liệu XLSX phải là byte hoặc luồng byte, không phải văn bản`,
    });
  }
  if (data instanceof Uint8Array) {
    if (data.byteLength > max) throw fileTooLarge(data.byteLength, max, true);
    return data;
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > max) throw fileTooLarge(size, max, false);
    parts.push(chunk);
  }
  return concatBytes(parts, size);
}

export function xlsxImporter(xlsxOptions: XlsxImporterOptions = {}): Importer {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...xlsxOptions.limits };
  return {
    id: 'xlsx',
    async read(input: ImportSource | readonly ImportSource[], options: ImportOptions): Promise<ImportResult> {
      // The election is checked here, before any file is read (a fault of the call is one ConfigError).
      const engine = new TableImport(options);
      const sources = sourceList(input);
      const rows: RowCount = { counted: 0, read: 0 };
      const limitReached = (file: string, error: LimitExceeded) => engine.fileError(file, 'input-limit', error.reason, error.place);
      for (const source of sources) {
        let bytes: Uint8Array;
        try {
          bytes = await bytesOf(source, limits.maxBytes);
        } catch (error) {
          // Text instead of bytes, or a stream that fails, is the caller's fault and goes back to the caller.
          if (!(error instanceof LimitExceeded)) throw error;
          limitReached(source.name, error);
          continue;
        }
        let sheetsOpened = 0;
        try {
          await readXlsxRows(bytes, limits, rows, (sheet) => {
            sheetsOpened++;
            return legacyFontSheet(engine.beginSheet(source.name, sheet), sheet, (message) =>
              engine.fileWarning(source.name, 'legacy-encoding', message, { sheet }),
            engine.layouts,
            );
          });
          // A workbook with no data sheet at all (only the guide sheet) is an empty file too.
          if (sheetsOpened === 0) engine.beginSheet(source.name);
        } catch (error) {
          // A fault of the call (an official list without election.term) is thrown once, not reported per file.
          if (isUngcuError(error)) throw error;
          if (error instanceof LimitExceeded) {
            limitReached(source.name, error);
            continue;
          }
          const reason =
            error instanceof UnreadableZip
              ? error.reason
              : {
                  vi: `Không đọc được tệp XLSX: ${error instanceof Error ? error.message : String(error)}`,
                  en: `Cannot read the XLSX file: ${error instanceof Error ? error.message : String(error)}`,
                };
          engine.fileError(source.name, 'unreadable-file', reason);
        }
      }
      return engine.finish();
    },
  };
}
