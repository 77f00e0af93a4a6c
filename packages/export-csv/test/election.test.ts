/**
 * The election is checked once, before any file is read: the nine 2021 files (examples/data/vn-na-2021;
 * Vietnam Elections dataset (NA15-2021), CC-BY-4.0) with a bad election give one ConfigError in both languages,
 * never an import error per file or one with an empty file name.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import type { ImportElection, ImportSource } from '@ungcu/core/export';
import { csvImporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { ELECTION, PATHS, readText } from './support';

/** Sources that count how often they are opened: none may be, when the call cannot work. */
function countedSources(): { sources: ImportSource[]; opened: () => number } {
  let opened = 0;
  const sources = PATHS.map((path) => ({
    name: path,
    data: (async function* () {
      opened++;
      yield new TextEncoder().encode(readText(path));
    })(),
  }));
  return { sources, opened: () => opened };
}

async function rejection(election: ImportElection): Promise<{ error: ConfigError; opened: number }> {
  const { sources, opened } = countedSources();
  const error = await csvImporter().read(sources, { election }).then(
    () => expect.fail('the import should have thrown'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return { error: error as ConfigError, opened: opened() };
}

describe('the election of a CSV import', () => {
  it('refuses a bad election day before any of the nine files is read', async () => {
    const { error, opened } = await rejection({ ...ELECTION, electionDay: '23/05/2021' });
    expect(opened).toBe(0);
    expect(error.text.en).toContain('electionDay must be a real date written YYYY-MM-DD, got "23/05/2021"');
    expect(error.text.vi).toContain('electionDay phải là một ngày có thật');
  });

  it('refuses an empty rule pack before any file is read', async () => {
    const { error, opened } = await rejection({ ...ELECTION, rulePack: '' });
    expect(opened).toBe(0);
    expect(error.text.en).toContain('rulePack is empty');
  });

  it('names every problem in the one error', async () => {
    const { error } = await rejection({ electionDay: '2021-13-01', rulePack: ' ', name: 'x' });
    expect(error.details['problems']).toHaveLength(2);
  });

  it('throws once for the official list without a term, at the first file, not once per file', async () => {
    const { term: _term, ...withoutTerm } = ELECTION;
    const { error, opened } = await rejection(withoutTerm);
    expect(opened).toBe(1);
    expect(error.text.en).toContain('term is missing');
    expect(error.text.vi).toContain('thiếu term');
    // With the layout named, the term is asked for before any file is read.
    const forced = await csvImporter().read(countedSources().sources, { election: withoutTerm, layout: 'official-list' }).catch((e: unknown) => e);
    expect(forced).toBeInstanceOf(ConfigError);
  });

  it('imports the nine files with a usable election', async () => {
    const { data, errors } = await readCsvFiles(PATHS, { election: ELECTION });
    expect(errors).toEqual([]);
    expect(data.elections).toEqual([{ id: 'election-2021-05-23', name: ELECTION.name, electionDay: '2021-05-23', rulePack: 'vn-2021' }]);
    expect(data.nominees).toHaveLength(868);
  });
});
