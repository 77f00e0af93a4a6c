/** Writes docs/rules/ from the rule metadata. Run: npm run docs -w @ungcu/rules-vn */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderAllDocs } from './rule-docs';

const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));
mkdirSync(DOCS, { recursive: true });
for (const [file, text] of renderAllDocs()) writeFileSync(`${DOCS}${file}`, text);
console.log(`wrote ${renderAllDocs().size} pages to ${DOCS}`);
