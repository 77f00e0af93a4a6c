/**
 * CSV in: each source is read as a stream of chunks (a 100,000-row file is never held as one string), decoded
 * and parsed by csv-parse as the chunks come (parse-records.ts), and every record goes to the tabular import
 * engine, which decodes it with the layout its header row matches. The first 64 KiB are held back to choose
 * the encoding and the delimiter before any record is read. Nothing here needs Node: in a browser bundle,
 * csv-parse is its browser build.
 */
import type { LocalizedText } from '@ungcu/core';
import type { ImportOptions, ImportResult, ImportSource, Importer } from '@ungcu/core/export';
import { isUngcuError } from '@ungcu/core/errors';
import { TableImport, restoreFormula, sourceList, tcvn3NameCapitals } from '@ungcu/tabular';
import type { CsvError } from '#csv-parse';
import { chunksOf } from './chunks';
import { type CsvDelimiter, detectDelimiter, headerLine } from './delimiter';
import { type ChunkDecoder, type CsvEncoding, chunkDecoder, encodingName, guessEncoding } from './encoding';
import { parseRecords } from './parse-records';
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
    async read(input: ImportSource | readonly ImportSource[], options: ImportOptions): Promise<ImportResult> {
      // The election is checked here, before any file is read (a fault of the call is one ConfigError).
      const engine = new TableImport(options);
      for (const source of sourceList(input)) await readSource(engine, source, csvOptions);
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
    // The text decoder keeps a byte order mark: it is dropped here, once, at the start.
    const head = decoder.write(start.bytes).replace(/^\uFEFF/u, '');
    const delimiter = csvOptions.delimiter === undefined || csvOptions.delimiter === 'auto'
      ? await detectDelimiter(headerLine(head, start.done) ?? head, engine.layouts)
      : csvOptions.delimiter;
    // TCVN3 cannot write a capital with a tone mark: names get their capitals back (see tcvn3-names.ts in tabular).
    const names = guess.encoding === 'tcvn3' ? tcvn3NameCapitals(engine.layouts) : undefined;
    // Records are decoded as each chunk is parsed, so the source is read no faster than rows are decoded.
    await parseRecords(texts(head, chunks, decoder), { delimiter }, (records) => {
      for (const record of records) {
        row++;
        // Cells written by a formula-safe exporter carry a leading apostrophe; spreadsheet programs drop it too.
        // In place: the record is the parser's fresh array and nothing else holds it, so no copy per row.
        for (let i = 0; i < record.length; i++) record[i] = restoreFormula(record[i]!);
        sheet.row(names === undefined ? record : names(record), row);
      }
    });
  } catch (error) {
    // A fault of the call (an official list without options.election.term) is thrown, as the ports promise.
    if (isUngcuError(error)) throw error;
    await chunks.return?.();
    // csv-parse counts the records it completed; the one it stopped in is the next row.
    const records = (error as Partial<CsvError>).records;
    const at = (typeof records === 'number' ? Math.max(records, row) : row) + 1;
    const reason = faultReason(error);
    engine.fileError(
      source.name,
      'unreadable-file',
      {
        vi: `Không đọc được tệp CSV từ dòng ${at}: ${reason.vi}`,
        en: `Cannot read the CSV file from row ${at} on: ${reason.en}`,
      },
      { row: at },
    );
  }
}

/** The text of a source: the start already decoded, then each further chunk, then what the decoder held. */
async function* texts(head: string, chunks: AsyncIterator<Uint8Array>, decoder: ChunkDecoder): AsyncIterable<string> {
  yield head;
  for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield decoder.write(next.value);
  yield decoder.end();
}

/**
 * What csv-parse says went wrong, in both languages: its messages are English, so the faults the importer's
 * options allow get a Vietnamese text of their own; anything else keeps the English text in both.
 */
function faultReason(error: unknown): LocalizedText {
  const en = error instanceof Error ? error.message : String(error);
  const vi = FAULTS_VI[(error as Partial<CsvError>).code ?? ''];
  return { vi: vi ?? en, en };
}

const FAULTS_VI: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'ô mở dấu nháy kép nhưng không đóng lại trước khi hết tệp',
  CSV_INVALID_CLOSING_QUOTE: 'sau dấu nháy kép đóng ô không phải là dấu phân cách hay hết dòng',
  INVALID_OPENING_QUOTE: 'một dấu nháy kép (") nằm giữa ô không được đặt trong nháy kép',
};

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
