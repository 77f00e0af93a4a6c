/**
 * Vetting data shared and lists published from a store of real 2021 candidates: the 'sensitive' profile
 * strips the national ids, addresses and full birth dates of the vetting cases read through the store, and the
 * CSV exporter with the 'public' profile writes the official list exactly as published (hometown, residence
 * and date of birth as printed), whatever national ids the store holds.
 */
import { describe, expect, it } from 'vitest';
import { formatDayFirstDate } from '@ungcu/core/text';
import { loadDataset, memoryStore } from '@ungcu/core/storage';
import { redactDataset } from '@ungcu/core/export';
import { csvExporter } from '@ungcu/export-csv';
import { vn2021 } from '@ungcu/rules-vn';
import { openVettingCase } from '../../src/vetting/index';
import { candidatesOf, storeWith2021 } from './support';

/** A made-up 12-digit id per candidate (the published list has none): province code 001 and the row. */
const idOf = (i: number) => `001${String(80_000_000 + i).padStart(9, '0')}`;

describe('redacting vetting data of real candidates', () => {
  it("'sensitive' leaves no national id, address or full birth date of any case or candidate", async () => {
    const { store, data, electionId } = await storeWith2021(memoryStore());
    const hanoi = candidatesOf(data, 'Hà Nội', 1);
    for (const [i, n] of hanoi.entries()) {
      await openVettingCase(
        store,
        {
          id: `vc-${i}`,
          personName: n.person.fullName,
          nomineeId: n.id,
          electionId,
          purpose: 'candidacy',
          openedOn: '2021-03-01',
          nationalId: idOf(i),
          dateOfBirth: n.person.dateOfBirth,
          address: n.person.residence!,
        },
        { by: 'truong-ban', pack: vn2021 },
      );
    }
    const stored = (await loadDataset(store, electionId))!;
    const shared = redactDataset(stored, 'sensitive');
    const text = JSON.stringify(shared);
    expect(shared.vettingCases).toHaveLength(5);
    for (const [i, n] of hanoi.entries()) {
      for (const secret of [idOf(i), n.person.residence!, n.person.hometown!, n.person.dateOfBirth]) expect(text).not.toContain(JSON.stringify(secret));
    }
    expect(shared.vettingCases.map((c) => c.dateOfBirth)).toEqual(hanoi.map((n) => n.person.dateOfBirth.slice(0, 4)));
    expect(shared.nominees).toHaveLength(868);
    expect(shared.nominees.every((n) => n.person.hometown === undefined && n.person.residence === undefined && /^\d{4}$/u.test(n.person.dateOfBirth))).toBe(true);
  });

  it("the CSV official list with 'public' is the list as published, byte for byte, with the national ids the store holds left out", async () => {
    const { data } = await storeWith2021(memoryStore());
    const withIds = { ...data, nominees: data.nominees.map((n, i) => ({ ...n, person: { ...n.person, nationalId: idOf(i) } })) };
    const exporter = csvExporter();
    const decode = (b: Uint8Array) => new TextDecoder().decode(b);
    const published = decode(await exporter.write(withIds, { redaction: 'public' }));
    // The published list prints date of birth, hometown and residence: 'public' keeps every one of them.
    expect(published).toBe(decode(await exporter.write(data)));
    const trong = candidatesOf(data, 'Hà Nội', 1)[2]!;
    expect(published).toContain(trong.person.hometown!);
    expect(published).toContain(trong.person.residence!);
    expect(published).toContain(formatDayFirstDate(trong.person.dateOfBirth));
    expect(withIds.nominees.filter((n) => published.includes(n.person.nationalId))).toEqual([]);
  });
});
