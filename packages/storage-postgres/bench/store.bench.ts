/**
 * PostgreSQL store benchmark: save and load the national-scale dataset (about 500,000 nominees) through the
 * store, against the floor of bare `pg` doing the same inserts (same tables, same JSON documents, same audit
 * rows) in one transaction with COPY, the fastest way pg has; and reading one constituency's nominees.
 * Runs on the server at UNGCU_BENCH_POSTGRES_URL or UNGCU_TEST_POSTGRES_URL, and on in-process PGlite.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { COLLECTION_NAMES, type Dataset } from '@ungcu/core';
import { loadDataset, saveDataset } from '@ungcu/core/storage';
import { COLLECTION_TABLES, indexedFields, readFields } from '@ungcu/core/storage/driver';
import { compare, measure } from '../../../tools/src/bench';
import { generateNationalDataset } from '../../../tools/src/generate/index';
import { MIGRATIONS, postgresStore } from '../src/index';

const url = process.env['UNGCU_BENCH_POSTGRES_URL'] ?? process.env['UNGCU_TEST_POSTGRES_URL'];
const data: Dataset = generateNationalDataset({ seed: 2026 });
const electionId = data.elections[0]!.id;
console.log(`dataset: ${data.nominees.length} nominees, ${data.constituencies.length} constituencies, ${data.bodies.length} bodies`);

const run = `ungcu_bench_${process.pid}`;
let schemaNumber = 0;
const schemas: string[] = [];
const freshSchema = () => {
  const schema = `${run}_${++schemaNumber}`;
  schemas.push(schema);
  return schema;
};

/** One COPY text-format field: backslash, tab, newline and carriage return escaped; null as \N. */
function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

async function copyInto(client: pg.PoolClient, target: string, lines: Iterable<string>): Promise<void> {
  const stream = client.query(copyStreams.from(`COPY ${target} FROM STDIN`));
  await pipeline(Readable.from(lines), stream);
}

/** The floor: bare pg, same schema, same rows, one transaction, COPY. */
async function bareSave(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(MIGRATIONS.map((m) => m.sql.replaceAll('{schema}', `"${schema}"`)).join('\n'));
    await client.query('BEGIN');
    const at = new Date().toISOString();
    const audit: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      const fields = indexedFields(collection);
      const lines = function* () {
        for (const entity of data[collection] as { id: string }[]) {
          const document = JSON.stringify(entity);
          audit.push(`${at}\tbench\t${collection}\t${copyField(entity.id)}\tcreate\t0\t\\N\t${copyField(document)}\n`);
          yield [entity.id, 0, document, ...Object.values(readFields(collection, entity))].map(copyField).join('\t') + '\n';
        }
      };
      const columns = ['id', 'version', 'document', ...fields.map(([, f]) => f.column)].join(', ');
      await copyInto(client, `"${schema}".${COLLECTION_TABLES[collection]} (${columns})`, lines());
    }
    await copyInto(client, `"${schema}".audit_log (at, actor, collection, entity_id, operation, version, before, after)`, audit);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

async function bareLoad(query: (sql: string) => Promise<{ rows: unknown[] }>, schema: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const collection of COLLECTION_NAMES) {
    const { rows } = await query(`SELECT version, document::text AS document FROM "${schema}".${COLLECTION_TABLES[collection]}`);
    out[collection] = (rows as { version: number; document: string }[]).map((row) => {
      const entity = JSON.parse(row.document) as { version: number };
      entity.version = row.version;
      return entity;
    });
  }
  return out;
}

const options = { runs: 3, warmup: 0 };

async function constituencyQuery(store: Awaited<ReturnType<typeof postgresStore>>, label: string): Promise<void> {
  const sample = data.constituencies.filter((_, i) => i % 997 === 0).map((c) => c.id);
  let i = 0;
  const one = await measure(
    { name: 'one constituency', run: () => store.nominees.list({ where: { constituencyId: sample[i++ % sample.length]! }, orderBy: [{ field: 'listNumber' }] }) },
    { runs: 201, warmup: 20 },
  );
  console.log(`\n${label}: load one constituency's nominees (201 runs): median ${one.medianMs.toFixed(3)} ms, min ${one.minMs.toFixed(3)} ms`);
}

if (url === undefined) {
  console.log('\nPostgreSQL server: not run, because neither UNGCU_BENCH_POSTGRES_URL nor UNGCU_TEST_POSTGRES_URL is set.');
} else {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await compare(
      'PostgreSQL server: save the national dataset (one transaction)',
      { name: 'bare pg + COPY (floor)', run: () => bareSave(pool, freshSchema()) },
      [
        {
          name: 'postgresStore + saveDataset',
          run: async () => {
            const store = await postgresStore(pool, { schema: freshSchema() });
            await saveDataset(store, data);
          },
        },
      ],
      options,
    );
    const schema = freshSchema();
    const store = await postgresStore(pool, { schema });
    await saveDataset(store, data);
    await compare(
      'PostgreSQL server: load the national dataset',
      { name: 'bare SELECT + JSON.parse (floor)', run: () => bareLoad((sql) => pool.query(sql), schema) },
      [{ name: 'loadDataset', run: () => loadDataset(store, electionId) }],
      options,
    );
    await constituencyQuery(store, 'PostgreSQL server');
  } finally {
    for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}

// PGlite: the same comparison in one in-process database, one timed run each (a save takes minutes in
// WebAssembly). Its floor is bare PGlite inserting the same rows with multi-array unnest, 5,000 rows per
// statement, in one transaction: measured, PGlite's COPY from a blob was five times slower than that.
{
  const db = new PGlite();
  async function pgliteBareSave(schema: string): Promise<void> {
    await db.exec(`CREATE SCHEMA "${schema}"; ${MIGRATIONS.map((m) => m.sql.replaceAll('{schema}', `"${schema}"`)).join('\n')}`);
    await db.transaction(async (tx) => {
      const at = new Date().toISOString();
      for (const collection of COLLECTION_NAMES) {
        const fields = indexedFields(collection);
        const columns = ['id', 'version', 'document', ...fields.map(([, f]) => f.column)];
        const types = ['text', 'integer', 'text', ...fields.map(([, f]) => (f.kind === 'integer' ? 'integer' : 'text'))];
        const entities = data[collection] as { id: string }[];
        for (let start = 0; start < entities.length; start += 5000) {
          const part = entities.slice(start, start + 5000);
          const documents = part.map((e) => JSON.stringify(e));
          const values = part.map((e) => Object.values(readFields(collection, e)));
          const params = [part.map((e) => e.id), part.map(() => 0), documents, ...fields.map((_, i) => values.map((v) => v[i] ?? null))];
          const select = columns.map((c) => (c === 'document' ? 'u.document::jsonb' : `u.${c}`)).join(', ');
          await tx.query(
            `INSERT INTO "${schema}".${COLLECTION_TABLES[collection]} (${columns.join(', ')}) SELECT ${select} FROM unnest(${types
              .map((t, i) => `$${i + 1}::${t}[]`)
              .join(', ')}) AS u(${columns.join(', ')})`,
            params,
          );
          await tx.query(
            `INSERT INTO "${schema}".audit_log (at, actor, collection, entity_id, operation, version, after)` +
              ' SELECT $1::timestamptz, $2, $3, u.id, $4, 0, u.after::jsonb FROM unnest($5::text[], $6::text[]) AS u(id, after)',
            [at, 'bench', collection, 'create', part.map((e) => e.id), documents],
          );
        }
      }
    });
  }
  await compare(
    'PGlite: save the national dataset (one transaction)',
    { name: 'bare PGlite + unnest (floor)', run: () => pgliteBareSave(`floor_${++schemaNumber}`) },
    [{ name: 'postgresStore(PGlite) + saveDataset', run: async () => saveDataset(await postgresStore(db, { schema: `store_${++schemaNumber}` }), data) }],
    { runs: 1, warmup: 0 },
  );
  const store = await postgresStore(db, { schema: 'loaded' });
  await saveDataset(store, data);
  await compare(
    'PGlite: load the national dataset',
    { name: 'bare SELECT + JSON.parse (floor)', run: () => bareLoad((sql) => db.query(sql), 'loaded') },
    [{ name: 'loadDataset', run: () => loadDataset(store, electionId) }],
    { runs: 1, warmup: 0 },
  );
  await constituencyQuery(store, 'PGlite');
  await db.close();
}
