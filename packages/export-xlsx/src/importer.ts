/**
 * XLSX in: each source is bounded first (limits.ts), then read by the streaming reader of workbook-reader.ts
 * (saxes), one row at a time, into the core import engine. Every sheet is read except the guide and list
 * sheets the exporter adds; each sheet's header row picks its layout.
 */
import {
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type Importer,
  TableImport,
} from '@ungcu/core/export';
import { ConfigError, InputLimitError } from '@ungcu/core/errors';
import { DEFAULT_XLSX_LIMITS, UnreadableZip, type XlsxLimits, checkXlsxInput, rowLimitError } from './limits';
import { readWorkbook } from './workbook-reader';
import { GUIDE_SHEET_NAME, LISTS_SHEET_NAME } from './sheets';

export interface XlsxImporterOptions {
  readonly limits?: XlsxLimits;
}

/** Collects a source's bytes, refusing to hold more than `max` of them. */
async function bytesOf(source: ImportSource, max: number): Promise<Uint8Array> {
  const { data } = source;
  if (typeof data === 'string') {
    throw new ConfigError({
      en: `${source.name}: XLSX input must be bytes or a stream of bytes, not text`,
      vi: `${source.name}: dữ liệu XLSX phải là byte hoặc luồng byte, không phải văn bản`,
    });
  }
  const tooLarge = (size: number) =>
    new InputLimitError(
      { vi: `${source.name}: nặng hơn ${max} byte, vượt giới hạn.`, en: `${source.name}: larger than ${max} bytes, over the limit.` },
      { details: { file: source.name, bytes: size, limit: max } },
    );
  if (data instanceof Uint8Array) {
    if (data.byteLength > max) throw tooLarge(data.byteLength);
    return data;
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > max) throw tooLarge(size);
    parts.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

export function xlsxImporter(xlsxOptions: XlsxImporterOptions = {}): Importer {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...xlsxOptions.limits };
  return {
    id: 'xlsx',
    async read(input: ImportSource | readonly ImportSource[], options: ImportOptions = {}): Promise<ImportResult> {
      const engine = new TableImport(options);
      const sources = Array.isArray(input) ? (input as readonly ImportSource[]) : [input as ImportSource];
      let rows = 0;
      for (const source of sources) {
        const bytes = await bytesOf(source, limits.maxBytes);
        try {
          const entries = await checkXlsxInput(bytes, source.name, limits);
          await readWorkbook(bytes, entries, (name) => {
            if (name === GUIDE_SHEET_NAME || name === LISTS_SHEET_NAME) return undefined;
            const sheet = engine.beginSheet(source.name, name);
            return {
              row(cells, rowNumber) {
                if (++rows > limits.maxRows) throw rowLimitError(source.name, limits.maxRows);
                sheet.row(cells, rowNumber);
              },
            };
          });
        } catch (error) {
          if (error instanceof InputLimitError) throw error;
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
