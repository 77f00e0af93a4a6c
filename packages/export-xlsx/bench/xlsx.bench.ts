/**
 * XLSX benchmark. Import: 100,000 nominees against the bare exceljs streaming reader on the same file in the
 * same process (time); then peak memory at 100,000 and 500,000 rows, each case alone in a child process
 * (bench/import-child.ts): the bare exceljs reader, this package's reading with rows discarded, and the whole
 * import. Export: 100,000 nominees against the bare exceljs streaming writer, and at 25,000 and 100,000 rows,
 * to show that memory does not grow with rows (the writer streams).
 * Run: npm run bench (everything), npm run bench -- import, npm run bench -- export.
 * The nominees are the real 868 rows of the 2021 list (examples/data; Vietnam Elections dataset (NA15-2021),
 * CC-BY-4.0) repeated with unique ids and names.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Dataset } from '@ungcu/core';
import type { OutputCell } from '@ungcu/core/export';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { isDateCell, officialListLayout } from '@ungcu/tabular';
import { compare, measure } from '../../../tools/src/bench';
import { xlsxExporter, xlsxImporter } from '../src/index';
import { writeBigWorkbook } from '../test/big-workbook';
import { ELECTION, PATHS } from '../test/support';

const only = process.argv[2];
if (only !== undefined && only !== 'import' && only !== 'export') throw new Error('usage: xlsx.bench.ts [import|export]');

async function scaledDataset(nominees: number): Promise<Dataset> {
  const { data } = await readCsvFiles(PATHS, { election: ELECTION });
  const out = [];
  for (let copy = 0; out.length < nominees; copy++) {
    for (const n of data.nominees) {
      if (out.length === nominees) break;
      out.push(copy === 0 ? n : { ...n, id: `${n.id}-${copy}`, person: { ...n.person, fullName: `${n.person.fullName} ${copy}` } });
    }
  }
  return { ...data, nominees: out };
}

function plain(cell: OutputCell): string | number | Date | null {
  if (cell === undefined) return null;
  if (isDateCell(cell)) return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

async function drain(stream: AsyncIterable<{ length: number }>): Promise<number> {
  let n = 0;
  for await (const chunk of stream) n += chunk.length;
  return n;
}

const SIZE = 100_000;
const dataset = await scaledDataset(SIZE);
const table = officialListLayout.encode(dataset);
const rows = [...table.rows].map((row) => row.map(plain));
const bytes = await xlsxExporter().write(dataset);
console.log(`${SIZE} nominees, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB of XLSX`);

if (only !== 'import') await compare(
  `XLSX export, ${SIZE} nominees`,
  {
    name: 'exceljs WorkbookWriter, same rows',
    run: async () => {
      const out = new PassThrough();
      const writing = (async () => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
        const ws = wb.addWorksheet('Danh sách');
        ws.addRow([...table.headers]).commit();
        let i = 0;
        for (const row of rows) {
          ws.addRow(row).commit();
          if (++i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        ws.commit();
        await wb.commit();
      })();
      const n = await drain(out);
      await writing;
      return n;
    },
  },
  [{ name: 'xlsxExporter().stream()', run: () => drain(xlsxExporter().stream(dataset)) }],
  { runs: 3, warmup: 0 },
);

if (only !== 'export') await compare(
  `XLSX import, ${SIZE} nominees`,
  {
    name: 'exceljs WorkbookReader, count rows',
    run: async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {});
      let n = 0;
      for await (const sheet of reader) for await (const row of sheet) n += row.number > 0 ? 1 : 0;
      return n;
    },
  },
  [
    {
      name: 'xlsxImporter().read()',
      run: async () => {
        const result = await xlsxImporter().read({ name: 'bench.xlsx', data: bytes }, { election: ELECTION });
        if (result.errors.length > 0 || result.data.nominees.length !== SIZE) throw new Error('the import did not read every row');
        return result;
      },
    },
  ],
  { runs: 3, warmup: 0 },
);

// Import memory against rows: each case alone in a child process, on the same generated file (the seven
// longest optional text columns blank and repeated text in shared strings, so that 500,000 rows stay within
// the default bounds).
async function child(path: string, mode: 'bare' | 'reader' | 'importer'): Promise<{ ms: number; peakRssMb: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--conditions=@ungcu/source', join(import.meta.dirname, 'import-child.ts'), path, mode],
    { cwd: join(import.meta.dirname, '..'), maxBuffer: 2 ** 20 },
  );
  return JSON.parse(stdout) as { ms: number; peakRssMb: number };
}

if (only !== 'export') {
  const dir = mkdtempSync(join(tmpdir(), 'ungcu-xlsx-bench-'));
  try {
    const table = [];
    for (const rowCount of [100_000, 500_000]) {
      const path = join(dir, `official-list-${rowCount}.xlsx`);
      const size = await writeBigWorkbook(path, rowCount, { compact: true, cellReferences: true });
      const bare = await child(path, 'bare');
      const reader = await child(path, 'reader');
      const importer = await child(path, 'importer');
      table.push({
        rows: rowCount,
        MiB: (size / 2 ** 20).toFixed(1),
        'bare exceljs ms': bare.ms,
        'reader ms': reader.ms,
        'import ms': importer.ms,
        'import x bare': (importer.ms / bare.ms).toFixed(2),
        'bare exceljs peak RSS MB': bare.peakRssMb,
        'reader peak RSS MB': reader.peakRssMb,
        'import peak RSS MB': importer.peakRssMb,
        'reader - bare MB': reader.peakRssMb - bare.peakRssMb,
        'import - reader MB': importer.peakRssMb - reader.peakRssMb,
      });
    }
    console.log('\nXLSX import memory against rows (peak RSS of a child process per case; reader = rows read, then discarded)');
    console.table(table);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

if (only !== 'import') {
  // Streaming: the export's extra memory at 25,000 and 100,000 rows (datasets built before measuring).
  const quarter = await scaledDataset(SIZE / 4);
  const small = await measure({ name: 'export 25,000', run: () => drain(xlsxExporter().stream(quarter)) }, { runs: 1 });
  const large = await measure({ name: 'export 100,000', run: () => drain(xlsxExporter().stream(dataset)) }, { runs: 1 });
  console.log('\nXLSX export memory against rows (peak RSS growth while writing)');
  console.table(
    [small, large].map((r) => ({ case: r.name, 'median ms': r.medianMs.toFixed(0), 'peak RSS +MB': r.peakRssMb.toFixed(0) })),
  );
}
