/** The election of an import is checked once, as one ConfigError naming every problem in both languages. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/index';
import { checkImportElection, importedElection, type ImportElection } from '../../src/export/index';

const GOOD: ImportElection = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' };

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('checkImportElection', () => {
  it('accepts a usable election and returns it', () => {
    expect(checkImportElection(GOOD, { term: true })).toBe(GOOD);
    expect(checkImportElection({ electionDay: '2026-03-15', rulePack: 'vn-2026' })).toEqual({ electionDay: '2026-03-15', rulePack: 'vn-2026' });
  });

  it('refuses a day that is not a real YYYY-MM-DD date', () => {
    for (const electionDay of ['23/05/2021', '2021-02-30', '', '2021-5-23']) {
      const error = thrown(() => checkImportElection({ ...GOOD, electionDay }));
      expect(error.text.en).toContain('electionDay must be a real date');
      expect(error.text.vi).toContain('electionDay phải là một ngày có thật');
    }
  });

  it('refuses an empty rule pack id', () => {
    const error = thrown(() => checkImportElection({ ...GOOD, rulePack: '  ' }));
    expect(error.text.en).toContain('rulePack is empty');
    expect(error.text.vi).toContain('rulePack để trống');
  });

  it('asks for the term only when a file needs it', () => {
    const { term: _term, ...withoutTerm } = GOOD;
    expect(checkImportElection(withoutTerm)).toBe(withoutTerm);
    const error = thrown(() => checkImportElection(withoutTerm, { term: true }));
    expect(error.text.en).toContain('term is missing');
    expect(error.text.vi).toContain('thiếu term');
  });

  it('names every problem in one error', () => {
    const error = thrown(() => checkImportElection({ electionDay: 'x', rulePack: '' }, { term: true }));
    expect(error.details['problems']).toHaveLength(3);
    expect(error.code).toBe('invalid-option');
  });

  it('refuses a missing election (a JavaScript caller) and what the Election entity would refuse', () => {
    expect(thrown(() => checkImportElection(undefined)).text.en).toContain('options.election is missing');
    expect(thrown(() => checkImportElection({ ...GOOD, name: 'x'.repeat(301) })).text.en).toContain('name');
  });

  it('makes the election entity with its default id and name', () => {
    expect(importedElection(GOOD)).toEqual({
      id: 'election-2021-05-23',
      name: 'Bầu cử đại biểu Quốc hội khóa XV',
      electionDay: '2021-05-23',
      rulePack: 'vn-2021',
    });
    expect(importedElection({ electionDay: '2021-05-23', rulePack: 'vn-2021' }).name).toBe('Cuộc bầu cử ngày 23/05/2021');
  });
});
