/**
 * A vitest reporter that writes the package's test counts to `.test-results.json` (an nx output of the test
 * target, so cached runs restore it). `tools/src/test-summary.mjs` adds them up after `npm test` and prints
 * the plain "N passed, N failed" line CI reads.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  /** A project with two vitest runs (tools: `test` and the pack test) gives each its own file. */
  private readonly file: string;

  constructor(options: { readonly file?: string } = {}) {
    this.file = options.file ?? '.test-results.json';
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    writeFileSync(join(process.cwd(), this.file), `${JSON.stringify(counts)}\n`);
  }
}
