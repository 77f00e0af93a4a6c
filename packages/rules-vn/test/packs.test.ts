import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, PACKS, vn2021, vn2026 } from '../src/index';

const RULES_DIR = fileURLToPath(new URL('../src/rules/', import.meta.url));
const folders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('the rule index', () => {
  it('lists exactly the rule folders, each rule named vn/<folder>, in id order', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual(folders.map((f) => `vn/${f}`));
  });
  it('has a test beside every rule', () => {
    expect(folders.filter((f) => !existsSync(`${RULES_DIR}${f}/${f}.test.ts`))).toEqual([]);
  });
  it('cites a source and says it in both languages for every rule', () => {
    for (const rule of ALL_RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.title.vi && rule.title.en && rule.description.vi && rule.description.en, rule.id).toBeTruthy();
      expect(rule.docsUrl, rule.id).toBe(`https://github.com/ungcu/ungcu/blob/main/docs/rules/${rule.id.replace('/', '-')}.md`);
    }
  });
  it('keeps the law as errors, targets as warnings, and information off by default', () => {
    const bySeverity = (s: string) => ALL_RULES.filter((r) => r.severity === s).map((r) => r.id);
    expect(bySeverity('error')).toEqual([
      'vn/candidate-exclusions',
      'vn/council-candidate-surplus',
      'vn/council-constituency-seats',
      'vn/council-levels',
      'vn/council-local-residence',
      'vn/council-single-constituency',
      'vn/council-total-seats',
      'vn/council-women-share',
      'vn/election-day-sunday',
      'vn/minimum-age',
      'vn/na-candidate-surplus',
      'vn/na-constituency-seats',
      'vn/na-ethnic-minority-share',
      'vn/na-province-local-deputies',
      'vn/na-single-constituency',
      'vn/na-total-seats',
      'vn/na-women-share',
      'vn/official-in-own-unit',
    ]);
    for (const rule of ALL_RULES.filter((r) => r.severity === 'info')) expect(rule.enabledByDefault, rule.id).toBe(false);
  });
});

describe('the packs', () => {
  it('vn-2026 extends vn-2021 with the 2026 numbers', () => {
    expect(vn2026.extends).toEqual(['vn-2021']);
    expect(vn2026.rules.map((r) => r.id)).toEqual(vn2021.rules.map((r) => r.id));
    expect(vn2026.ruleSettings['vn/na-province-min-seats']).toEqual({ minSeats: 7 });
    expect(vn2021.ruleSettings['vn/na-province-min-seats']).toBeUndefined();
    expect(vn2021.reference).toMatchObject({ electionDay: '2021-05-23', terms: { 'national-assembly': 'XV' } });
    expect(vn2026.reference).toMatchObject({ electionDay: '2026-03-15', terms: { 'national-assembly': 'XVI' } });
    expect(Object.keys(PACKS)).toEqual(['vn-2021', 'vn-2026']);
  });
  it('vn-2026 cites the amended law and the 2026 resolutions', () => {
    expect(vn2026.ruleSources['vn/na-women-share']?.[0]?.document).toContain('83/2025/QH15');
    expect(vn2026.ruleSources['vn/na-province-min-seats']?.[0]?.document).toContain('1891/NQ-UBTVQH15');
    expect(vn2026.ruleSources['vn/council-young']?.[0]?.document).toContain('107/2025/UBTVQH15');
    expect(vn2021.ruleSources['vn/na-women-share']).toBeUndefined();
  });
});
