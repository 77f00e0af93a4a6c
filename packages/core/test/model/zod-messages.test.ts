/**
 * The model is built with zod/mini, which installs no locale: a message would read "Invalid input". The code
 * that shows zod messages to people installs zod's English messages first (`ensureZodMessages`), so they
 * read as they did with classic zod. The expected texts below are the ones classic zod gave.
 */
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../src/errors/index';
import { checkImportElection } from '../../src/export/election';
import { ensureZodMessages, parseEntity } from '../../src/index';
import { importFiles } from '../../src/sdk/import-files';
import { hanoiUnitOne } from '../fixtures';

const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021' };

/** The first 2021 candidate of Hà Nội with a blank name, a day-first birth date, "Nam" as gender and STT 0. */
function badNominee() {
  const nominee = hanoiUnitOne().nominees![0]!;
  return {
    ...nominee,
    person: { ...nominee.person, fullName: '  ', dateOfBirth: '28/11/1974', gender: 'Nam' },
    nomination: { ...nominee.nomination, listNumber: 0 },
  };
}

describe('zod messages shown to people', () => {
  const configured = z.config().localeError;
  afterEach(() => {
    z.config({ localeError: configured });
  });

  it('read as classic zod wrote them in the invalid-field errors of a JSON import', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ nominees: [badNominee()] }));
    const { errors } = await importFiles([{ name: 'list.json', bytes }], ELECTION, new Map());
    expect(errors.map((e) => [e.code, e.message.en])).toEqual([
      ['invalid-field', 'nominees.0.person.fullName: Too small: expected string to have >=1 characters'],
      ['invalid-field', 'nominees.0.person.dateOfBirth: Invalid ISO date'],
      ['invalid-field', 'nominees.0.person.gender: Invalid option: expected one of "male"|"female"'],
      ['invalid-field', 'nominees.0.nomination.listNumber: Too small: expected number to be >0'],
    ]);
  });

  it('read as classic zod wrote them in the text of a ModelError', () => {
    const error = (() => {
      try {
        parseEntity('nominees', badNominee());
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).text.en).toBe(
      'Nominee "hn1-1" is not valid: person.fullName: Too small: expected string to have >=1 characters; ' +
        'person.dateOfBirth: Invalid ISO date; person.gender: Invalid option: expected one of "male"|"female"; ' +
        'nomination.listNumber: Too small: expected number to be >0',
    );
  });

  it('read as classic zod wrote them in the ConfigError of an election the import cannot use', () => {
    expect(() => checkImportElection({ ...ELECTION, id: 'x'.repeat(201) })).toThrow(
      'The election of the import cannot be used: id: Too big: expected string to have <=200 characters',
    );
  });

  it('leave a locale the app configured in place', () => {
    z.config({ localeError: () => 'Giá trị không hợp lệ' });
    ensureZodMessages();
    expect(() => parseEntity('elections', { id: 'e', name: 'x', electionDay: '2021-02-30', rulePack: 'vn-2021' })).toThrow(
      'electionDay: Giá trị không hợp lệ',
    );
  });
});
