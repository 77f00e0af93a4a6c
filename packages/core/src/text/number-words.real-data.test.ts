/**
 * parseVietnameseNumber on Resolution 85/NQ-HĐBCQG (examples/data/vn-na-2026), which writes every count in
 * words: "Số đơn vị bầu cử là mười một.", "Số đại biểu Quốc hội được bầu là ba mươi hai." The counts must add
 * up: each province's constituencies to its stated total, all of them to 500 seats in 182 constituencies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from './number-words';

const text = readFileSync(
  new URL('../../../../examples/data/vn-na-2026/resolution-85-NQ-HDBCQG-constituencies.md', import.meta.url),
  'utf8',
);

const COUNT_PHRASE = /(Số đơn vị bầu cử|Số đại biểu Quốc hội được bầu) là ([^.\n]+)\./gu;
const PROVINCE_HEADING = /^(?:#+ )?(\d+)- (.+)$/u;
const UNIT_HEADING = /^Đơn vị số (\d+):$/u;

function number(words: string): number {
  const result = parseVietnameseNumber(words);
  if (!result.ok) throw new Error(`${words}: ${result.reason.en}`);
  return result.value;
}

interface Province {
  readonly name: string;
  unitsStated?: number;
  seatsStated?: number;
  readonly units: { readonly number: number; seats?: number }[];
}

/** Walks the text line by line: a province heading, its two totals, then its "Đơn vị số N:" blocks. */
function readProvinces(): Province[] {
  const provinces: Province[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    const province = provinces[provinces.length - 1];
    const unit = province?.units[province.units.length - 1];
    const heading = PROVINCE_HEADING.exec(line);
    const unitHeading = UNIT_HEADING.exec(line);
    const count = /^Số đơn vị bầu cử là (.+)\.$/u.exec(line);
    const seats = /^Số đại biểu Quốc hội được bầu là (.+)\.$/u.exec(line);
    if (heading !== null) provinces.push({ name: heading[2] ?? '', units: [] });
    else if (unitHeading !== null && province !== undefined) province.units.push({ number: Number(unitHeading[1]) });
    else if (count !== null && province !== undefined) province.unitsStated = number(count[1] ?? '');
    else if (seats !== null && unit !== undefined) unit.seats = number(seats[1] ?? '');
    else if (seats !== null && province !== undefined) province.seatsStated = number(seats[1] ?? '');
  }
  return provinces;
}

describe('counts in words in Resolution 85/NQ-HĐBCQG', () => {
  it('parses every count phrase of the resolution', () => {
    const phrases = [...text.matchAll(COUNT_PHRASE)].map((m) => m[2] ?? '');
    expect(phrases).toHaveLength(34 + 34 + 182);
    const unread = phrases.filter((p) => !parseVietnameseNumber(p).ok);
    expect(unread).toEqual([]);
    expect(phrases.filter((p) => p === 'ba mươi tám').map(number)).toEqual([38]);
  });

  const provinces = readProvinces();

  it('finds 34 provinces and 182 constituencies, as article 1 states', () => {
    const article1 = /trong cả nước là ([^.\n]+)\./u.exec(text)?.[1] ?? '';
    expect(provinces).toHaveLength(34);
    expect(provinces.flatMap((p) => p.units)).toHaveLength(number(article1));
    expect(number(article1)).toBe(182);
  });

  it("adds each province's constituencies up to the number and the seats it states", () => {
    const inconsistent = provinces.filter(
      (p) =>
        p.unitsStated !== p.units.length ||
        p.seatsStated !== p.units.reduce((sum, u) => sum + (u.seats ?? Number.NaN), 0) ||
        p.units.some((u, i) => u.number !== i + 1),
    );
    expect(inconsistent.map((p) => p.name)).toEqual([]);
    expect(provinces.find((p) => p.name === 'Thành phố Hà Nội')).toMatchObject({ unitsStated: 11, seatsStated: 32 });
  });

  it('sums to 500 seats', () => {
    const seats = provinces.flatMap((p) => p.units).map((u) => u.seats ?? Number.NaN);
    expect(seats.reduce((a, b) => a + b, 0)).toBe(500);
    expect(provinces.reduce((sum, p) => sum + (p.seatsStated ?? Number.NaN), 0)).toBe(500);
    expect(Math.min(...seats)).toBe(2);
    expect(Math.max(...seats)).toBe(3);
  });
});
