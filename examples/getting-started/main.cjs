// main.mjs for CommonJS (require): the same job, the same output.
//
//   node main.cjs [folder of CSV files]   (default: examples/data/vn-na-2021/candidates)
const { readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { importIntoStore } = require('@ungcu/core/export');
const { validate } = require('@ungcu/core/rules');
const { loadDataset } = require('@ungcu/core/storage');
const { readCsvFiles } = require('@ungcu/export-csv/node');
const { xlsxExporter } = require('@ungcu/export-xlsx');
const { vn2021 } = require('@ungcu/rules-vn');
const { sqliteStore } = require('@ungcu/storage-sqlite');

async function main() {
  const folder = process.argv[2] ?? join(__dirname, '..', 'data', 'vn-na-2021', 'candidates');
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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
