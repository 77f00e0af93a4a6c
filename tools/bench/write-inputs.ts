/**
 * The pipeline benchmark's setup, run in a child process so that the generated dataset never counts against
 * the memory of the timed stages: generates the national dataset, writes it as one CSV and one XLSX file per
 * province with the project's own exporters, and prints a manifest (JSON) on stdout.
 *
 * Layout: the nominee template, the one layout that holds every body (the National Assembly, provincial and
 * commune councils); the official list holds the National Assembly only, so it would write about 900 rows
 * whatever the size. One file per province, as each province's election committee sends its own, and
 * because one national XLSX file (about 75 MiB at 500,000 rows) would cross the importer's 50 MiB bound.
 *
 * Usage: node --import tsx --conditions=@ungcu/source tools/bench/write-inputs.ts <dir> <nominees> [--no-xlsx]
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Constituency, Dataset, Nominee } from '@ungcu/core';
import { comparisonKey } from '@ungcu/core/text';
import { csvExporter } from '@ungcu/export-csv';
import { xlsxExporter } from '@ungcu/export-xlsx';
import { nomineeTemplateLayout } from '@ungcu/tabular';
import { generateNationalDataset } from '../src/generate/index';
import { FULL_SIZE, type InputManifest } from './manifest';

/**
 * The generator's commune-council constituencies lie in their commune (unitId = the commune), which the
 * template writes in its "province" column: two communes of the same name in two provinces then read back as
 * one constituency with two seat counts (inconsistent-constituency). Placing each constituency in its
 * province, the unit the template's column means, makes the files read back whole. (The template's encode
 * could write the province of a sub-provincial unit itself: see the report of this benchmark.)
 */
function placedInProvinces(data: Dataset): Dataset {
  const parents = new Map(data.administrativeUnits.map((u) => [u.id, u.parentId]));
  const province = (id: string): string => {
    const parent = parents.get(id);
    return parent === undefined ? id : province(parent);
  };
  return {
    ...data,
    constituencies: data.constituencies.map((c): Constituency => (c.unitId === undefined ? c : { ...c, unitId: province(c.unitId) })),
  };
}

/**
 * The importers refuse two rows of the same person (name and date of birth) for the same body as a duplicate
 * row, and the generator, drawing names and birthdays at random, makes such a pair now and then (one at the
 * full national size). Moving the later one's birthday on by a day until it is unique keeps every nominee;
 * how many were moved is in the manifest.
 */
function distinctPeople(data: Dataset): { data: Dataset; moved: number } {
  const seen = new Set<string>();
  let moved = 0;
  const nominees = data.nominees.map((n): Nominee => {
    // The importers' identity of a person: the name as compared (case, spacing, Unicode form) and the birthday.
    const name = comparisonKey(n.person.fullName);
    let day = n.person.dateOfBirth;
    while (seen.has(`${n.nomination.bodyId}|${name}|${day}`)) {
      day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    seen.add(`${n.nomination.bodyId}|${name}|${day}`);
    if (day === n.person.dateOfBirth) return n;
    moved++;
    return { ...n, person: { ...n.person, dateOfBirth: day } };
  });
  return { data: { ...data, nominees }, moved };
}

/** One dataset per province: its constituencies and their nominees, with every body, unit and organization. */
function byProvince(data: Dataset): Map<string, Dataset> {
  const constituencies = new Map<string, Constituency[]>();
  const provinceOf = new Map<string, string>();
  for (const c of data.constituencies) {
    const key = c.unitId ?? 'none';
    provinceOf.set(c.id, key);
    constituencies.set(key, [...(constituencies.get(key) ?? []), c]);
  }
  const nominees = new Map<string, Nominee[]>();
  for (const n of data.nominees) {
    const key = provinceOf.get(n.nomination.constituencyId ?? '') ?? 'none';
    let list = nominees.get(key);
    if (list === undefined) nominees.set(key, (list = []));
    list.push(n);
  }
  return new Map([...constituencies].map(([key, list]) => [key, { ...data, constituencies: list, nominees: nominees.get(key) ?? [] }]));
}

async function writeFile(path: string, chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let bytes = 0;
  const counted = async function* () {
    for await (const chunk of chunks) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  };
  await pipeline(Readable.from(counted()), createWriteStream(path));
  return bytes;
}

async function main(): Promise<void> {
  const [dir, size, ...flags] = process.argv.slice(2);
  if (dir === undefined || size === undefined) throw new Error('usage: write-inputs.ts <dir> <nominees> [--no-xlsx]');
  // The generator's size knob is constituencies per commune council (30 gives the full national dataset).
  const perCommune = Math.max(1, Math.round((30 * Number(size)) / FULL_SIZE));

  let start = performance.now();
  const { data, moved } = distinctPeople(placedInProvinces(generateNationalDataset({ seed: 2026, constituenciesPerCommune: perCommune })));
  const generateMs = performance.now() - start;
  const election = data.elections[0]!;
  const parts = byProvince(data);

  // Every nominee must be on a row: a nominee without a constituency would silently shrink the benchmark.
  const rows = [...parts.values()].reduce((sum, part) => sum + nomineeTemplateLayout.encode(part).rowCount, 0);
  if (rows !== data.nominees.length) throw new Error(`the template writes ${rows} rows for ${data.nominees.length} nominees`);

  start = performance.now();
  const csvFiles: string[] = [];
  let csvBytes = 0;
  for (const [province, part] of parts) {
    const path = join(dir, `${province}.csv`);
    csvBytes += await writeFile(path, csvExporter().stream(part, { layout: 'nominee-template' }));
    csvFiles.push(path);
  }
  const csvMs = performance.now() - start;

  start = performance.now();
  const xlsxFiles: string[] = [];
  let xlsxBytes = 0;
  if (!flags.includes('--no-xlsx')) {
    for (const [province, part] of parts) {
      const path = join(dir, `${province}.xlsx`);
      xlsxBytes += await writeFile(path, xlsxExporter().stream(part, { layout: 'nominee-template' }));
      xlsxFiles.push(path);
    }
  }
  const xlsxMs = performance.now() - start;

  const manifest: InputManifest = {
    election: { id: election.id, name: election.name, electionDay: election.electionDay, rulePack: election.rulePack },
    counts: { nominees: data.nominees.length, constituencies: data.constituencies.length, bodies: data.bodies.length },
    birthdaysMoved: moved,
    csvFiles,
    xlsxFiles,
    csvBytes,
    xlsxBytes,
    generateMs,
    csvMs,
    xlsxMs,
  };
  process.stdout.write(JSON.stringify(manifest));
}

await main();
