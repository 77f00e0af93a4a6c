/**
 * Imports one XLSX file in a child process, so that its memory is measured alone and capped by the parent
 * (memory.test.ts, bench): node --max-old-space-size=... --import tsx --conditions=@ungcu/source
 * test/import-child.ts <path>. Prints the errors, the nominee count and the peak RSS as JSON on stdout.
 */
import { readXlsxFiles } from '../src/index';
import { ELECTION } from './support';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: import-child.ts <path>');
const result = await readXlsxFiles([path], { election: ELECTION });
process.stdout.write(
  JSON.stringify({
    errors: result.errors,
    nominees: result.data.nominees.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
