/**
 * The real 2021 official list (examples/data/vn-na-2021/candidates, nine files, 868 candidates; Vietnam
 * Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections) read with readCsvFiles.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset, isEthnicMinority, isIncumbent, isPartyMember } from '@ungcu/core';
import { readCsvFiles } from '../src/node';
import { ELECTION, PATHS } from './support';

describe('readCsvFiles on the official 2021 list', () => {
  it('reads all nine files into one dataset with the published counts and no errors', async () => {
    const { data, errors, warnings } = await readCsvFiles(PATHS, { election: ELECTION });
    expect(PATHS).toHaveLength(9);
    expect(errors).toEqual([]);
    expect(data.elections).toHaveLength(1);
    expect(data.bodies).toHaveLength(1);
    const [body] = data.bodies;
    expect(body).toMatchObject({ kind: 'national-assembly', term: 'XV', totalSeats: 500 });
    expect(data.administrativeUnits).toHaveLength(63);
    expect(data.administrativeUnits.every((u) => u.level === 'province')).toBe(true);
    expect(data.constituencies).toHaveLength(184);
    expect(data.constituencies.reduce((s, c) => s + c.seats, 0)).toBe(500);
    expect(data.nominees).toHaveLength(868);
    expect(data.nominees.every((n) => n.nomination.stage === 'official' && n.nomination.origin === 'local')).toBe(true);
    const people = data.nominees.map((n) => n.person);
    expect(people.filter((p) => p.gender === 'female')).toHaveLength(393);
    expect(people.filter((p) => isEthnicMinority(p.ethnicity) === true)).toHaveLength(185);
    expect(people.filter((p) => isEthnicMinority(p.ethnicity) === undefined)).toHaveLength(0);
    expect(people.filter((p) => !isPartyMember(p))).toHaveLength(74);
    expect(people.filter((p) => isIncumbent(p, 'XIV'))).toHaveLength(205);
    expect(checkDataset(data)).toEqual([]);
    // Council terms written in a form the list does not otherwise use are set aside, each with a warning.
    expect(warnings.map((w) => w.code)).toEqual(Array(9).fill('unparsed-incumbency'));
    expect(warnings.map((w) => w.value)).toContain('Tỉnh Thái Bình từ khóa XIII đến XVI');
    expect(warnings.every((w) => w.column?.header === 'Là đại biểu HĐND')).toBe(true);
  });

  it('parses seats and declared candidates from the description, and keeps the province', async () => {
    const { data } = await readCsvFiles(PATHS, { election: ELECTION });
    const hanoi = data.administrativeUnits.find((u) => u.name === 'Hà Nội');
    expect(hanoi).toMatchObject({ id: 'province-ha-noi', fullName: 'Thành phố Hà Nội', kind: 'city' });
    const first = data.constituencies.find((c) => c.unitId === hanoi?.id && c.number === 1);
    expect(first).toMatchObject({
      description: 'Gồm các quận: Ba Đình, Đống Đa và Hai Bà Trưng.',
      seats: 3,
      declaredCandidates: 5,
    });
    const declared = data.constituencies.reduce((s, c) => s + (c.declaredCandidates ?? 0), 0);
    expect(declared).toBe(868);
  });

  it('gives the same ids for the same files, in any order', async () => {
    const a = await readCsvFiles(PATHS, { election: ELECTION });
    const b = await readCsvFiles([...PATHS].reverse(), { election: ELECTION });
    const ids = (d: typeof a.data) => d.nominees.map((n) => n.id).sort();
    expect(ids(b.data)).toEqual(ids(a.data));
    expect(new Set(ids(a.data)).size).toBe(868);
    expect(b.data.constituencies.map((c) => c.id).sort()).toEqual(a.data.constituencies.map((c) => c.id).sort());
  });

  it('reads incumbency strings into terms, and "Vệt Nam" as Việt Nam', async () => {
    const { data } = await readCsvFiles(PATHS, { election: ELECTION });
    expect(new Set(data.nominees.map((n) => n.person.nationality))).toEqual(new Set(['Việt Nam']));
    const longest = data.nominees.find((n) => n.person.incumbencies.filter((i) => i.bodyKind === 'national-assembly').length === 5);
    expect(longest?.person.incumbencies.filter((i) => i.bodyKind === 'national-assembly').map((i) => i.term)).toEqual(['X', 'XI', 'XII', 'XIII', 'XIV']);
    const council = data.nominees.flatMap((n) => n.person.incumbencies).filter((i) => i.bodyKind !== 'national-assembly');
    expect(council).toContainEqual({ bodyKind: 'provincial-council', term: '2011-2016', unitName: 'Tỉnh Nghệ An' });
    expect(council).toContainEqual({ bodyKind: 'commune-council', term: '1999-2004', unitName: 'Phường 8 (quận Tân Bình, Thành phố Hồ Chí Minh)' });
  });
});
