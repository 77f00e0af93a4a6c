/**
 * The importer's parser loop (src/parse-records.ts) with both builds of csv-parse: the Node build, which Node
 * resolves `#csv-parse` to, and the browser build (`csv-parse/browser/esm`, its own stream shim), which browser
 * bundles get. The two streams behave differently (the shim emits faults during `write` and no 'end' after
 * one, and has no async iteration), so each is driven here on the real 2021 files cut into chunks and on
 * broken text: the same records, the same faults at the same record, and no hang.
 */
import { parse as nodeParse } from 'csv-parse';
import { parse as browserParse } from 'csv-parse/browser/esm';
import { parse as parseSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type CreateParser, parseRecords } from '../src/parse-records';
import { PATHS, readText } from './support';

// Each assignment is checked by the compiler: both builds' typings give what parse-records.ts uses.
const BUILDS: readonly (readonly [string, CreateParser])[] = [
  ['Node build', nodeParse],
  ['browser build', browserParse],
];

async function* each(texts: readonly string[]): AsyncIterable<string> {
  yield* texts;
}

function cut(text: string, size: number): string[] {
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
}

async function read(create: CreateParser, texts: readonly string[], delimiter = ','): Promise<{ records: string[][]; fault?: unknown }> {
  const records: string[][] = [];
  try {
    await parseRecords(each(texts), { delimiter }, (batch) => records.push(...batch), create);
    return { records };
  } catch (fault) {
    return { records, fault };
  }
}

describe.each(BUILDS)('parseRecords with csv-parse, %s', (_, create) => {
  it('reads the nine 2021 files, cut into chunks of 1,000 characters, as csv-parse reads each whole', async () => {
    for (const path of PATHS) {
      const text = readText(path).replace(/^\uFEFF/u, '');
      const expected = parseSync(text, { relax_column_count: true, skip_empty_lines: false });
      expect(await read(create, cut(text, 1000))).toEqual({ records: expected });
    }
  });

  it('keeps empty lines as records and reads a quoted line break whole, across chunks', async () => {
    const { records } = await read(create, ['a;"b\r', '\nc";d\r\n\r\n', 'e'], ';');
    expect(records).toEqual([['a', 'b\r\nc', 'd'], [''], ['e']]);
  });

  it('stops at a quote never closed, with the records before it taken and counted', async () => {
    const { records, fault } = await read(create, ['a,b\r\nc,d\r\n', '"unterminated,quote\r\n', 'e,f\r\n']);
    expect(records).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fault).toMatchObject({ code: 'CSV_QUOTE_NOT_CLOSED', records: 2 });
  });

  it('stops at a quote inside an unquoted field and at text after a closing quote', async () => {
    expect((await read(create, ['a,b\n', 'ab"c,d\n', 'e\n'])).fault).toMatchObject({ code: 'INVALID_OPENING_QUOTE', records: 1 });
    const closing = await read(create, cut(`a,b\n"x"y,z\n${'e,f\n'.repeat(5000)}`, 4096));
    expect(closing.fault).toMatchObject({ code: 'CSV_INVALID_CLOSING_QUOTE', records: 1 });
  });

  it('ends the reading when the taker throws, with that error', async () => {
    const failure = new Error('taker');
    const texts = cut('a,b\n'.repeat(50_000), 1000);
    await expect(
      parseRecords(each(texts), { delimiter: ',' }, () => {
        throw failure;
      }, create),
    ).rejects.toBe(failure);
  });

  it('waits for the parser to drain after a write larger than its high-water mark, and goes on', async () => {
    const big = 'Nguyễn Văn A,"x, y"\r\n'.repeat(100_000);
    const { records } = await read(create, [big, 'b,c\r\n']);
    expect(records).toHaveLength(100_001);
    expect(records[100_000]).toEqual(['b', 'c']);
  });

  it('takes chunks of 64 KiB without asking the writer to wait for a drain (a timer in the browser build)', async () => {
    const returned: boolean[] = [];
    const watched: CreateParser = (options) => {
      const parser = create(options);
      const write = parser.write.bind(parser);
      parser.write = (text) => {
        returned.push(write(text));
        return returned.at(-1)!;
      };
      return parser;
    };
    await parseRecords(each(cut('Nguyễn Văn A,b\r\n'.repeat(40_000), 64 * 1024)), { delimiter: ',' }, () => undefined, watched);
    expect(returned.length).toBeGreaterThan(5);
    expect(returned).not.toContain(false);
  });

  it('reads no record from no text', async () => {
    expect(await read(create, [])).toEqual({ records: [] });
  });
});
