// Writes schema/ungcu-dataset.v1.schema.json from core's model (npm run schema -w @ungcu/export-json).
// test/schema.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFileJsonSchema } from '../src/schema';

const target = join(import.meta.dirname, '..', 'schema', 'ungcu-dataset.v1.schema.json');
const text = `${JSON.stringify(datasetFileJsonSchema(), null, 2)}\n`;
writeFileSync(target, text);
console.log(`JSON Schema written (${text.length} bytes) to ${target}`);
