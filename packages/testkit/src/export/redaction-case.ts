/**
 * The redaction case of the export conformance kits: a list whose people have a national id, a hometown and a
 * residence, with a vetting case holding an id, an address and a birth date, exported with the 'sensitive'
 * profile, must hold none of them anywhere in the file (the decoded text, or every XML part of a zip), and
 * the year of birth must still be there. The same list exported without a profile shows the addresses, so the
 * check cannot pass by the markers never being written. `defineExporter` applies the profile for every format.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Dataset } from '@ungcu/core';
import type { Exporter, ExportOptions, LayoutId } from '@ungcu/core/export';
import { arbitraryDataset } from './arbitraries';
import { unescapeXml } from './xlsx-reader';

/** What the 'sensitive' profile removes, as the dataset holds it. Short, so no printed cell wraps them. */
export const REDACTION_MARKERS = {
  nationalId: '079188004321',
  hometown: 'Quêmốc7391',
  residence: 'Nhàmốc8264',
  caseAddress: 'Địachỉmốc5150',
  /** Every person's birth date; the year must stay, the day and month must go. */
  birthDate: '1963-08-17',
} as const;

const DAY_FIRST_BIRTH = '17/08/1963';

/** A generated list (official stage, so documents print it) with the markers on every person and a vetting case. */
export function redactionDataset(layout: LayoutId): Dataset {
  const samples = fc.sample(arbitraryDataset(layout, 6), { numRuns: 40, seed: 57 });
  const printed = (d: Dataset) =>
    d.nominees.filter((n) => n.nomination.constituencyId !== undefined && n.nomination.stage === 'official' && n.nomination.status === 'active');
  const base = samples.find((d) => printed(d).length >= 2) ?? samples[0]!;
  const m = REDACTION_MARKERS;
  return {
    ...base,
    nominees: base.nominees.map((n) => ({
      ...n,
      person: {
        ...n.person,
        nationalId: m.nationalId,
        hometown: m.hometown,
        residence: m.residence,
        dateOfBirth: m.birthDate,
        partyJoinDate: n.person.partyJoinDate === m.birthDate ? null : n.person.partyJoinDate,
      },
    })),
    vettingCases: [
      {
        id: 'vetting-redaction',
        personName: base.nominees[0]?.person.fullName ?? 'Nguyễn Văn An',
        purpose: 'candidacy',
        status: 'open',
        openedOn: '2026-01-05',
        nationalId: m.nationalId,
        address: m.caseAddress,
        dateOfBirth: m.birthDate,
      },
    ],
  };
}

/** All the text of a file: every entry of a zip (XLSX, DOCX), XML-unescaped, or the bytes as UTF-8. */
export function fileText(bytes: Uint8Array): string {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return new TextDecoder().decode(bytes).normalize('NFC');
  const entries = unzipSync(bytes);
  return Object.values(entries)
    .map((data) => unescapeXml(strFromU8(data)))
    .join('\n')
    .normalize('NFC');
}

/** Checks what the file says with and without the 'sensitive' profile. */
export async function expectSensitiveRedaction(
  exporter: Exporter,
  layout: LayoutId | undefined,
  readText: (bytes: Uint8Array) => Promise<string> | string,
): Promise<void> {
  const data = redactionDataset(layout ?? 'official-list');
  const options: ExportOptions = layout === undefined ? {} : { layout };
  const plain = (await readText(await exporter.write(data, options))).normalize('NFC');
  // Without a profile the file shows the addresses: the markers are where a leak would be.
  expect(plain.includes(REDACTION_MARKERS.hometown) || plain.includes(REDACTION_MARKERS.residence)).toBe(true);
  const redacted = (await readText(await exporter.write(data, { ...options, redaction: 'sensitive' }))).normalize('NFC');
  for (const [what, marker] of Object.entries(REDACTION_MARKERS)) {
    expect(redacted.includes(marker), `${what} "${marker}" is in the redacted file`).toBe(false);
  }
  expect(redacted.includes(DAY_FIRST_BIRTH), `the birth date "${DAY_FIRST_BIRTH}" is in the redacted file`).toBe(false);
  expect(redacted).toContain(REDACTION_MARKERS.birthDate.slice(0, 4));
}
