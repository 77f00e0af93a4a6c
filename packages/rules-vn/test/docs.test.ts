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
  it('marks no calendar count as recalled once every count has a source, and dates the second adjustment at E − 55', () => {
    // Every day count of both packs now has a source (docs/legal/disagreements.md); the page would say
    // "(RECALLED)" next to any that lost it.
    const page = pages.get('vn-calendar.md') ?? '';
    expect(page).not.toContain('(RECALLED)');
    expect(page).toContain('E − 55');
    expect(page).not.toContain('E − 60');
  });
});
