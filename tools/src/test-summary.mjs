// Adds up the per-package test counts written by tools/src/count-reporter.ts and prints the plain closing line
// "N passed, N failed" (with skipped) that CI reads. Exits 1 if any test failed or no test ran at all.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dirs = ['packages', 'examples'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((d) => join(root, group, d)) : [],
);
dirs.push(join(root, 'tools'));
const total = { passed: 0, failed: 0, skipped: 0 };
for (const dir of dirs) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
  // One file per vitest run: `.test-results.json`, and e.g. `.test-results.pack.json` for the tools' pack test.
  for (const name of readdirSync(dir).filter((n) => /^\.test-results(?:\.[a-z-]+)?\.json$/u.test(n))) {
    const counts = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  }
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
