// Writes the model's JSON Schema next to the build, shipped as "@ungcu/core/schema.json". Runs after tsup,
// from the freshly built ESM entry, so the file always matches the released code. With --docs it also
// refreshes docs/reference/ungcu.schema.json (a test fails when that copy is stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { modelJsonSchema } = await import(join(here, '..', 'dist', 'index.js'));
const text = `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
const targets = [join(here, '..', 'dist', 'ungcu.schema.json')];
if (process.argv.includes('--docs')) targets.push(join(here, '..', '..', '..', 'docs', 'reference', 'ungcu.schema.json'));
for (const target of targets) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
console.log(`JSON Schema written (${text.length} bytes) to ${targets.length} file(s)`);
