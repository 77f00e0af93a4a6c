import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/index';
import type { ApportionJson } from '../src/commands/apportion';
import { MAX_TABLE_BYTES } from '../src/commands/read-table';
import { capture } from './support';

const dir = mkdtempSync(join(tmpdir(), 'ungcu-cli-apportion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// The 1790 census as Balinski and Young give it; Jefferson's method with 105 seats is the House of 1792.
const CENSUS_1790 = {
  CT: 236841, DE: 55540, GA: 70835, KY: 68705, MD: 278514, MA: 475327, NH: 141822, NJ: 179570,
  NY: 331589, NC: 353523, PA: 432879, RI: 68446, SC: 206236, VT: 85533, VA: 630560,
};
const HOUSE_1792 = { CT: 7, DE: 1, GA: 2, KY: 2, MD: 8, MA: 14, NH: 4, NJ: 5, NY: 10, NC: 10, PA: 13, RI: 2, SC: 6, VT: 2, VA: 19 };
const units1790 = file('units-1790.csv', `id,weight\n${Object.entries(CENSUS_1790).map(([id, w]) => `${id},${w}`).join('\n')}\n`);

describe('ungcu apportion', () => {
  it('reproduces the House of 1792 by Jefferson’s method, as JSON with the step log and the indices', async () => {
    const io = capture();
    expect(await run(['apportion', '--method', 'jefferson', '--seats', '105', '--input', units1790, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as ApportionJson;
    expect(json.seats).toEqual(HOUSE_1792);
    expect(json).toMatchObject({ method: 'jefferson', complete: true, ties: [] });
    expect(json.steps).toHaveLength(105);
    expect(json.steps.filter((s) => s.unitId === 'VA')).toHaveLength(19);
    expect(json.indices.gallagher).toBeGreaterThan(0);
    expect(json.indices.loosemoreHanby).toBeGreaterThan(0);
  });

  it('prints a table in Vietnamese or English, and Hamilton’s 120 seats differ from Jefferson’s', async () => {
    const vi = capture();
    expect(await run(['apportion', '--method', 'hamilton', '--seats', '120', '--input', units1790], vi)).toBe(0);
    expect(vi.out.split('\n')[0]).toBe('Phân bổ 120 ghế theo phương pháp hamilton');
    expect(vi.out).toMatch(/^VA\s+630560\s+20\.9\d{3}\s+21$/mu);
    expect(vi.out).toMatch(/^Chỉ số lệch tỷ lệ \(điểm phần trăm\): Gallagher \d\.\d{4}, Loosemore–Hanby \d\.\d{4}$/mu);
    const en = capture();
    expect(await run(['apportion', '--method', 'jefferson', '--seats', '120', '--input', units1790, '--locale', 'en'], en)).toBe(0);
    expect(en.out.split('\n')[0]).toBe('120 seats apportioned by jefferson');
    expect(en.out).not.toBe(vi.out);
  });

  it('reads decimal weights exactly, a semicolon file, and min and max columns', async () => {
    const input = file('units-decimal.csv', 'id;weight;min;max\nA;10.5;1;\nB;10.25;;3\nC;0.25;1;\n');
    const io = capture();
    expect(await run(['apportion', '--method', 'webster', '--seats', '6', '--input', input, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as ApportionJson;
    expect(json.seats).toEqual({ A: 3, B: 2, C: 1 });
  });

  it('reports a tie instead of breaking it, exits 1, and breaks it when asked', async () => {
    const input = file('units-tie.csv', 'id,weight\nA,100\nB,100\nC,100\n');
    const io = capture();
    expect(await run(['apportion', '--method', 'hamilton', '--seats', '4', '--input', input, '--format', 'json'], io)).toBe(1);
    const json = JSON.parse(io.out) as ApportionJson;
    expect(json.complete).toBe(false);
    expect(json.ties[0]).toMatchObject({ unitIds: ['A', 'B', 'C'], seats: 1 });
    expect(Object.values(json.seats).reduce((a, b) => a + b, 0)).toBe(3);
    const text = capture();
    expect(await run(['apportion', '--method', 'hamilton', '--seats', '4', '--input', input], text)).toBe(1);
    expect(text.out).toContain('Hòa: A, B, C ngang nhau cho 1 ghế còn lại; chưa phân ghế này');
    const broken = capture();
    expect(await run(['apportion', '--method', 'hamilton', '--seats', '4', '--input', input, '--tie-rule', 'id', '--format', 'json'], broken)).toBe(0);
    expect((JSON.parse(broken.out) as ApportionJson).seats).toEqual({ A: 2, B: 1, C: 1 });
  });

  it('names the file, row and column of a bad cell, in both languages, and exits 2', async () => {
    const input = file('units-bad.csv', 'id,weight\nA,100\nB,một trăm\n');
    const io = capture();
    expect(await run(['apportion', '--method', 'adams', '--seats', '3', '--input', input], io)).toBe(2);
    expect(io.err).toBe('units-bad.csv, dòng 3, cột weight: "một trăm" không phải là một trọng số dương / units-bad.csv, row 3, column weight: "một trăm" is not a positive weight\n');
    expect(io.out).toBe('');
  });

  it('refuses a missing column, an unknown method, a bad seat count, binary junk and a huge file with a reason', async () => {
    const cases: [string[], RegExp][] = [
      [['--method', 'hamilton', '--seats', '3', '--input', file('no-weight.csv', 'id,population2\nA,1\n')], /thiếu cột weight hoặc .* \/ .*missing the column weight/u],
      [['--method', 'banzhaf', '--seats', '3', '--input', units1790], /--method phải là một trong hamilton, .* \/ --method must be one of/u],
      [['--method', 'hamilton', '--seats', '0', '--input', units1790], /--seats phải là số nguyên dương/u],
      [['--method', 'hamilton', '--seats', '3', '--input', file('junk.csv', new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x9f, 0xc3, 0x28, 0xa0]))], /junk\.csv: tệp không ở bảng mã UTF-8 .* \/ junk\.csv: the file is not UTF-8/u],
      [['--method', 'hamilton', '--seats', '3', '--input', file('thousands.csv', 'id,weight\nA,1.234\nB,2000\n')], /thousands\.csv, dòng 2, cột weight: "1\.234" có thể là 1234 hoặc 1 phẩy 234/u],
      [['--method', 'hamilton', '--seats', '3', '--input', join(dir, 'missing.csv')], /Không đọc được tệp .*missing\.csv.* \/ Cannot read the file/u],
      [['--method', 'hamilton', '--seats', '3', '--input', file('empty.csv', '')], /empty\.csv: tệp trống/u],
    ];
    const huge = file('huge.csv', 'id,weight\n');
    truncateSync(huge, MAX_TABLE_BYTES + 1); // sparse: the size is refused before a byte is read
    cases.push([['--method', 'hamilton', '--seats', '3', '--input', huge], /huge\.csv: tệp lớn 64 MiB, quá giới hạn 64 MiB/u]);
    for (const [args, expected] of cases) {
      const io = capture();
      expect(await run(['apportion', ...args], io), args.join(' ')).toBe(2);
      expect(io.err, args.join(' ')).toMatch(expected);
      expect(io.err).not.toMatch(/\n\s+at /u); // a reason, never a stack trace
    }
  });

  it('passes the library’s own refusals through in both languages (more minimum seats than seats)', async () => {
    const input = file('units-min.csv', 'id,weight,min\nA,10,3\nB,10,3\n');
    const io = capture();
    expect(await run(['apportion', '--method', 'hamilton', '--seats', '5', '--input', input], io)).toBe(2);
    expect(io.err).toMatch(/ \/ /u);
    expect(io.err).not.toMatch(/\n\s+at /u);
  });

  it('shares the 35% women floor of the real 2021 list among its provinces, in proportion to their lists', async () => {
    // The official 2021 list, shipped in examples/data (CC-BY-4.0, github.com/VietThan/vietnam-elections).
    const folder = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
    const lists = readdirSync(folder).filter((f) => f.endsWith('.csv')).map((f) => join(folder, f));
    const args = ['apportion', '--method', 'hamilton', '--seats', '304', '--input', ...lists, '--pack', 'vn-2021', '--format', 'json'];
    // ceil(35% × 868) = 304. The 26 provinces with lists of 10 tie for the last 6: reported, not broken.
    const tied = capture();
    expect(await run(args, tied), tied.err).toBe(1);
    const report = JSON.parse(tied.out) as ApportionJson;
    expect(report.complete).toBe(false);
    expect(report.ties).toHaveLength(1);
    expect(report.ties[0]?.unitIds).toHaveLength(26);
    expect(report.ties[0]?.seats).toBe(6);
    expect(Object.values(report.seats).reduce((a, b) => a + b, 0)).toBe(298);
    const io = capture();
    expect(await run([...args, '--tie-rule', 'larger-weight'], io), io.err).toBe(0);
    const json = JSON.parse(io.out) as ApportionJson;
    expect(Object.keys(json.seats)).toHaveLength(63);
    expect(Object.values(json.seats).reduce((a, b) => a + b, 0)).toBe(304);
    // Hà Nội's list has 50 people: 50 × 304 / 868 = 17.5 → 17 or 18.
    expect(json.seats['Hà Nội']).toBeGreaterThanOrEqual(17);
    expect(json.seats['Hà Nội']).toBeLessThanOrEqual(18);
  });
});
