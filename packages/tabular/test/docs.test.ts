/** The export docs list every column and error code the code has, so they cannot drift apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES } from '@ungcu/core/export';
import { NOMINEE_TEMPLATE_COLUMNS, OFFICIAL_LIST_COLUMNS } from '../src/index';

const docs = (name: string) => readFileSync(join(import.meta.dirname, '../../../docs/export', name), 'utf8');

describe('docs/export', () => {
  it('documents every template column in Vietnamese and English', () => {
    const page = docs('nominee-columns.md');
    for (const c of NOMINEE_TEMPLATE_COLUMNS) {
      expect(page, c.key).toContain(`| ${c.header.replace(/\|/gu, '\\|')} | ${c.headerEn} |`);
      expect(page, c.key).toContain(c.description.vi);
      expect(page, c.key).toContain(c.description.en);
    }
  });

  it('documents every official-list column', () => {
    const page = docs('official-list.md');
    for (const c of OFFICIAL_LIST_COLUMNS) expect(page, c.key).toContain(`| ${c.header} | ${c.headerEn} |`);
  });

  it('documents every import error code', () => {
    const page = docs('import-errors.md');
    for (const code of IMPORT_ERROR_CODES) expect(page, code).toContain(`| \`${code}\` |`);
  });
});
