/**
 * ungcu's dataset file on the real 2021 list: it reads back to the same dataset, streams in chunks that
 * make exactly the text JSON.stringify writes, and validates against the shipped JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type Dataset } from '@ungcu/core';
import { concatBytes } from '@ungcu/core/export';
import { DATASET_SCHEMA_URL, datasetJsonExporter, jsonImporter } from '../src/index';
import { datasetFileJsonSchema } from '../src/schema';
import { ELECTION, decode, realList } from './support';
import { SHIPPED_SCHEMA_PATH, validateDatasetFile } from './validators';

/** The file as one JSON.stringify call would write it: the reference the streamed text must equal. */
function wholeFile(data: Dataset, indent: number): string {
  const document: Record<string, unknown> = { formatVersion: 1, $schema: DATASET_SCHEMA_URL };
  for (const collection of COLLECTION_NAMES) document[collection] = data[collection];
  return JSON.stringify(document, null, indent);
}

describe('dataset file: the real 2021 list', () => {
  it('reads back to the same dataset', async () => {
    const data = await realList();
    const bytes = await datasetJsonExporter().write(data);
    const back = await jsonImporter().read({ name: 'na-2021.json', data: bytes }, { election: ELECTION });
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.data).toEqual(data);
    expect(back.data.nominees).toHaveLength(868);
  });

  it('streams chunks of whole entities that join to exactly what JSON.stringify writes, indented or not', async () => {
    const data = await realList();
    for (const indent of [2, 0, 4]) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of datasetJsonExporter({ indent }).stream(data)) chunks.push(chunk);
      // 1.3 MB is about twenty 64 KiB chunks: neither one giant string nor a chunk per field.
      expect(chunks.length).toBeGreaterThan(10);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(80 * 1024);
      expect(decode(concatBytes(chunks))).toBe(wholeFile(data, indent));
    }
  });

  it('starts with the format version and the schema URL', async () => {
    const text = decode(await datasetJsonExporter().write(await realList()));
    expect(text.startsWith(`{\n  "formatVersion": 1,\n  "$schema": "${DATASET_SCHEMA_URL}",\n  "elections": [\n`)).toBe(true);
  });

  it('validates against the shipped JSON Schema (ajv), which refuses a nominee without a name', async () => {
    const data = await realList();
    const file = JSON.parse(decode(await datasetJsonExporter().write(data))) as { nominees: { person: Record<string, unknown> }[] };
    expect(validateDatasetFile(file), JSON.stringify(validateDatasetFile.errors?.slice(0, 3))).toBe(true);
    delete file.nominees[5]!.person['fullName'];
    expect(validateDatasetFile(file)).toBe(false);
    expect(validateDatasetFile.errors?.[0]?.instancePath).toBe('/nominees/5/person');
    expect(validateDatasetFile({ ...file, formatVersion: 2 })).toBe(false);
  });

  it('ships the schema core generates today (run `npm run schema -w @ungcu/export-json` when this fails)', () => {
    const shipped = JSON.parse(readFileSync(SHIPPED_SCHEMA_PATH, 'utf8')) as unknown;
    expect(shipped).toEqual(datasetFileJsonSchema());
    expect((shipped as { $id: string }).$id).toBe(DATASET_SCHEMA_URL);
  });

  it('writes an empty dataset as every collection, empty', async () => {
    const empty = JSON.parse(decode(await datasetJsonExporter().write(await jsonImporter().read([], { election: ELECTION }).then((r) => r.data)))) as Record<string, unknown>;
    expect(Object.keys(empty)).toEqual(['formatVersion', '$schema', ...COLLECTION_NAMES]);
    for (const collection of COLLECTION_NAMES) expect(empty[collection]).toEqual([]);
  });

  it('refuses an indent JSON.stringify would change silently', () => {
    expect(() => datasetJsonExporter({ indent: 11 })).toThrow(/indent/u);
    expect(() => datasetJsonExporter({ indent: 1.5 })).toThrow(/số nguyên|whole number/u);
  });
});
