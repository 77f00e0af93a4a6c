/**
 * Prints every bilingual message of the packages side by side, so a reviewer can read each Vietnamese text
 * against its English one in a single pass; pairs whose values differ are marked "!!" with what differs.
 *
 *   npx tsx tools/src/print-message-pairs.ts [filter]     # filter: part of a file path, e.g. packages/core/src/rules
 */
import { join } from 'node:path';
import { pairProblems, repositoryMessagePairs } from './message-pairs.ts';

const root = join(import.meta.dirname, '..', '..');
const filter = process.argv[2] ?? '';
const pairs = repositoryMessagePairs(root).filter((p) => p.file.includes(filter));
let mismatches = 0;
for (const pair of pairs) {
  const problems = pairProblems(pair);
  if (problems.length > 0) mismatches += 1;
  console.log(`${problems.length > 0 ? '!! ' : ''}${pair.file}:${pair.line}`);
  console.log(`  vi: ${pair.vi.display}`);
  console.log(`  en: ${pair.en.display}`);
  for (const problem of problems) console.log(`  !! ${problem}`);
}
console.log(`${pairs.length} pairs, ${mismatches} with different values`);
