import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Nominee } from '@ungcu/core';
import { compareVietnameseNames } from '@ungcu/core/text';
import { csvExporter, csvImporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { ELECTION, PATHS } from './support';

// ignoreBOM keeps the byte order mark in the text, so the test can see that it is written.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

describe('CSV export of the real 2021 list', () => {
  it('reads back to the same dataset, in both layouts', async () => {
    const { data } = await readCsvFiles(PATHS, { election: ELECTION });
    for (const layout of ['official-list', 'nominee-template'] as const) {
      const bytes = await csvExporter().write(data, { layout });
      const back = await csvImporter().read({ name: `2021.${layout}.csv`, data: bytes }, { election: ELECTION });
      expect(back.errors).toEqual([]);
      expect(back.data).toEqual(data);
    }
  });

  it('writes the official layout sorted by province, constituency and the official name order', async () => {
    const { data } = await readCsvFiles(PATHS, { election: ELECTION });
    const text = decoder.decode(await csvExporter().write(data));
    expect(text.startsWith('\uFEFFunit_context,province_or_city,unit_number')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(868);
    expect(rows[0]!.slice(1, 3)).toEqual(['Thành phố Hà Nội', '1']);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a[1] === b[1] && a[2] === b[2]) expect(compareVietnameseNames(a[5]!, b[5]!)).toBeLessThan(0);
    }
    // Dates are written day-first with zero padding; party join dates are blank for non-party people.
    expect(rows.every((r) => /^\d{2}\/\d{2}\/\d{4}$/u.test(r[6]!))).toBe(true);
    expect(rows.filter((r) => r[20] === '')).toHaveLength(74);
  });
});

describe('formula-injection safety', () => {
  // The model trims text, so a stored value never starts with a tab or a carriage return; the core tests
  // cover those two prefixes on neutralizeFormula itself.
  it('neutralises = + - @ at the start of a cell, and reads the values back exactly', async () => {
    const { data } = await readCsvFiles([PATHS[0]!], { election: ELECTION });
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', "'quoted", '=1\t2\r\n3', '"=""x""",\n'];
    const nominees = data.nominees.map((n, i) =>
      Nominee.parse({ ...n, person: { ...n.person, occupation: hostile[i % hostile.length]! } }),
    );
    const dataset = { ...data, nominees };
    const text = decoder.decode(await csvExporter().write(dataset, { layout: 'nominee-template' }));
    const cells = Papa.parse<string[]>(text.slice(1)).data.flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
    const back = await csvImporter().read({ name: 'hostile.csv', data: text }, { election: ELECTION });
    expect(back.errors).toEqual([]);
    expect(back.data.nominees.map((n) => n.person.occupation).sort()).toEqual(
      nominees.map((n) => n.person.occupation).sort(),
    );
  });
});
