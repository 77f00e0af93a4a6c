/**
 * CSV benchmark: import and export of 100,000 nominees in the official list layout, against reading and
 * writing the same rows with the bare libraries (csv-parse, csv-stringify; their Node builds) in the same
 * process. The ratio is the cost of the layout (decoding, checking, assembling a dataset; sorting and
 * encoding). Run: npm run bench. Run as `node --expose-gc --import tsx --conditions=@ungcu/source
 * --conditions=browser bench/csv.bench.ts`, the package's `imports` field gives the importer and exporter the
 * libraries' browser builds, as a browser bundle has them (under Node's V8 and timers, not a browser's).
 */
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { parse as browserParse } from 'csv-parse/browser/esm';
import { stringify } from 'csv-stringify';
import { officialListLayout } from '@ungcu/tabular';
import { compare } from '../../../tools/src/bench';
import { cellToCsv } from '../src/exporter';
import { csvExporter, csvImporter } from '../src/index';
import { ELECTION, scaledDataset } from './dataset';

const SIZE = 100_000;
const dataset = await scaledDataset(SIZE);
const table = officialListLayout.encode(dataset);
// The bare library writes the same cells, already turned into text, so only the writing is timed.
const rows = [...table.rows].map((row) => row.map(cellToCsv));
const bytes = await csvExporter().write(dataset);
console.log(`${SIZE} nominees, ${rows.length} rows, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB of CSV`);

async function drain(stream: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const chunk of stream) n += (chunk as { length: number }).length;
  return n;
}

await compare(
  `CSV export, ${SIZE} nominees`,
  {
    name: 'csv-stringify, same rows',
    run: async () => {
      const s = stringify({ bom: true, record_delimiter: 'windows' });
      const writing = (async () => {
        s.write([...table.headers]);
        for (const row of rows) if (!s.write(row)) await once(s, 'drain');
        s.end();
      })();
      const n = await drain(s);
      await writing;
      return n;
    },
  },
  [{ name: 'csvExporter().stream()', run: () => drain(csvExporter().stream(dataset)) }],
  { runs: 3 },
);

await compare(
  `CSV import, ${SIZE} nominees`,
  {
    name: 'csv-parse, count records',
    run: async () => {
      const parser = parse({ bom: true, relax_column_count: true });
      parser.end(bytes);
      let n = 0;
      for await (const record of parser) n += (record as string[]).length > 0 ? 1 : 0;
      return n;
    },
  },
  [
    {
      // The browser build takes text (its Buffer is its own) and has no async iteration: events it is.
      name: 'csv-parse/browser/esm, count records',
      run: () =>
        new Promise<number>((resolve, reject) => {
          const parser = browserParse({ bom: true, relax_column_count: true });
          let n = 0;
          parser.on('data', (record: string[]) => (n += record.length > 0 ? 1 : 0));
          parser.on('error', reject);
          parser.on('end', () => resolve(n));
          parser.end(new TextDecoder().decode(bytes));
        }),
    },
    {
      name: 'csvImporter().read()',
      run: async () => {
        const result = await csvImporter().read({ name: 'bench.csv', data: bytes }, { election: ELECTION });
        if (result.errors.length > 0 || result.data.nominees.length !== SIZE) throw new Error('the import did not read every row');
        return result;
      },
    },
  ],
  { runs: 3 },
);
