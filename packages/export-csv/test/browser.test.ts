/**
 * The main entry runs in a browser: bundled by esbuild for `platform: 'browser'` (which refuses every Node
 * built-in), then run in a bare V8 context that has only what a browser has (no require, process or Buffer;
 * TextEncoder, TextDecoder and timers lent from here), where it imports the real 2021 list (examples/data;
 * Vietnam Elections dataset (NA15-2021), CC-BY-4.0), in UTF-8 and in the legacy VNI encoding, and writes it
 * back. A Node-only import anywhere under the entry fails the build; a Node-only global fails the run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import type { ImportResult } from '@ungcu/core/export';
import { inChunks, vni } from '@ungcu/testkit/export';
import { csvExporter, csvImporter } from '../src/index';
import { ELECTION, PATHS } from './support';

const ENTRY = join(import.meta.dirname, '../src/index.ts');

async function bundle(entry: string) {
  return build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'ungcuCsv',
    conditions: ['@ungcu/source'],
    metafile: true,
    logLevel: 'silent',
  });
}

let loaded: Promise<{ csv: BrowserCsv; context: object }> | undefined;

/** The bundle, run once in a bare V8 context that has only what a browser has. */
function browserCsv(): Promise<{ csv: BrowserCsv; context: object }> {
  loaded ??= bundle(ENTRY).then((result) => {
    const context = createContext({ TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask, console });
    runInContext(`${result.outputFiles[0]!.text}\nglobalThis.ungcuCsv = ungcuCsv;`, context);
    return { csv: (context as { ungcuCsv: BrowserCsv }).ungcuCsv, context };
  });
  return loaded;
}

interface BrowserCsv {
  csvImporter(): {
    read(source: { name: string; data: string | AsyncIterable<Uint8Array> }, options: object): Promise<ImportResult>;
  };
  csvExporter(): { write(data: Dataset, options?: object): Promise<Uint8Array> };
}

describe('@ungcu/export-csv in a browser', () => {
  it('bundles for the browser with nothing of Node in it', { timeout: 60_000 }, async () => {
    const result = await bundle(ENTRY);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(inputs.some((path) => /(^|\/)tabular\/src\//u.test(path))).toBe(true);
    // The package's `imports` map gives a browser bundle the libraries' self-contained browser builds.
    const libraries = inputs.filter((path) => /(^|\/)node_modules\/csv-(parse|stringify)\//u.test(path)).map((path) => path.replace(/^.*node_modules\//u, ''));
    expect(libraries.sort()).toEqual(['csv-parse/dist/esm/index.js', 'csv-stringify/dist/esm/sync.js']);
  });

  it('refuses the /node entry, which reads files', async () => {
    await expect(bundle(join(import.meta.dirname, '../src/node.ts'))).rejects.toThrow(/node:fs/u);
  });

  it('imports the nine 2021 files and writes them back in a context with only browser globals, as under Node', { timeout: 120_000 }, async () => {
    const browser = await browserCsv();
    expect(runInContext('[typeof require, typeof process, typeof Buffer, typeof setImmediate].join()', browser.context)).toBe(
      'undefined,undefined,undefined,undefined',
    );
    const importer = browser.csv.csvImporter();
    let nominees = 0;
    for (const path of PATHS) {
      const { data, errors } = await importer.read({ name: path, data: readFileSync(path, 'utf8') }, { election: ELECTION });
      expect(errors).toEqual([]);
      nominees += data.nominees.length;
      // The browser builds of csv-parse and csv-stringify read and write what the Node builds do.
      const underNode = await csvImporter().read({ name: path, data: readFileSync(path, 'utf8') }, { election: ELECTION });
      expect(JSON.stringify(data)).toBe(JSON.stringify(underNode.data));
      const written = await browser.csv.csvExporter().write(data);
      expect(Buffer.from(written).equals(Buffer.from(await csvExporter().write(underNode.data)))).toBe(true);
      const back = await importer.read({ name: 'back.csv', data: new TextDecoder().decode(written) }, { election: ELECTION });
      expect(JSON.stringify(back.data)).toBe(JSON.stringify(data));
    }
    expect(nominees).toBe(868);
    // A legacy encoding takes the byte-level path (Latin-1 reading, VNI tables), streamed in small chunks.
    const text = readFileSync(PATHS[0]!, 'utf8');
    const legacy = await importer.read({ name: 'vni.csv', data: inChunks(vni.encode(text)) }, { election: ELECTION });
    expect(legacy.errors).toEqual([]);
    expect(legacy.warnings.map((w) => w.code)).toEqual(['legacy-encoding']);
    expect(legacy.data.nominees.length).toBeGreaterThan(0);
  });

  it('reports empty and broken files as under Node', { timeout: 60_000 }, async () => {
    const importer = (await browserCsv()).csv.csvImporter();
    const lines = readFileSync(PATHS[0]!, 'utf8').split('\n');
    const start = lines.slice(0, 3).join('\n');
    const files: Record<string, string> = {
      'empty.csv': '',
      'bom-only.csv': '\uFEFF',
      'unterminated.csv': `${start}\n"unterminated,quote\n${lines.slice(3, 40).join('\n')}`,
      'stray-quote.csv': `${start}\nab"c,d\n`,
    };
    const outcomes: Record<string, unknown> = {};
    for (const [name, data] of Object.entries(files)) {
      const { errors } = await importer.read({ name, data }, { election: ELECTION });
      const underNode = await csvImporter().read({ name, data }, { election: ELECTION });
      expect(JSON.stringify(errors), name).toBe(JSON.stringify(underNode.errors));
      outcomes[name] = errors.map((e) => `${e.code}@${e.row ?? ''}`);
    }
    expect(outcomes).toEqual({
      'empty.csv': ['empty-file@1'],
      'bom-only.csv': ['empty-file@1'],
      'unterminated.csv': ['unreadable-file@4'],
      'stray-quote.csv': ['unreadable-file@4'],
    });
  });
});
