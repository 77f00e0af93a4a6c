// main.mjs as CommonJS: the same program with require(), its body in an async function (CommonJS has no
// top-level await).
//
//   node main.cjs [folder of CSV files]   (default: ../data/vn-na-2021/candidates)
const { readdirSync } = require('node:fs');
const { writeFile } = require('node:fs/promises');
const { join } = require('node:path');
const { createUngcu } = require('@ungcu/core');
const { csvImporter } = require('@ungcu/export-csv');
const { xlsxExporter } = require('@ungcu/export-xlsx');
const { vn2021 } = require('@ungcu/rules-vn');
const { sqliteStore } = require('@ungcu/storage-sqlite');

async function main() {
  const folder = process.argv[2] ?? join(__dirname, '..', 'data', 'vn-na-2021', 'candidates');
  const files = readdirSync(folder).filter((name) => name.endsWith('.csv')).map((name) => join(folder, name));

  const ungcu = createUngcu({
    packs: [vn2021],
    store: await sqliteStore('ungcu.db'),
    importers: [csvImporter()],
    exporters: [xlsxExporter()],
  });
  const { data, errors } = await ungcu.importFiles(files);
  for (const e of errors) console.error(`${e.file}, row ${e.row}: ${e.message.vi} / ${e.message.en} [${e.code}]`);
  if (errors.length > 0) return 2;

  const saved = await ungcu.save(data, { actor: 'getting-started' });
  const stored = await ungcu.load();
  const report = ungcu.validate(stored);
  await writeFile('danh-sach-chinh-thuc.xlsx', await ungcu.export(stored, 'xlsx'));
  await ungcu.close();

  console.log(`nominees: ${stored.nominees.length}`);
  console.log(`created: ${saved.counts.nominees.created}`);
  console.log(`errors: ${report.summary.errors}`);
  console.log(`warnings: ${report.summary.warnings}`);
  return 0;
}

main().then((code) => (process.exitCode = code));
