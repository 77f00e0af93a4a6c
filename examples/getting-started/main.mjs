// The main job of ungcu in one program: read the real 2021 National Assembly list (CSV), save it into SQLite,
// validate it under the 2021 law (vn-2021) and write the official list as XLSX. Run it twice: the second run
// finds everything already stored and changes nothing. docs/guide/getting-started.md explains each call.
//
//   node main.mjs [folder of CSV files]   (default: ../data/vn-na-2021/candidates)
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUngcu } from '@ungcu/core';
import { csvImporter } from '@ungcu/export-csv';
import { xlsxExporter } from '@ungcu/export-xlsx';
import { vn2021 } from '@ungcu/rules-vn';
import { sqliteStore } from '@ungcu/storage-sqlite';

const folder = process.argv[2] ?? fileURLToPath(new URL('../data/vn-na-2021/candidates/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.csv')).map((name) => join(folder, name));

const ungcu = createUngcu({
  packs: [vn2021], // the election (23 May 2021, the XVth National Assembly) comes from the pack
  store: await sqliteStore('ungcu.db'),
  importers: [csvImporter()],
  exporters: [xlsxExporter()],
});
const { data, errors } = await ungcu.importFiles(files);
for (const e of errors) console.error(`${e.file}, row ${e.row}: ${e.message.vi} / ${e.message.en} [${e.code}]`);
if (errors.length > 0) process.exit(2);

const saved = await ungcu.save(data, { actor: 'getting-started' }); // an upsert: a second run changes nothing
const stored = await ungcu.load();
const report = ungcu.validate(stored);
await writeFile('danh-sach-chinh-thuc.xlsx', await ungcu.export(stored, 'xlsx'));
await ungcu.close();

console.log(`nominees: ${stored.nominees.length}`);
console.log(`created: ${saved.counts.nominees.created}`);
console.log(`errors: ${report.summary.errors}`);
console.log(`warnings: ${report.summary.warnings}`);
