/**
 * The election is checked once: the nine 2021 files (examples/data/vn-na-2021; Vietnam Elections dataset
 * (NA15-2021), CC-BY-4.0), each written as an official-list workbook, read without a term give one ConfigError
 * (they gave an 'unreadable-file' error per workbook), and a bad election day is refused before any is read.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@ungcu/core/errors';
import type { ImportSource } from '@ungcu/core/export';
import { readCsvFiles } from '@ungcu/export-csv/node';
import { xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, PATHS } from './support';

let workbooks: Promise<{ name: string; bytes: Uint8Array }[]> | undefined;
function nineWorkbooks(): Promise<{ name: string; bytes: Uint8Array }[]> {
  workbooks ??= Promise.all(
    PATHS.map(async (path) => {
      const { data, errors } = await readCsvFiles([path], { election: ELECTION });
      expect(errors).toEqual([]);
      return { name: path.replace(/\.csv$/u, '.xlsx'), bytes: await xlsxExporter().write(data) };
    }),
  );
  return workbooks;
}

/** The workbooks as streams that count how many were opened. */
async function counted(): Promise<{ sources: ImportSource[]; opened: () => number }> {
  let opened = 0;
  const sources = (await nineWorkbooks()).map(({ name, bytes }) => ({
    name,
    data: (async function* () {
      opened++;
      yield bytes;
    })(),
  }));
  return { sources, opened: () => opened };
}

describe('the election of an XLSX import', () => {
  it('throws one ConfigError for the nine official lists read without a term', { timeout: 120_000 }, async () => {
    const { term: _term, ...withoutTerm } = ELECTION;
    const { sources, opened } = await counted();
    const error = await xlsxImporter().read(sources, { election: withoutTerm }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).text.en).toContain('term is missing');
    expect(opened()).toBe(1);
  });

  it('refuses a bad election day before any workbook is read', { timeout: 120_000 }, async () => {
    const { sources, opened } = await counted();
    const error = await xlsxImporter().read(sources, { election: { ...ELECTION, electionDay: '2021-02-30' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).text.vi).toContain('electionDay phải là một ngày có thật');
    expect(opened()).toBe(0);
  });

  it('reads the nine workbooks with a usable election', { timeout: 120_000 }, async () => {
    const result = await xlsxImporter().read((await nineWorkbooks()).map(({ name, bytes }) => ({ name, data: bytes })), { election: ELECTION });
    expect(result.errors).toEqual([]);
    expect(result.data.nominees).toHaveLength(868);
  });
});
