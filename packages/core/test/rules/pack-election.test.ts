import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors';
import { defineRulePack } from '../../src/rules';

const withReference = defineRulePack({
  id: 'test-2021',
  title: { vi: 'Thử', en: 'Test' },
  reference: { electionDay: '2021-05-23', terms: { 'national-assembly': 'XV', 'provincial-council': '2021-2026' } },
});
const bare = defineRulePack({ id: 'test-bare', title: { vi: 'Thử', en: 'Test' } });

describe('pack.election(day?)', () => {
  it("gives the reference election's day, term, name and the pack's id", () => {
    expect(withReference.election()).toEqual({
      id: 'election-2021-05-23',
      electionDay: '2021-05-23',
      rulePack: 'test-2021',
      term: 'XV',
      name: 'Bầu cử đại biểu Quốc hội khóa XV',
    });
  });
  it('takes another day and keeps the term', () => {
    const e = withReference.election('2021-05-30');
    expect([e.id, e.electionDay, e.term]).toEqual(['election-2021-05-30', '2021-05-30', 'XV']);
  });
  it('an extending pack keeps the reference and names itself', () => {
    const child = defineRulePack({ id: 'test-child', title: { vi: 'Con', en: 'Child' }, extends: withReference });
    expect(child.election().rulePack).toBe('test-child');
    expect(child.election().term).toBe('XV');
  });
  it('refuses a day that is not a real YYYY-MM-DD date with one ConfigError, in both languages', () => {
    for (const bad of ['2021-02-29', '23/05/2021', '2021-5-23', '']) {
      const thrown = (() => {
        try {
          withReference.election(bad);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(thrown, bad).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).message).toContain(`"${bad}"`);
      expect((thrown as ConfigError).text.vi).toContain('Ngày bầu cử');
    }
  });
  it('asks for a day when the pack has no reference election', () => {
    expect(() => bare.election()).toThrow(/no reference election/u);
    expect(bare.election('2026-03-15')).toEqual({ id: 'election-2026-03-15', electionDay: '2026-03-15', rulePack: 'test-bare' });
  });
});
