/**
 * SQLite store benchmark: save and load the national-scale dataset (about 500,000 nominees) through the
 * store, against the floor of bare better-sqlite3 doing the same inserts (same tables, same JSON documents,
 * same audit rows) in one transaction; and reading one constituency's nominees. Run: npm run bench.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_NAMES, type Dataset } from '@ungcu/core';
import { loadDataset, saveDataset } from '@ungcu/core/storage';
import { COLLECTION_TABLES, indexedFields, readFields } from '@ungcu/core/storage/driver';
import { compare, measure } from '../../../tools/src/bench';
import { generateNationalDataset } from '../../../tools/src/generate/index';
import { MIGRATIONS, sqliteStore } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'ungcu-sqlite-bench-'));
let fileNumber = 0;
const freshFile = () => join(dir, `bench-${++fileNumber}.db`);

const data: Dataset = generateNationalDataset({ seed: 2026 });
const electionId = data.elections[0]!.id;
console.log(`dataset: ${data.nominees.length} nominees, ${data.constituencies.length} constituencies, ${data.bodies.length} bodies`);

/** The floor: bare better-sqlite3, same schema, same rows, one transaction, prepared statements. */
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
        `INSERT INTO ${COLLECTION_TABLES[collection]} (id, version, document${fields.map(([, f]) => `, ${f.column}`).join('')}) VALUES (?, 0, ?${fields.map(() => ', ?').join('')})`,
      );
      for (const entity of data[collection] as { id: string }[]) {
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

// Each save writes about 1 GB; three timed runs keep the whole benchmark within a few minutes.
const options = { runs: 3, warmup: 0 };
await compare(
  'save the national dataset (one transaction)',
  { name: 'bare better-sqlite3 (floor)', run: () => bareSave(freshFile()).close() },
  [
    {
      name: 'sqliteStore + saveDataset',
      run: async () => {
        const store = await sqliteStore(freshFile());
        await saveDataset(store, data);
        await store.close();
      },
    },
  ],
  options,
);

const loadFile = freshFile();
const seeded = await sqliteStore(loadFile);
await saveDataset(seeded, data);
const raw = new Database(loadFile, { readonly: true });
await compare(
  'load the national dataset',
  { name: 'bare SELECT + JSON.parse (floor)', run: () => bareLoad(raw) },
  [{ name: 'loadDataset', run: () => loadDataset(seeded, electionId) }],
  options,
);

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
