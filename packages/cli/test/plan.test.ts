import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/index';
import type { PlanJson } from '../src/commands/plan';
import { capture } from './support';

const dir = mkdtempSync(join(tmpdir(), 'ungcu-cli-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Twelve people: 4 women (2 of them of an ethnic minority), 3 men of an ethnic minority, 5 others.
const POOL = [
  'id,gender,minority,constituency',
  'p01,nữ,có,1', 'p02,nữ,không,1', 'p03,nữ,có,2', 'p04,nữ,không,2',
  'p05,nam,có,1', 'p06,nam,có,2', 'p07,nam,có,1',
  'p08,nam,không,1', 'p09,nam,không,2', 'p10,nam,không,1', 'p11,nam,không,2', 'p12,nam,không,1',
].join('\n');
const pool = file('pool.csv', `${POOL}\n`);

function counted(json: PlanJson, feature: 'gender' | 'minority', value: string): number {
  if (!json.feasible) throw new Error('expected a list');
  const column = feature === 'gender' ? 1 : 2;
  const rows = POOL.split('\n').slice(1).map((line) => line.split(','));
  return json.selected.filter((id) => rows.find((r) => r[0] === id)?.[column] === value).length;
}

describe('ungcu plan', () => {
  it('picks a list that meets every quota, as JSON, the same for the same seed', async () => {
    const quotas = file('quotas.csv', 'feature,value,min,max\ngender,nữ,3,\nminority,có,2,3\n');
    const args = ['plan', '--pool', pool, '--quotas', quotas, '--size', '6', '--seed', '7', '--format', 'json'];
    const io = capture();
    expect(await run(args, io)).toBe(0);
    const json = JSON.parse(io.out) as PlanJson;
    expect(json.feasible).toBe(true);
    if (!json.feasible) return;
    expect(json.selected).toHaveLength(6);
    expect(new Set(json.selected).size).toBe(6);
    expect(counted(json, 'gender', 'nữ')).toBeGreaterThanOrEqual(3);
    expect(counted(json, 'minority', 'có')).toBeGreaterThanOrEqual(2);
    expect(counted(json, 'minority', 'có')).toBeLessThanOrEqual(3);
    const again = capture();
    expect(await run(args, again)).toBe(0);
    expect(again.out).toBe(io.out);
  });

  it('accepts shares, the sortition field’s column names and a per-constituency scope', async () => {
    const quotas = file('quotas-shares.csv', 'category,name,min,max,scope\ngender,nữ,50%,,\ngender,nữ,1,,constituency\n');
    const io = capture();
    expect(await run(['plan', '--pool', pool, '--quotas', quotas, '--size', '4', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as PlanJson;
    expect(counted(json, 'gender', 'nữ')).toBeGreaterThanOrEqual(2);
  });

  it('explains quotas that cannot all hold, with the smallest change, in Vietnamese or English, and exits 1', async () => {
    // 5 women are asked for and the pool has 4.
    const quotas = file('quotas-infeasible.csv', 'feature,value,min,max\ngender,nữ,5,\n');
    const json = capture();
    expect(await run(['plan', '--pool', pool, '--quotas', quotas, '--size', '6', '--format', 'json'], json)).toBe(1);
    const answer = JSON.parse(json.out) as PlanJson;
    expect(answer.feasible).toBe(false);
    if (answer.feasible) return;
    expect(answer.relaxation).toEqual([{ feature: 'gender', value: 'nữ', bound: 'min', from: 5, to: 4 }]);
    expect(answer.explanation.vi).toMatch(/\d/u);
    const vi = capture();
    expect(await run(['plan', '--pool', pool, '--quotas', quotas, '--size', '6'], vi)).toBe(1);
    expect(vi.out).toBe(`${answer.explanation.vi}\n`);
    const en = capture();
    expect(await run(['plan', '--pool', pool, '--quotas', quotas, '--size', '6', '--locale', 'en'], en)).toBe(1);
    expect(en.out).toBe(`${answer.explanation.en}\n`);
    expect(en.out).not.toBe(vi.out);
  });

  it('names the file, row and column of a bad quota, in both languages, and exits 2', async () => {
    const cases: [string, RegExp][] = [
      ['feature,value,min,max\ngender,nữ,ba,\n', /, dòng 2, cột min: "ba" không phải là số người \(12\) hay tỷ lệ .* \/ .*row 2, column min: "ba" is neither/u],
      ['feature,value,min,max\nage,young,1,\n', /, dòng 2, cột feature: nguồn không có thuộc tính "age" \(có: gender, minority\) \/ .*the pool has no attribute "age"/u],
      ['feature,value,min,max\ngender,nữ,,\n', /, dòng 2, cột min: chỉ tiêu cần mức tối thiểu, tối đa hoặc cả hai/u],
      ['feature,value,min,max,scope\ngender,nữ,1,,district\n', /, dòng 2, cột scope: phạm vi "district" không hợp lệ/u],
      ['feature,value\ngender,nữ\n', /thiếu cột min hoặc max/u],
    ];
    for (const [content, expected] of cases) {
      const io = capture();
      expect(await run(['plan', '--pool', pool, '--quotas', file('bad-quotas.csv', content), '--size', '4'], io), content).toBe(2);
      expect(io.err, content).toMatch(expected);
    }
    const duplicate = capture();
    const twice = file('pool-twice.csv', 'id,gender\na,nữ\na,nam\n');
    expect(await run(['plan', '--pool', twice, '--quotas', file('q.csv', 'feature,value,min\ngender,nữ,1\n'), '--size', '1'], duplicate)).toBe(2);
    expect(duplicate.err).toContain('pool-twice.csv, dòng 3, cột id: mã "a" trùng');
  });

  it('takes the official 2021 list as the pool, with the attributes the model derives', async () => {
    // The official 2021 list, shipped in examples/data (CC-BY-4.0, github.com/VietThan/vietnam-elections).
    const folder = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
    const files = readdirSync(folder).filter((f) => f.endsWith('.csv')).map((f) => join(folder, f));
    const quotas = file('quotas-2021.csv', 'feature,value,min,max\nwomen,có,35%,\nethnic-minority,true,18%,\nnon-party,true,10%,\n');
    const io = capture();
    expect(await run(['plan', '--pool', ...files, '--pack', 'vn-2021', '--quotas', quotas, '--size', '500', '--seed', '1', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as PlanJson;
    expect(json.feasible).toBe(true);
    if (!json.feasible) return;
    expect(json.selected).toHaveLength(500);
    expect(json.counts['women=true']).toBeGreaterThanOrEqual(175);
    expect(json.counts['ethnic-minority=true']).toBeGreaterThanOrEqual(90);
    expect(json.counts['non-party=true']).toBeGreaterThanOrEqual(50);
    // The real list has 74 non-party candidates: 100 cannot be found, and the answer says by how many.
    const tooMany = file('quotas-2021-non-party.csv', 'feature,value,min,max\nnon-party,true,100,\n');
    const infeasible = capture();
    expect(await run(['plan', '--pool', ...files, '--pack', 'vn-2021', '--quotas', tooMany, '--size', '500', '--format', 'json'], infeasible)).toBe(1);
    const answer = JSON.parse(infeasible.out) as PlanJson;
    expect(answer.feasible).toBe(false);
    if (answer.feasible) return;
    expect(answer.relaxation).toEqual([{ feature: 'non-party', value: true, bound: 'min', from: 100, to: 74 }]);
  });
});
