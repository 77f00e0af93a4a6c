/**
 * End-to-end benchmark (issue 15, "National scale"): the national dataset's nominees from CSV and from XLSX
 * files through import → save (SQLite, then PostgreSQL) → load → validate → export (XLSX; PDF and DOCX with
 * --documents), printing wall time, CPU time, peak RSS (growth and absolute) and the heap each stage keeps (see
 * stages.ts), and the CSV → SQLite → validate → XLSX path against its targets (under 60 s, under 1 GB peak).
 *
 * Run: node --expose-gc --import tsx --conditions=@ungcu/source tools/bench/pipeline.bench.ts [nominees] [flags]
 *   nominees        default 502,973 (the full national dataset); 100000 for the smaller size, to compare memory
 *   --documents     also export the whole list as PDF, and the National Assembly's lists as DOCX (see below)
 *   --no-postgres   skip PostgreSQL
 *   --no-xlsx       skip the XLSX input path (writing the XLSX inputs is the longest part of the setup)
 * PostgreSQL: the server at UNGCU_BENCH_POSTGRES_URL or UNGCU_TEST_POSTGRES_URL (a fresh schema, dropped at the
 * end), else in-process PGlite (about 130 s to save 500,000 nominees).
 *
 * Setup (untimed) runs in a child process (write-inputs.ts): the generated dataset is never in this process, so
 * each stage's memory is its own and the absolute peaks are those of a process that only runs the pipeline.
 * Every stage's count of nominees is checked against what the setup wrote: a stage that loses rows fails the
 * benchmark with a non-zero exit.
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { Dataset } from '@ungcu/core';
import type { ExportOptions, Exporter, ImportElection, ImportResult, Importer } from '@ungcu/core/export';
import { validate } from '@ungcu/core/rules';
import { loadDataset, saveDataset, type Store } from '@ungcu/core/storage';
import { csvImporter } from '@ungcu/export-csv';
import { xlsxExporter, xlsxImporter } from '@ungcu/export-xlsx';
import { vn2026 } from '@ungcu/rules-vn';
import { sqliteStore } from '@ungcu/storage-sqlite';
import { nomineeTemplateLayout } from '@ungcu/tabular';
import { FULL_SIZE, type InputManifest } from './manifest';
import { printTable, StageTimer } from './stages';

const TARGETS = { seconds: 60, mb: 1024 };
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const known = new Set(['--documents', '--no-postgres', '--no-xlsx']);
const unknown = [...flags].filter((f) => !known.has(f));
if (unknown.length > 0) throw new Error(`unknown flag ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
const wanted = Number(args.find((a) => !a.startsWith('--')) ?? FULL_SIZE);
if (!Number.isInteger(wanted) || wanted < 1) throw new Error(`the number of nominees must be a positive integer, got ${wanted}`);
if ((globalThis as { gc?: unknown }).gc === undefined) console.log('note: run with --expose-gc, or garbage of one stage counts against the next');

/** A count that differs from the one the setup wrote: the benchmark stops and exits non-zero. */
function expectCount(what: string, actual: number, expected: number): void {
  console.log(`    ${what}: ${actual.toLocaleString('en')}`);
  if (actual !== expected) throw new Error(`${what}: ${actual} nominees, expected ${expected}: a stage lost or added rows`);
}

/** Saves a dataset into a new SQLite file, as `ungcu import --store` does, and closes it. */
async function saveToNewFile(file: string, data: Dataset): Promise<void> {
  const store = await sqliteStore(file);
  try {
    await saveDataset(store, data);
  } finally {
    await store.close();
  }
}

/** Reads list files from disk as streams, as `ungcu import` does, and fails on any error or warning. */
async function importFiles(importer: Importer, files: readonly string[], election: ImportElection): Promise<Dataset> {
  const sources = files.map((path) => ({ name: path, data: createReadStream(path) as AsyncIterable<Uint8Array> }));
  const result: ImportResult = await importer.read(sources, { election, layout: 'nominee-template' });
  const problems = [...result.errors, ...result.warnings];
  if (problems.length > 0) {
    const first = problems.slice(0, 3).map((p) => `${p.file}:${p.row} ${p.code} ${p.message.en}`);
    throw new Error(`the ${importer.id} import reported ${result.errors.length} errors, ${result.warnings.length} warnings:\n${first.join('\n')}`);
  }
  return result.data;
}

/** Streams an export to a file, as `ungcu export` does; returns the file's size. */
async function exportFile(exporter: Exporter, data: Dataset, path: string, options: ExportOptions = {}): Promise<number> {
  await pipeline(Readable.from(exporter.stream(data, options)), createWriteStream(path));
  return statSync(path).size;
}

/** Nominees held by a store: the count of the whole table, as a second look at what the save wrote. */
async function storedNominees(store: Store): Promise<number> {
  return store.nominees.count();
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const dir = mkdtempSync(join(tmpdir(), 'ungcu-pipeline-bench-'));
// A run stopped with Ctrl-C still removes its files (by the exact path made above).
const onSignal = (): void => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(130);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

const timer = new StageTimer();
let failed = false;
try {
  console.log(`pipeline benchmark: ${wanted.toLocaleString('en')} nominees wanted; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} on 2 cores`);

  // Setup, untimed, in a child process with this process's flags (tsx, the source condition).
  const setupArgs = [...process.execArgv, join(import.meta.dirname, 'write-inputs.ts'), dir, String(wanted), ...(flags.has('--no-xlsx') ? ['--no-xlsx'] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, setupArgs, { maxBuffer: 16 * 2 ** 20 });
  const inputs = JSON.parse(stdout) as InputManifest;
  const expected = inputs.counts.nominees;
  console.log(
    `setup (untimed, child process): generated ${expected.toLocaleString('en')} nominees, ${inputs.counts.constituencies.toLocaleString('en')} constituencies, ` +
      `${inputs.counts.bodies.toLocaleString('en')} bodies in ${(inputs.generateMs / 1000).toFixed(1)} s; ` +
      `${inputs.csvFiles.length} CSV files (${mib(inputs.csvBytes)}) in ${(inputs.csvMs / 1000).toFixed(1)} s` +
      (inputs.xlsxFiles.length === 0 ? '; XLSX inputs not written (--no-xlsx)' : `, ${inputs.xlsxFiles.length} XLSX files (${mib(inputs.xlsxBytes)}) in ${(inputs.xlsxMs / 1000).toFixed(1)} s`) +
      ` (nominee-template layout, one file per province; ${inputs.birthdaysMoved} birthdays moved to keep two same-named people of one body apart)`,
  );
  // The files do not say which election they are for: the pack gives the day and term, the manifest the id
  // and name, so that the store holds the election under the id the load asks for.
  const election: ImportElection = { ...vn2026.election(inputs.election.electionDay), id: inputs.election.id, name: inputs.election.name };

  console.log(`RSS before the first stage (modules loaded, nothing read): ${mib(process.memoryUsage.rss())}`);
  console.log('\nCSV path (* = the target path)');
  let imported: Dataset | undefined = await timer.run(`* CSV import (${inputs.csvFiles.length} files → Dataset)`, true, () => importFiles(csvImporter(), inputs.csvFiles, election));
  expectCount('nominees imported from CSV', imported.nominees.length, expected);

  const sqliteFile = join(dir, 'csv.db');
  await timer.run('* SQLite save (saveDataset, one transaction)', true, () => saveToNewFile(sqliteFile, imported!));
  imported = undefined;
  const sqlite = await sqliteStore(sqliteFile);
  expectCount('nominees saved to SQLite', await storedNominees(sqlite), expected);
  console.log(`    SQLite file: ${mib(statSync(sqliteFile).size)}`);

  // A fresh store, as `ungcu validate --store` opens one: the load reads from disk, not from a warm handle.
  await sqlite.close();
  const reopened = await sqliteStore(sqliteFile, { readonly: true });
  const loaded = await timer.run('* SQLite load (loadDataset)', true, async () => {
    const data = await loadDataset(reopened, election.id!);
    if (data === undefined) throw new Error(`the SQLite store holds no election ${election.id}`);
    return data;
  });
  expectCount('nominees loaded from SQLite', loaded.nominees.length, expected);

  const report = await timer.run('* validate (vn-2026 pack, whole dataset)', true, () => validate(loaded, { packs: [vn2026] }));
  const whole = report.composition.find((row) => row.scope === 'election');
  expectCount('nominees validated (composition of the election)', whole?.nominees ?? 0, expected);
  console.log(`    findings: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} information`);

  const xlsxOut = join(dir, 'export.xlsx');
  const xlsxBytes = await timer.run('* XLSX export (nominee template, streamed to a file)', true, () =>
    exportFile(xlsxExporter(), loaded, xlsxOut, { layout: 'nominee-template' }),
  );
  // The rows the exporter writes are the layout's rows; the template's count of them, checked here.
  expectCount('nominees exported to XLSX', nomineeTemplateLayout.encode(loaded).rowCount, expected);
  console.log(`    XLSX file: ${mib(xlsxBytes)}`);

  // Streamed: the store's iterate reads nominees a page at a time, holding none. validate() and the exporters
  // take a whole Dataset, so a streamed validate or export is not something the API offers yet.
  console.log('\nstreamed read (nothing held)');
  const streamed = await timer.run('SQLite nominees.iterate (count, hold none)', false, async () => {
    let n = 0;
    for await (const nominee of reopened.nominees.iterate({ batchSize: 1000 })) if (nominee.person.fullName.length > 0) n++;
    return n;
  });
  expectCount('nominees streamed from SQLite', streamed, expected);
  await reopened.close();

  console.log('\ndocuments');
  if (!flags.has('--documents')) {
    console.log(
      '  skipped (run with --documents): the PDF of the whole list takes about 1.1 ms of CPU per nominee ' +
        `(export-pdf README: 544 s for 502,973), about ${Math.round((expected * 1.1) / 1000)} s here; DOCX holds the whole document in memory`,
    );
  } else {
    // Loaded here, as the CLI loads them on first use: the target path's process never holds them.
    const { pdfExporter } = await import('@ungcu/export-pdf');
    const { docxExporter } = await import('@ungcu/export-docx');
    let constituencies = 0;
    const pdfBytes = await timer.run('PDF export (official list, every constituency)', false, () =>
      exportFile(pdfExporter(), loaded, join(dir, 'export.pdf'), { onProgress: (p) => (constituencies = p.done) }),
    );
    const listed = new Set(loaded.nominees.map((n) => n.nomination.constituencyId)).size;
    console.log(`    PDF: ${mib(pdfBytes)}, ${constituencies.toLocaleString('en')} constituencies (of ${listed.toLocaleString('en')} with nominees)`);
    if (constituencies !== listed) throw new Error(`the PDF printed ${constituencies} constituencies, expected ${listed}`);
    // docx builds the whole document before zipping it (about 200 MB for the 868 nominees of 2021, its README
    // says): the whole national list would not fit in memory, so DOCX writes the National Assembly's lists.
    const na = new Set(loaded.bodies.filter((b) => b.kind === 'national-assembly').map((b) => b.id));
    const naData: Dataset = {
      ...loaded,
      constituencies: loaded.constituencies.filter((c) => na.has(c.bodyId)),
      nominees: loaded.nominees.filter((n) => na.has(n.nomination.bodyId)),
    };
    const docxBytes = await timer.run(`DOCX export (National Assembly lists only, ${naData.nominees.length} nominees)`, false, () =>
      exportFile(docxExporter(), naData, join(dir, 'export.docx')),
    );
    console.log(`    DOCX: ${mib(docxBytes)}`);
  }

  console.log('\nPostgreSQL');
  const url = process.env['UNGCU_BENCH_POSTGRES_URL'] ?? process.env['UNGCU_TEST_POSTGRES_URL'];
  if (flags.has('--no-postgres')) {
    console.log('  skipped (--no-postgres)');
  } else {
    // A server if one is configured, in a schema of this run's own, dropped at the end; else PGlite.
    const schema = `ungcu_pipeline_${process.pid}`;
    const { postgresStore } = await import('@ungcu/storage-postgres');
    const pool = url === undefined ? undefined : new (await import('pg')).default.Pool({ connectionString: url, max: 2 });
    const pglite = url === undefined ? new (await import('@electric-sql/pglite')).PGlite() : undefined;
    const where = pool === undefined ? 'in-process PGlite (no UNGCU_BENCH_POSTGRES_URL or UNGCU_TEST_POSTGRES_URL)' : `server ${new URL(url!).host}, schema ${schema}`;
    console.log(`  on ${where}`);
    try {
      const store = await postgresStore(pool ?? pglite!, { schema });
      // The dataset loaded from SQLite: the same rows the CSV import read, each carrying its SQLite version,
      // which 'upsert' would check against this empty store. 'any' writes them without the check; on an empty
      // store it takes the same path as the first import's 'upsert' (no stored rows to read back).
      await timer.run(`PostgreSQL save (${pool === undefined ? 'PGlite' : 'server'})`, false, () =>
        saveDataset(store, loaded, { expectedVersion: 'any' }),
      );
      expectCount('nominees saved to PostgreSQL', await storedNominees(store), expected);
      const fromPostgres = await timer.run(`PostgreSQL load (${pool === undefined ? 'PGlite' : 'server'})`, false, () => loadDataset(store, election.id!));
      expectCount('nominees loaded from PostgreSQL', fromPostgres?.nominees.length ?? 0, expected);
      await store.close();
    } finally {
      if (pool !== undefined) {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
      await pglite?.close();
    }
  }

  console.log('\nXLSX path');
  if (inputs.xlsxFiles.length === 0) {
    console.log('  skipped (--no-xlsx)');
  } else {
    let fromXlsx: Dataset | undefined = await timer.run(`XLSX import (${inputs.xlsxFiles.length} files → Dataset)`, false, () =>
      importFiles(xlsxImporter(), inputs.xlsxFiles, election),
    );
    expectCount('nominees imported from XLSX', fromXlsx.nominees.length, expected);
    const file = join(dir, 'xlsx.db');
    await timer.run('SQLite save of the XLSX import', false, () => saveToNewFile(file, fromXlsx!));
    fromXlsx = undefined;
    const store = await sqliteStore(file, { readonly: true });
    expectCount('nominees saved to SQLite from XLSX', await storedNominees(store), expected);
    await store.close();
  }

  console.log(`\n${expected.toLocaleString('en')} nominees; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} on 2 cores at the end`);
  printTable(timer.results, TARGETS);
} catch (error) {
  failed = true;
  console.error('\nFAILED:', error instanceof Error ? error.message : error);
} finally {
  await timer.close();
  rmSync(dir, { recursive: true, force: true });
}
// Missing a target is a result to read, not a failure; a lost row or a broken stage is.
process.exitCode = failed ? 1 : 0;
