/**
 * SQLite store benchmark: save and load the national-scale dataset (about 500,000 nominees) through the
 * store, each against its floor in the same run:
 * - save: bare better-sqlite3 doing the same inserts (same schema and indexes, the same JSON text the store
 *   writes, the same audit rows) in one transaction with prepared statements;
 * - load: SELECT + JSON.parse of every row, kept;
 * - streamed read: `iterate` by body against a bare statement iterated and parsed row by row, nothing kept.
 * Run: npm run bench [-- <nominees>], e.g. `npm run bench -- 100000` to compare memory at two sizes.
 * CPU time is printed beside wall time: on a shared machine it is the steadier of the two.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_NAMES, parseEntity, type Dataset } from '@ungcu/core';
import { loadDataset, saveDataset } from '@ungcu/core/storage';
import { COLLECTION_TABLES, indexedFields, readFields } from '@ungcu/core/storage/driver';
import { compare, measure, type BenchCase } from '../../../tools/src/bench';
import { generateNationalDataset } from '../../../tools/src/generate/index';
import { MIGRATIONS, sqliteStore } from '../src/index';

const FULL_SIZE = 502_973;
const wanted = Number(process.argv[2] ?? FULL_SIZE);
// The generator's size knob is constituencies per commune council (30 gives the full national dataset).
const perCommune = Math.max(1, Math.round((30 * wanted) / FULL_SIZE));

const dir = mkdtempSync(join(tmpdir(), 'ungcu-sqlite-bench-'));
let fileNumber = 0;
const freshFile = () => join(dir, `bench-${++fileNumber}.db`);

const data: Dataset = generateNationalDataset({ seed: 2026, constituenciesPerCommune: perCommune });
const electionId = data.elections[0]!.id;
const bodyIds = data.bodies.map((b) => b.id);
console.log(`dataset: ${data.nominees.length} nominees, ${data.constituencies.length} constituencies, ${data.bodies.length} bodies`);

// The floor writes the text the store writes: the entity as the schema normalises it (defaults filled in,
// NFC). Normalising here, outside the timing, leaves the floor only the inserts.
const normalised = Object.fromEntries(
  COLLECTION_NAMES.map((c) => [c, (data[c] as unknown[]).map((e) => parseEntity(c, e) as { id: string })]),
) as Record<string, { id: string }[]>;

/** CPU time (user + system) of each run, beside the harness's wall time. */
const cpuTimes = new Map<string, number[]>();
function withCpu(bench: BenchCase): BenchCase {
  return {
    name: bench.name,
    run: async () => {
      const start = process.cpuUsage();
      const kept = await bench.run();
      const used = process.cpuUsage(start);
      cpuTimes.set(bench.name, [...(cpuTimes.get(bench.name) ?? []), (used.user + used.system) / 1000]);
      return kept;
    },
  };
}
function printCpu(names: readonly string[]): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(cpuTimes.get(names[0]!)!);
  for (const name of names) {
    const cpu = median(cpuTimes.get(name)!);
    console.log(`  cpu ${name}: median ${cpu.toFixed(0)} ms (${(cpu / base).toFixed(2)}x)`);
  }
}

/** The floor: bare better-sqlite3, the store's schema, rows and pragmas, one transaction, prepared statements. */
function bareSave(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(MIGRATIONS.map((m) => m.sql).join('\n'));
  const at = new Date().toISOString();
  const audit = db.prepare(
    'INSERT INTO audit_log (at, actor, collection, entity_id, operation, version, before, after) VALUES (?, ?, ?, ?, ?, 0, NULL, ?)',
  );
  db.transaction(() => {
    for (const collection of COLLECTION_NAMES) {
      const fields = indexedFields(collection);
      const insert = db.prepare(
        `INSERT INTO ${COLLECTION_TABLES[collection]} (id, version, document${fields.map(([, f]) => `, ${f.column}`).join('')}) VALUES (?, 0, ?${fields.map(() => ', ?').join('')}) ON CONFLICT (id) DO NOTHING`,
      );
      for (const entity of normalised[collection]!) {
        const document = JSON.stringify(entity);
        insert.run(entity.id, document, ...Object.values(readFields(collection, entity)));
        audit.run(at, 'bench', collection, entity.id, 'create', document);
      }
    }
  })();
  return db;
}

/** The floor of a load: every row of every table, parsed and kept (a load keeps what it read). */
function bareLoad(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const collection of COLLECTION_NAMES) {
    const rows = db.prepare(`SELECT version, document FROM ${COLLECTION_TABLES[collection]}`).all() as { version: number; document: string }[];
    out[collection] = rows.map((row) => {
      const entity = JSON.parse(row.document) as { version: number };
      entity.version = row.version;
      return entity;
    });
  }
  return out;
}

/** The floor of a streamed read: one statement per body, rows parsed one at a time and dropped. */
function bareIterate(db: Database.Database): number {
  const statement = db.prepare('SELECT version, document FROM nominees WHERE body_id = ? ORDER BY id');
  let women = 0;
  for (const bodyId of bodyIds) {
    for (const row of statement.iterate(bodyId) as Iterable<{ version: number; document: string }>) {
      const entity = JSON.parse(row.document) as { version: number; person: { gender: string } };
      entity.version = row.version;
      if (entity.person.gender === 'female') women++;
    }
  }
  return women;
}

// A national save writes about 1 GB; three timed runs keep the whole benchmark within a few minutes.
const options = { runs: 3, warmup: 0 };
const floorSave = withCpu({ name: 'bare better-sqlite3 (floor)', run: () => bareSave(freshFile()).close() });
const storeSave = withCpu({
  name: 'sqliteStore + saveDataset',
  run: async () => {
    const store = await sqliteStore(freshFile());
    await saveDataset(store, data);
    await store.close();
  },
});
await compare('save the national dataset (one transaction)', floorSave, [storeSave], options);
printCpu([floorSave.name, storeSave.name]);

const loadFile = freshFile();
const seeded = await sqliteStore(loadFile);
await saveDataset(seeded, data);
const raw = new Database(loadFile, { readonly: true });
const floorLoad = withCpu({ name: 'bare SELECT + JSON.parse (floor)', run: () => bareLoad(raw) });
const storeLoad = withCpu({ name: 'loadDataset', run: () => loadDataset(seeded, electionId) });
await compare('load the national dataset', floorLoad, [storeLoad], options);
printCpu([floorLoad.name, storeLoad.name]);

const floorIterate = withCpu({ name: 'bare statement.iterate per body (floor)', run: () => bareIterate(raw) });
const storeIterate = withCpu({
  name: 'nominees.iterate per body',
  run: async () => {
    let women = 0;
    for (const bodyId of bodyIds) {
      for await (const nominee of seeded.nominees.iterate({ where: { bodyId } })) if (nominee.person.gender === 'female') women++;
    }
    return women;
  },
});
await compare('stream every nominee, body by body, holding none', floorIterate, [storeIterate], options);
printCpu([floorIterate.name, storeIterate.name]);

// One constituency's list: the query behind every screen that shows a list. Target: under 5 ms.
const sample = data.constituencies.filter((_, i) => i % 997 === 0).map((c) => c.id);
let i = 0;
const one = await measure(
  { name: 'one constituency', run: () => seeded.nominees.list({ where: { constituencyId: sample[i++ % sample.length]! }, orderBy: [{ field: 'listNumber' }] }) },
  { runs: 201, warmup: 20 },
);
console.log(`\nload one constituency's nominees (${sample.length} constituencies, 201 runs): median ${one.medianMs.toFixed(3)} ms, min ${one.minMs.toFixed(3)} ms (target < 5 ms)`);

raw.close();
await seeded.close();
rmSync(dir, { recursive: true, force: true });
