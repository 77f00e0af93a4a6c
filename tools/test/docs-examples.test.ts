/**
 * Every TypeScript example in the README files and docs/ compiles against the packages' sources, with the
 * repo's strict compiler options.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { docsExamples } from '../src/docs-examples';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'tools', '.docs-examples');

describe('docs examples', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  // One program over every example and the sources they import: 10 to 30 s on the 2-core machines alone, more
  // when other work shares them, so the default 30 s is too tight for a check that is not about speed.
  it('type-check against the current code', { timeout: 180_000 }, () => {
    const examples = docsExamples(root);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const files = examples.map((example, i) => {
      const file = join(outDir, `example-${i}.ts`);
      // Each example is its own module, so top-level names never collide between examples.
      writeFileSync(file, `${example.code}\nexport {};\n`);
      return { file, example };
    });
    const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(
      files.map((f) => f.file),
      { ...options, types: ['node'], lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], noEmit: true, noUnusedLocals: false },
    );
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const owner = files.find((f) => f.file === d.file?.fileName);
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${owner?.example.location ?? d.file?.fileName} (+${line}): ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(errors).toEqual([]);
  });
});
