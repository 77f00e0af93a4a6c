/** Writes examples/data/vn-na-2026/constituencies.json from Resolution 85; exits 1 on any problem. */
import { writeFileSync } from 'node:fs';
import { convertResolution85, OUTPUT_FILE, serialize } from './convert';

const result = convertResolution85();
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(`${p.message.en} / ${p.message.vi}`);
  process.exit(1);
}
writeFileSync(OUTPUT_FILE, serialize(result));
console.log(`wrote ${result.data.constituencies?.length} constituencies to ${OUTPUT_FILE}`);
