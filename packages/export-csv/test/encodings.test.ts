/**
 * Legacy encodings on the real 2021 list (examples/data/vn-na-2021; Vietnam Elections dataset (NA15-2021),
 * CC-BY-4.0): the nine files written in TCVN3, VNI and Windows-1258 read to the same dataset as the UTF-8
 * files, with one legacy-encoding warning per file; bytes that are no Vietnamese encoding are refused.
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@ungcu/core/export';
import { csvImporter } from '../src/index';
import { inChunks, tcvn3, vni, windows1258, withRealNameCapitals } from '@ungcu/testkit/export';
import { ELECTION, PATHS, readText } from './support';

const TEXTS = PATHS.map((path) => ({ name: path.split('/').pop()!, text: readText(path).replace(/^\uFEFF/u, '') }));

function withoutLegacyWarnings(result: ImportResult) {
  return { ...result, warnings: result.warnings.filter((w) => w.code !== 'legacy-encoding') };
}

function realImport(): Promise<ImportResult> {
  return csvImporter().read(TEXTS.map(({ name, text }) => ({ name, data: text })), { election: ELECTION });
}

const CASES = [
  { encoding: 'tcvn3', name: 'TCVN3 (ABC)', ...tcvn3 },
  { encoding: 'vni', name: 'VNI Windows', ...vni },
  { encoding: 'windows-1258', name: 'Windows-1258', ...windows1258 },
] as const;

describe('legacy Vietnamese encodings on the real 2021 list', () => {
  for (const { encoding, name, encode, representable } of CASES) {
    it(`reads the nine files written in ${name} as the UTF-8 files, with one warning per file`, async () => {
      // The UTF-8 side is what a file in that encoding can say: TCVN3 has no upper-case toned letters ("Ủy"),
      // and the list holds a few characters no legacy table has (a prime, stray combining marks).
      const representableImport = await csvImporter().read(TEXTS.map(({ name: file, text }) => ({ name: file, data: representable(text) })), { election: ELECTION });
      expect(representableImport.errors).toEqual([]);
      // TCVN3 loses the capital of "Ánh"; the importer gives names their capitals back, so they are the real ones.
      const expected = encoding === 'tcvn3' ? withRealNameCapitals(representableImport, await realImport()) : representableImport;
      const result = await csvImporter().read(TEXTS.map(({ name: file, text }) => ({ name: file, data: inChunks(encode(text)) })), { election: ELECTION });
      expect(withoutLegacyWarnings(result)).toEqual(expected);
      const legacy = result.warnings.filter((w) => w.code === 'legacy-encoding');
      expect(legacy.map((w) => w.file)).toEqual(TEXTS.map((t) => t.name));
      for (const w of legacy) {
        expect(w.row).toBe(1);
        expect(w.message.vi).toContain(name);
        expect(w.message.en).toContain(name);
      }
      expect(result.data.nominees).toHaveLength(868);
    });

    it(`reads ${name} when told to, without a warning`, async () => {
      const [first] = TEXTS;
      const result = await csvImporter({ encoding }).read({ name: first!.name, data: inChunks(encode(first!.text)) }, { election: ELECTION });
      const representableImport = await csvImporter().read({ name: first!.name, data: representable(first!.text) }, { election: ELECTION });
      const real = await csvImporter().read({ name: first!.name, data: first!.text }, { election: ELECTION });
      expect(result).toEqual(encoding === 'tcvn3' ? withRealNameCapitals(representableImport, real) : representableImport);
    });
  }

  it('reads a UTF-8 file with or without a byte order mark as before, with no warning', async () => {
    const [first] = TEXTS;
    const plain = await csvImporter().read({ name: 'a.csv', data: first!.text }, { election: ELECTION });
    const bom = await csvImporter().read({ name: 'a.csv', data: `\uFEFF${first!.text}` }, { election: ELECTION });
    expect(plain.errors).toEqual([]);
    expect(plain.warnings.some((w) => w.code === 'legacy-encoding')).toBe(false);
    expect(bom).toEqual(plain);
  });
});

describe('bytes that are no Vietnamese encoding', () => {
  const codes = (r: ImportResult) => r.errors.map((e) => e.code);

  it('refuses random bytes as unknown-encoding, naming the candidates', async () => {
    let seed = 11;
    const bytes = new Uint8Array(20_000).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    });
    const result = await csvImporter().read({ name: 'random.bin', data: bytes }, { election: ELECTION });
    expect(codes(result)).toEqual(['unknown-encoding']);
    expect(result.errors[0]!.message.en).toMatch(/TCVN3 \(ABC\) \d+%, |VNI Windows \d+%/u);
    expect(result.errors[0]!.message.vi).toContain('Windows-1258');
    expect(result.data.nominees).toEqual([]);
  });

  it('refuses French written in Latin-1 as unknown-encoding or unknown-layout', async () => {
    const french = 'Nom,Prénom,Né le,Député élu,Circonscription\r\n' + 'Lefèvre,Hélène,12/03/1961,oui,Hérault — deuxième\r\n'.repeat(200);
    const result = await csvImporter().read({ name: 'fr.csv', data: Buffer.from(french, 'latin1') }, { election: ELECTION });
    expect(codes(result).length).toBeGreaterThan(0);
    expect(codes(result).every((c) => c === 'unknown-encoding' || c === 'unknown-layout')).toBe(true);
  });
});
