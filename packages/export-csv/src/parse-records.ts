/**
 * csv-parse's streaming parser fed with chunks of text, its records handed on in batches. `#csv-parse` is the
 * package's own import map (package.json `imports`): csv-parse's Node build under Node, its self-contained
 * browser build (`csv-parse/browser/esm`, with its own stream and Buffer shims) where a bundler resolves the
 * `browser` condition. The two are driven the same way, through the members both have (`ParserStream`).
 */
import { type CsvError, type Options, parse } from '#csv-parse';

/**
 * What this module uses of the parser. Both builds ship the same typings, which declare Node's `Transform`;
 * the browser build's stream shim (an old readable-stream, bundled) has no async iteration, no `destroy` and
 * no `off`, so the parser is seen through this interface and the compiler refuses anything the shim lacks.
 */
export interface ParserStream {
  write(text: string): boolean;
  end(): void;
  on(event: 'data', listener: (record: string[]) => void): unknown;
  on(event: 'error', listener: (error: CsvError | Error) => void): unknown;
  on(event: 'drain' | 'end', listener: () => void): unknown;
}

/**
 * The delimiter, and whether quotes are forgiven (for splitting a header line with a delimiter that may be
 * wrong). Always: any number of fields per record, empty lines kept as records so row numbers stay those of
 * a spreadsheet.
 */
export type ParseOptions = Pick<Options, 'delimiter' | 'relax_quotes'>;

/** csv-parse's `parse(options)` of either build (a test drives the browser build under Node through this). */
export type CreateParser = (options: Options) => ParserStream;

/**
 * Options of the stream under the parser, which csv-parse hands to its `Transform` (its typings list only its
 * own). A write of up to 1 MiB does not ask the writer to wait: each write is parsed at once and its records
 * taken before the next, so nothing piles up. With the default 16 KiB every 64 KiB chunk waited for 'drain',
 * which the browser build emits from a timer (4 ms each in a browser, once timers nest).
 */
const STREAM_OPTIONS = { highWaterMark: 1024 * 1024 };

/**
 * Writes each text to the parser and hands `take` the records it completed, after the write returns and
 * outside the parser's events, so a throw from `take` ends the reading as any fault does. Waits for 'drain'
 * when the parser asks (the source is read no faster than records are taken); a parse fault is thrown after
 * the records read before it were taken.
 */
export async function parseRecords(
  texts: AsyncIterable<string>,
  options: ParseOptions,
  take: (records: string[][]) => void,
  createParser: CreateParser = parse,
): Promise<void> {
  const parser = createParser({ ...STREAM_OPTIONS, ...options, relax_column_count: true, skip_empty_lines: false });
  let records: string[][] = [];
  let fault: { error: unknown } | undefined;
  let draining = false;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const next = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  parser.on('data', (record) => records.push(record));
  parser.on('error', (error) => {
    fault ??= { error };
    signal();
  });
  parser.on('drain', () => {
    draining = false;
    signal();
  });
  parser.on('end', () => {
    ended = true;
    signal();
  });
  const hand = (): void => {
    if (records.length > 0) {
      const batch = records;
      records = [];
      take(batch);
    }
    if (fault !== undefined) throw fault.error;
  };
  let wrote = false;
  for await (const text of texts) {
    if (text === '') continue;
    wrote = true;
    draining = !parser.write(text);
    hand();
    while (draining && fault === undefined) await next();
    hand();
  }
  // No text is no record. The browser build cannot end a parser that was given none: it then listens for
  // 'end' with a `destroy` its stream shim lacks, and throws a TypeError.
  if (!wrote) return;
  parser.end();
  // Node's parser emits the last records and 'end' after a tick; the browser build's may do it at once.
  while (!ended && fault === undefined) await next();
  hand();
}
