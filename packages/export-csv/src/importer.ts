/**
 * CSV in: each source is read as a stream (a 100,000-row file is never held as one string) and parsed by
 * csv-parse, and every record goes to the core import engine, which decodes it with the layout its header row
 * matches. The first 64 KiB are held back to choose the encoding and the delimiter before any record is read.
 */
import { once } from 'node:events';
import { type CsvError, parse } from 'csv-parse';
import {
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type Importer,
  TABULAR_LAYOUTS,
  TableImport,
  restoreFormula,
  tcvn3NameCapitals,
} from '@ungcu/core/export';
import { isUngcuError } from '@ungcu/core/errors';
import { chunksOf, toArray } from './chunks';
import { type CsvDelimiter, detectDelimiter, headerLine } from './delimiter';
import { type ChunkDecoder, type CsvEncoding, chunkDecoder, encodingName, guessEncoding } from './encoding';
import { readStart } from './start';

export interface CsvImporterOptions {
  /** Field delimiter. Default 'auto': detected from the header line (",", ";" or a tab; a tie is ","). */
  readonly delimiter?: CsvDelimiter | 'auto';
  /**
   * Text encoding. Default 'auto': UTF-8 when the start of the file is valid UTF-8, else the legacy Vietnamese
   * encoding that clearly reads as Vietnamese (with a `legacy-encoding` warning), else `unknown-encoding`.
   */
  readonly encoding?: CsvEncoding | 'auto';
}

export function csvImporter(csvOptions: CsvImporterOptions = {}): Importer {
  return {
    id: 'csv',
    async read(input: ImportSource | readonly ImportSource[], options: ImportOptions = {}): Promise<ImportResult> {
      const engine = new TableImport(options);
      for (const source of toArray(input)) await readSource(engine, source, csvOptions);
      return engine.finish();
    },
  };
}

async function readSource(engine: TableImport, source: ImportSource, csvOptions: CsvImporterOptions): Promise<void> {
  const sheet = engine.beginSheet(source.name);
  const chunks = chunksOf(source.data)[Symbol.asyncIterator]();
  let row = 0;
  try {
    const start = await readStart(chunks);
    const guess = guessEncoding(start.bytes, start.done, csvOptions.encoding ?? 'auto');
    if (guess.encoding === undefined) {
      await chunks.return?.();
      reportUnknownEncoding(engine, source.name, guess.candidates);
      return;
    }
    if (guess.encoding !== 'utf-8' && guess.detected) reportLegacyEncoding(engine, source.name, guess.encoding);
    const decoder = textDecoder(guess.encoding);
    const head = decoder.write(start.bytes);
    const delimiter = csvOptions.delimiter === undefined || csvOptions.delimiter === 'auto'
      ? detectDelimiter(headerLine(head, start.done) ?? head)
      : csvOptions.delimiter;
    const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: false });
    // TCVN3 cannot write a capital with a tone mark: names get their capitals back (see tcvn3-names.ts in core).
    const names = guess.encoding === 'tcvn3' ? tcvn3NameCapitals(TABULAR_LAYOUTS) : undefined;
    // Feeding runs beside the loop below, which drains the parser; awaiting 'drain' is the backpressure: the
    // source is read no faster than rows are decoded.
    const feeding = (async () => {
      try {
        // The text decoder keeps a byte order mark; csv-parse's `bom` option reads only bytes, so drop it here.
        if (!parser.write(head.replace(/^\uFEFF/u, ''))) await once(parser, 'drain');
        for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
          if (!parser.write(decoder.write(next.value))) await once(parser, 'drain');
        }
        const tail = decoder.end();
        if (tail !== '') parser.write(tail);
        parser.end();
      } catch (error) {
        parser.destroy(error as Error);
      }
    })();
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        row++;
        // Cells written by a formula-safe exporter carry a leading apostrophe; spreadsheet programs drop it too.
        const cells = record.map(restoreFormula);
        sheet.row(names === undefined ? cells : names(cells), row);
      }
    } finally {
      await feeding;
    }
  } catch (error) {
    // A fault of the call (an official list without options.election.term) is thrown, as the ports promise.
    if (isUngcuError(error)) throw error;
    // csv-parse counts the records it completed; the one it stopped in is the next row.
    const records = (error as Partial<CsvError> & { records?: number }).records;
    const at = (typeof records === 'number' ? Math.max(records, row) : row) + 1;
    const detail = error instanceof Error ? error.message : String(error);
    engine.fileError(
      source.name,
      'unreadable-file',
      {
        vi: `Không đọc được tệp CSV từ dòng ${at}: ${detail}`,
        en: `Cannot read the CSV file from row ${at} on: ${detail}`,
      },
      { row: at },
    );
  }
}

/** UTF-8 is decoded as the platform does it (invalid bytes become U+FFFD); legacy encodings by their tables. */
function textDecoder(encoding: CsvEncoding): ChunkDecoder {
  if (encoding !== 'utf-8') return chunkDecoder(encoding);
  // ignoreBOM keeps the mark in the text, where the reader removes it, so a BOM is dropped once, at the start.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  return { write: (bytes) => utf8.decode(bytes, { stream: true }), end: () => utf8.decode() };
}

function reportUnknownEncoding(engine: TableImport, file: string, candidates: readonly { encoding: CsvEncoding; share: number }[]): void {
  const shares = candidates.map((c) => `${encodingName(c.encoding)} ${Math.round(c.share * 100)}%`).join(', ');
  engine.fileError(file, 'unknown-encoding', {
    vi: `Tệp không phải UTF-8, và không bảng mã tiếng Việt cũ nào đọc ra tiếng Việt đủ chắc chắn (tỉ lệ từ đọc được: ${shares}). Hãy lưu lại tệp ở UTF-8, hoặc chỉ rõ bảng mã (encoding: 'tcvn3', 'vni' hoặc 'windows-1258').`,
    en: `The file is not UTF-8, and no legacy Vietnamese encoding reads it as Vietnamese with confidence (share of words read: ${shares}). Save the file as UTF-8, or name its encoding (encoding: 'tcvn3', 'vni' or 'windows-1258').`,
  });
}

function reportLegacyEncoding(engine: TableImport, file: string, encoding: CsvEncoding): void {
  const name = encodingName(encoding);
  engine.fileWarning(file, 'legacy-encoding', {
    vi: `Tệp được viết bằng bảng mã cũ ${name}; đã chuyển sang Unicode. Hãy kiểm tra lại tên riêng, và lưu tệp ở UTF-8 từ nay.`,
    en: `The file is written in the legacy encoding ${name}; it was converted to Unicode. Check the names, and save the file as UTF-8 from now on.`,
  });
}
