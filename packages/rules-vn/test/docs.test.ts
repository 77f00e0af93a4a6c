import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAllDocs } from '../scripts/rule-docs';

const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));

describe('docs/rules', () => {
  const pages = renderAllDocs();
  it('has exactly one page per rule, plus the index and the calendar', () => {
    expect(readdirSync(DOCS).sort()).toEqual([...pages.keys()].sort());
  });
  it.each([...pages.keys()])('%s matches the rule metadata (run npm run docs -w @ungcu/rules-vn)', (file) => {
    expect(readFileSync(`${DOCS}${file}`, 'utf8')).toBe(pages.get(file));
  });
  it('says where a calendar count is only recalled', () => {
    expect(pages.get('vn-calendar.md')).toContain('E − 60 (RECALLED)');
  });
});
