// The main job of ungcu in one program: read the real 2021 National Assembly list (CSV), store it in SQLite,
// validate it under the 2021 law (vn-2021) and export the official list as XLSX. Run it twice: the second run
// finds everything already stored and changes nothing.
//
//   node main.mjs [folder of CSV files]   (default: examples/data/vn-na-2021/candidates)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importIntoStore } from '@ungcu/core/export';
import { validate } from '@ungcu/core/rules';
import { loadDataset } from '@ungcu/core/storage';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { xlsxExporter } from '@ungcu/export-xlsx';
import { vn2021 } from '@ungcu/rules-vn';
import { sqliteStore } from '@ungcu/storage-sqlite';

const folder = process.argv[2] ?? fileURLToPath(new URL('../data/vn-na-2021/candidates/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.csv')).map((name) => join(folder, name));

const election = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' };
const { data, errors } = await readCsvFiles(files, { election });
for (const error of errors) console.error(`${error.file}:${error.row} ${error.message.vi} / ${error.message.en}`);
if (errors.length > 0) process.exit(2);

const store = await sqliteStore('ungcu.db');
const summary = await importIntoStore(store, data, { actor: 'getting-started' });
const stored = await loadDataset(store, data.elections[0].id);
await store.close();

const report = validate(stored, { packs: [vn2021], locale: 'vi' });
writeFileSync('danh-sach-chinh-thuc.xlsx', await xlsxExporter().write(stored, { layout: 'official-list' }));

console.log(`files: ${files.length}`);
console.log(`nominees: ${stored.nominees.length}`);
console.log(`new nominees: ${summary.counts.nominees.created}`);
console.log(`errors: ${report.summary.errors}`);
console.log(`warnings: ${report.summary.warnings}`);
