import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/index';
import { capture } from './support';

// The official 2021 list, shipped in examples/data (CC-BY-4.0, github.com/VietThan/vietnam-elections).
const folder = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.csv')).map((f) => join(folder, f));
const dir = mkdtempSync(join(tmpdir(), 'ungcu-cli-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON files in the CLI (@ungcu/export-json built in)', () => {
  it.each([
    ['json', 'list.json', 1],
    ['popolo', 'list.popolo.json', undefined],
  ])('exports the 2021 list as %s and validates the file as it validates the CSV files', async (format, name, version) => {
    const out = join(dir, name);
    const exported = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--format', format, '--out', out], exported)).toBe(0);
    expect(exported.out).toContain(`Đã xuất 868 người ứng cử vào ${out}`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { formatVersion?: number; persons?: unknown[] };
    expect(json.formatVersion).toBe(version);
    if (format === 'popolo') expect(json.persons?.length).toBe(868);
    const fromFile = capture();
    expect(await run(['validate', out, '--pack', 'vn-2021', '--format', 'json'], fromFile)).toBe(0);
    const fromCsv = capture();
    expect(await run(['validate', ...files, '--pack', 'vn-2021', '--format', 'json'], fromCsv)).toBe(0);
    const composition = (text: string): unknown => (JSON.parse(text) as { composition: unknown }).composition;
    expect(composition(fromFile.out)).toEqual(composition(fromCsv.out));
    expect(composition(fromFile.out)).toContainEqual(expect.objectContaining({ scope: 'body', nominees: 868, women: 393, ethnicMinority: 185 }));
  });

  it('picks the dataset file for an --out ending in .json', async () => {
    const out = join(dir, 'by-extension.json');
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', out], capture())).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { formatVersion: number }).formatVersion).toBe(1);
  });
});
