/**
 * Proves the architecture is enforced, not just written down: ESLint (with the repo's own config) rejects
 * a forbidden import and accepts an allowed one, in files placed inside real packages.
 */
import { ESLint } from 'eslint';
import { depConstraints } from '../module-boundaries.js';
import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('module boundaries', () => {
  // The nx rule silently skips itself when no project graph has been computed yet: compute it first.
  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: false });
  }, 60_000);

  it('core may not import another package of the repo', async () => {
    for (const specifier of ['@ungcu/cli', '@ungcu/tools/package.json']) {
      const errors = await boundaryErrors('packages/core/src/forbidden.ts', `import x from '${specifier}';\nexport { x };\n`);
      expect(errors.length, specifier).toBeGreaterThan(0);
    }
  });

  it('declares the tag constraints of the architecture', () => {
    const allowed = Object.fromEntries(depConstraints.map((c) => [c.sourceTag, c.onlyDependOnLibsWithTags]));
    expect(allowed['type:core']).toEqual(['type:core']);
    expect(allowed['type:rules']).toEqual(['type:core']);
    expect(allowed['type:tabular']).toEqual(['type:core']);
    // The document adapters (PDF, DOCX) render the documents model; adapters still never import each other.
    expect(allowed['type:documents']).toEqual(['type:core', 'type:tabular']);
    expect(allowed['type:adapter']).toEqual(['type:core', 'type:tabular', 'type:documents']);
    // Planning works on the model alone: the caller brings the rule pack that re-checks a planned list.
    expect(allowed['type:planning']).toEqual(['type:core', 'type:planning']);
    // The workflow works on the model and a store; the caller brings the pack whose calendar and rules it checks.
    expect(allowed['type:workflow']).toEqual(['type:core']);
    for (const tags of Object.values(allowed)) expect(tags).not.toContain('type:example');
  });

  it('core may not import Node built-ins (it runs in browsers)', async () => {
    const errors = await boundaryErrors('packages/core/src/forbidden.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n");
    expect(errors.join('\n')).toMatch(/must run in browsers/);
  });

  it('nothing may import an example', async () => {
    const errors = await boundaryErrors('packages/cli/src/forbidden.ts', "import data from '@ungcu/example-data/package.json';\nexport { data };\n");
    expect(errors.join('\n')).toMatch(/forbidden|can only depend on/);
  });

  it('the CLI may import core', async () => {
    const errors = await boundaryErrors('packages/cli/src/allowed.ts', "import { comparisonKey } from '@ungcu/core';\nexport { comparisonKey };\n");
    expect(errors).toEqual([]);
  });
});
