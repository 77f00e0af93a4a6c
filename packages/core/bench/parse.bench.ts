/**
 * parseEntity over the generated national dataset (502,973 nominees; a smaller size as the argument, e.g. 6
 * constituencies per commune for about 100,000), against a copy of every entity in the same process
 * (JSON.parse(JSON.stringify(entity)), entity by entity: what building the same objects costs with no check).
 * A parse validates and normalises every field and builds a new object, so the copy is its floor.
 * zod's generic object parser (before src/model/object.ts) is not runnable beside it: zod fixes the choice of
 * parser when a schema is built. Measured before the change: 14.6 µs a nominee; see docs/concepts/model.md.
 * Run: npm run bench -w @ungcu/core [-- <constituencies per commune, default 30>]
 */
import { COLLECTION_NAMES, parseEntity } from '@ungcu/core';
import { compare, type BenchCase } from '../../../tools/src/bench';
import { generateNationalDataset } from '../../../tools/src/generate/index';

const perCommune = Number(process.argv[2] ?? 30);
const data = generateNationalDataset({ seed: 2026, constituenciesPerCommune: perCommune });
const nominees = data.nominees.length;
console.log(`dataset: ${nominees} nominees, ${data.constituencies.length} constituencies`);

function each(fn: (collection: (typeof COLLECTION_NAMES)[number], row: unknown) => unknown): () => number {
  return () => {
    let kept = 0;
    for (const collection of COLLECTION_NAMES) for (const row of data[collection] as unknown[]) if (fn(collection, row) !== undefined) kept++;
    return kept;
  };
}
const copy: BenchCase = { name: 'JSON.parse(JSON.stringify(entity)) (floor)', run: each((_, row) => JSON.parse(JSON.stringify(row))) };
const ours: BenchCase = { name: 'parseEntity', run: each((collection, row) => parseEntity(collection, row)) };
const { subjects } = await compare('parse every entity of the national dataset', copy, [ours], { runs: 3, warmup: 1 });
console.log(`parseEntity: ${((subjects[0]!.medianCpuMs * 1000) / nominees).toFixed(2)} µs CPU per nominee (all collections counted)`);
