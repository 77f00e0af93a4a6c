/**
 * An agency's own plugins: a rule pack from `--pack ./file`, and packs and exporters from `ungcu.config.ts`
 * found in the working folder, run on the real 2021 list. The temporary folder lives inside this package so
 * the config's `import '@ungcu/rules-vn'` resolves as it would in an agency's project.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/index';
import { capture, cliProcess } from './support';

const candidates = fileURLToPath(new URL('../../../examples/data/vn-na-2021/candidates/', import.meta.url));
const files = readdirSync(candidates).filter((f) => f.endsWith('.csv')).map((f) => join(candidates, f));
const dir = mkdtempSync(fileURLToPath(new URL('./.tmp-config-', import.meta.url)));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A stricter agency pack: the national list must be half women (the 2021 list has 393 of 868, 45.28%).
const PACK = `import { defineRulePack } from '@ungcu/core/rules';
import { vn2021 } from '@ungcu/rules-vn';
export default defineRulePack({
  id: 'agency-2021',
  title: { vi: 'Bộ quy tắc của cơ quan', en: "The agency's pack" },
  extends: vn2021,
  ruleSettings: { 'vn/na-women-share': { minShare: 0.5 } },
});
`;

const CONFIG = `import type { UngcuConfig } from '@ungcu/cli';
import type { Dataset } from '@ungcu/core';
import { defineRulePack } from '@ungcu/core/rules';
import { vn2021 } from '@ungcu/rules-vn';

// An exporter of the agency's own: one name per line, in list order.
const names = (data: Dataset): Uint8Array =>
  new TextEncoder().encode(data.nominees.map((n) => n.person.fullName).join('\\n') + '\\n');

const config: UngcuConfig = {
  defaultPack: 'agency-2021',
  packs: [defineRulePack({ id: 'agency-2021', title: { vi: 'Cơ quan', en: 'Agency' }, extends: vn2021, ruleSettings: { 'vn/na-women-share': { minShare: 0.5 } } })],
  exporters: [{ id: 'names', mediaType: 'text/plain', extension: '.txt', write: async (d: Dataset) => names(d), stream: async function* (d: Dataset) { yield names(d); } }],
};
export default config;
`;

describe('--pack ./module', () => {
  const packFile = join(dir, 'agency-pack.mjs');
  writeFileSync(packFile, PACK);

  it('validates under the pack the module exports: the stricter share fails the real 2021 list', async () => {
    const io = capture();
    expect(await run(['validate', ...files, '--pack', packFile, '--election-day', '2021-05-23', '--locale', 'en'], io)).toBe(1);
    expect(io.out).toContain('vn/na-women-share');
    expect(io.out).toContain('rule packs agency-2021');
    const builtIn = capture();
    expect(await run(['validate', ...files, '--pack', 'vn-2021'], builtIn)).toBe(0);
  });

  it('refuses a module that is missing or exports no pack, in both languages, exit 2', async () => {
    const missing = capture();
    expect(await run(['validate', ...files, '--pack', join(dir, 'nothing.mjs')], missing)).toBe(2);
    expect(missing.err).toContain('Không có tệp');
    expect(missing.err).toContain('No such file');
    const notAPack = join(dir, 'not-a-pack.mjs');
    writeFileSync(notAPack, 'export const answer = 42;\n');
    const wrong = capture();
    expect(await run(['validate', ...files, '--pack', notAPack], wrong)).toBe(2);
    expect(wrong.err).toContain('must export one rule pack made with defineRulePack() (found 0)');
    const broken = join(dir, 'broken.mjs');
    writeFileSync(broken, 'export default {;\n');
    const syntax = capture();
    expect(await run(['validate', ...files, '--pack', broken], syntax)).toBe(2);
    expect(syntax.err).toContain(`Cannot load ${broken}`);
  });
});

describe('ungcu.config.ts in the working folder', () => {
  const project = mkdtempSync(join(dir, 'project-'));
  writeFileSync(join(project, 'ungcu.config.ts'), CONFIG);

  it("adds the agency's pack as the default, keeps the built-in ones, and exports with its own exporter", async () => {
    const strict = await cliProcess(['validate', ...files, '--election-day', '2021-05-23'], project);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('bộ quy tắc agency-2021');
    const builtIn = await cliProcess(['validate', ...files, '--pack', 'vn-2021'], project);
    expect(builtIn.status).toBe(0);
    const out = join(project, 'names.txt');
    const exported = await cliProcess(['export', ...files, '--pack', 'vn-2021', '--out', out], project);
    // Only the list's own warnings (the council terms of 2021 that do not parse), no error.
    expect(exported.stderr.trim().split('\n').every((line) => line.startsWith('Cảnh báo / Warning: '))).toBe(true);
    expect(exported.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(868);
    expect(lines).toContain('Nguyễn Phú Trọng');
  }, 120_000);
});

describe('ungcu export', () => {
  it('writes the official XLSX layout that reads back to the same list, and lists the formats when one is missing', async () => {
    const out = join(dir, 'list.xlsx');
    const io = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', out], io)).toBe(0);
    expect(io.out).toContain('Exported 868 nominees');
    const back = capture();
    expect(await run(['validate', out, '--pack', 'vn-2021', '--format', 'json'], back)).toBe(0);
    expect(JSON.parse(back.out).composition[0]).toMatchObject({ scope: 'election', nominees: 868, women: 393 });
    const odt = capture();
    expect(await run(['export', ...files, '--pack', 'vn-2021', '--out', join(dir, 'list.odt')], odt)).toBe(2);
    expect(odt.err).toContain(
      'No exporter for ".odt" (known: csv (.csv), xlsx (.xlsx), json (.json), popolo (.json), pdf (.pdf), docx (.docx); add others in ungcu.config.ts)',
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('list.odt'))).toEqual([]);
  }, 120_000);
});
