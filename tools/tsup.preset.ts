/**
 * The one tsup preset every published package builds with.
 *
 * Entries are derived from the package's own `exports` map (the `@ungcu/source` condition of each subpath),
 * so the exports map is the single source of truth: a subpath cannot be exported without being built,
 * and `tools/check-exports.ts` fails the gate if a built file named in `exports` is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

type ExportEntry = { '@ungcu/source'?: string } | string;

export function entriesFromExports(packageDir: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports?: Record<string, ExportEntry>;
  };
  const entries: Record<string, string> = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target === 'string') continue; // "./package.json" and static files
    const source = target['@ungcu/source'];
    if (!source) continue;
    // "./src/rules/index.ts" → "rules/index", which tsup writes to dist/rules/index.{js,cjs,d.ts,d.cts}
    const name = source.replace(/^\.\/src\//, '').replace(/\.tsx?$/, '');
    entries[name] = source;
  }
  if (Object.keys(entries).length === 0) {
    throw new Error(`${packageDir}/package.json: no exports with an "@ungcu/source" condition to build`);
  }
  return entries;
}

export function definePackageConfig(packageDir: string, overrides: Partial<Options> = {}): Options {
  return {
    entry: entriesFromExports(packageDir),
    format: ['esm', 'cjs'],
    // Each format gets its own declaration file (.d.ts for import, .d.cts for require), as attw expects.
    dts: true,
    sourcemap: true,
    // The tarball ships src/ (the `@ungcu/source` paths of `exports` point there), so the maps point to it
    // instead of embedding each file again per format and chunk (docs/architecture.md, "Packaging").
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: true,
    // Shared chunks for CJS too, so `instanceof UngcuError` holds across subpath entries.
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...overrides,
  };
}
