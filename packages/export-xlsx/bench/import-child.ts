/**
 * One reading of an XLSX file, alone in its process so that its peak memory is its own (the benchmark runs
 * one child per case; `node --cpu-prof` can profile one):
 *   node --import tsx --conditions=@ungcu/source bench/import-child.ts <path> bare|reader|importer
 * bare: exceljs's streaming WorkbookReader counting rows (the bare library, as in the time comparison);
 * reader: this package's bounded reading (scan, then saxes) with every row discarded;
 * importer: xlsxImporter().read(), rows decoded and assembled into a dataset by the core engine.
 * Prints { mode, rows, ms, cpuMs, peakRssMb } as JSON (cpuMs: this process's CPU time, all threads).
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readXlsxRows } from '../src/read-rows';
import { DEFAULT_XLSX_LIMITS } from '../src/limits';
import { xlsxImporter } from '../src/index';
import { ELECTION } from '../test/support';

const [path, mode] = process.argv.slice(2);
if (path === undefined || (mode !== 'bare' && mode !== 'reader' && mode !== 'importer')) {
  throw new Error('usage: import-child.ts <path> bare|reader|importer');
}
const bytes = new Uint8Array(readFileSync(path));
const start = performance.now();
const cpu = process.cpuUsage();
let rows = 0;
if (mode === 'bare') {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {});
  for await (const sheet of reader) for await (const row of sheet) rows += row.number > 0 ? 1 : 0;
} else if (mode === 'reader') {
  await readXlsxRows(bytes, DEFAULT_XLSX_LIMITS, { counted: 0, read: 0 }, () => ({ row: () => void rows++ }));
} else {
  const result = await xlsxImporter().read({ name: path, data: bytes }, { election: ELECTION });
  if (result.errors.length > 0) throw new Error(`the import failed: ${JSON.stringify(result.errors[0])}`);
  rows = result.data.nominees.length + 1;
}
const ms = performance.now() - start;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ mode, rows, ms: Math.round(ms), cpuMs: Math.round((user + system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
