/**
 * Writes a generated official-list workbook (test/big-workbook.ts) to a path, for the benchmark and by hand:
 * node --import tsx --conditions=@ungcu/source bench/generate.ts <path> <rows> [compact|compact-refs]
 */
import { writeBigWorkbook } from '../test/big-workbook';

const [path, rows, mode] = process.argv.slice(2);
if (path === undefined || rows === undefined) throw new Error('usage: generate.ts <path> <rows> [compact|compact-refs]');
const start = performance.now();
const size = await writeBigWorkbook(path, Number(rows), { compact: mode?.startsWith('compact') === true, cellReferences: mode !== 'compact' });
console.log(JSON.stringify({ path, rows: Number(rows), mib: +(size / 2 ** 20).toFixed(1), ms: Math.round(performance.now() - start) }));
