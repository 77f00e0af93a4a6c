/**
 * The two shortcuts that make parsing fast must not change what a parse gives: text skips `normalize` only
 * when it is NFC already, and the model's objects use zod's generated object parser, which must agree with
 * zod's generic one on every value and every issue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, Dataset, ENTITY_SCHEMAS, Name, Nominee, Text } from '../../src/index';
import { isNfcByCharacters, trimToNfc } from '../../src/model/nfc';
import { hanoiUnitOne } from '../fixtures';

const CANDIDATES = join(import.meta.dirname, '../../../../examples/data/vn-na-2021/candidates');

/** Every cell of the real 2021 candidate lists, as written (a rough split is enough: any text will do). */
function realCells(): string[] {
  const cells = new Set<string>();
  for (const file of readdirSync(CANDIDATES)) {
    for (const cell of readFileSync(join(CANDIDATES, file), 'utf8').split(/[,\n"]/u)) cells.add(cell);
  }
  return [...cells];
}

const SAFE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
];

describe('text to NFC without normalize when it is NFC already', () => {
  it('trusts only characters that are NFC alone and in any pair (every pair is checked)', () => {
    const safe: string[] = [];
    for (const [from, to] of SAFE_RANGES) for (let c = from; c <= to; c++) safe.push(String.fromCharCode(c));
    const pair = (a: string, b: string) => a + b;
    const unstable: string[] = [];
    // what the shortcut trusts is exactly that set: every other UTF-16 code unit goes through normalize
    const trusted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isNfcByCharacters(String.fromCharCode(c))) trusted.push(String.fromCharCode(c));
    expect(trusted).toEqual(safe);
    for (const a of safe) {
      if (a.normalize('NFC') !== a) unstable.push(a);
      for (const b of safe) if (pair(a, b).normalize('NFC') !== pair(a, b)) unstable.push(pair(a, b));
    }
    expect(unstable).toEqual([]);
  });

  it('sends combining marks and everything outside those ranges to normalize', () => {
    for (const c of [0x0300, 0x0301, 0x0323, 0x036f, 0x1dff, 0x1f00, 0x2000, 0x2001, 0x200f, 0x2028, 0x212b, 0xac00, 0xd800, 0xdc00, 0xffff, 0x1d15e, 0x10ffff]) {
      expect(isNfcByCharacters(`Nguyen${String.fromCodePoint(c)}`)).toBe(false);
    }
  });

  it('gives what trim then normalize("NFC") gives, on every cell of the 2021 lists, as written and decomposed', () => {
    const cells = realCells();
    expect(cells.length).toBeGreaterThan(1000);
    const differ: string[] = [];
    for (const cell of cells) {
      for (const text of [cell, cell.normalize('NFD'), ` ${cell.normalize('NFKD')}\t`]) {
        if (trimToNfc(text) !== text.trim().normalize('NFC')) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });

  it('turns a decomposed name into NFC and leaves an NFC name as it is', () => {
    const nfc = 'Nguyễn Thị Ánh Tuyết';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(Name.parse(`  ${nfd} `)).toBe(nfc);
    expect(Text.parse(nfd)).toBe(nfc);
    expect(Name.parse(nfc)).toBe(nfc);
    // a safe letter followed by a combining mark composes with it
    expect(Name.parse('Phe\u0302\u0301')).toBe('Phế');
    expect(Name.parse('A\u030A')).toBe('Å');
    // singletons outside the ranges: Ångström and Kelvin signs become letters
    expect(Name.parse('\u212B \u212A')).toBe('Å K');
    expect(Name.parse('Hà\u2000Nội')).toBe('Hà\u2002Nội');
    // beyond U+FFFF too: a musical half note is excluded from composition, so NFC decomposes it
    expect(Text.parse('\u{1D15E}')).toBe('\u{1D157}\u{1D165}');
  });
});

/** Every object schema under `schema`, entity schemas included. */
function objectsIn(schema: z.ZodMiniType, found = new Set<z.ZodMiniType>()): Set<z.ZodMiniType> {
  if (found.has(schema)) return found;
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def['type'] === 'object') {
    found.add(schema);
    for (const field of Object.values(def['shape'] as Record<string, z.ZodMiniType>)) objectsIn(field, found);
  }
  for (const key of ['innerType', 'element', 'valueType', 'in', 'out']) {
    if (def[key]) objectsIn(def[key] as z.ZodMiniType, found);
  }
  for (const option of (def['options'] as z.ZodMiniType[] | undefined) ?? []) objectsIn(option, found);
  return found;
}

describe("zod's generated object parser", () => {
  it('parses every object of the model, and they are still zod/mini objects', () => {
    const objects = objectsIn(Dataset);
    expect(objects.size).toBeGreaterThan(20);
    for (const schema of objects) {
      expect(schema).toBeInstanceOf(z.ZodMiniObject);
      // strict objects (a quota's bound) are rare and small: zod/mini's own
      if ((schema._zod.def as { catchall?: unknown }).catchall) continue;
      expect([...schema._zod.traits]).toContain('$ZodObjectJIT');
    }
    expect(Object.keys(Nominee.shape)).toEqual(['id', 'version', 'personId', 'person', 'nomination', 'sourceText']);
  });

  it('gives the values and issues the generic parser gives, on valid and broken entities', () => {
    const data = hanoiUnitOne();
    const nominee = data.nominees![0]!;
    const broken: unknown[] = [
      nominee,
      { ...nominee, person: { ...nominee.person, fullName: ' ', dateOfBirth: '1974-02-29', gender: 'Nam' } },
      { ...nominee, id: undefined, nomination: { ...nominee.nomination, listNumber: 0, status: 'gone', extra: 1 } },
      { ...nominee, person: { ...nominee.person, education: { general: 12 }, incumbencies: [{ term: '' }] } },
      { ...nominee, person: null },
      [],
      'n-1',
    ];
    const run = (schema: z.ZodMiniType, value: unknown, jitless: boolean) => {
      const result = schema.safeParse(value, { jitless });
      return result.success ? { data: result.data } : { issues: result.error.issues };
    };
    for (const collection of COLLECTION_NAMES) {
      const schema = ENTITY_SCHEMAS[collection] as z.ZodMiniType;
      const values = [...((data[collection] ?? []) as unknown[]), ...broken];
      for (const value of values) {
        const fast = run(schema, value, false);
        expect(fast).toStrictEqual(run(schema, value, true));
      }
    }
  });
});
