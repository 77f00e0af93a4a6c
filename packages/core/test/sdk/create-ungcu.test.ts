import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/model/index';
import { ConfigError } from '../../src/errors';
import { validate } from '../../src/rules';
import { defineRulePack } from '../../src/rules/index';
import { defineExporter, type ExportOptions } from '../../src/export/index';
import { createUngcu, type StoreProvider, type UngcuWarning } from '../../src/sdk/index';
import { memoryStore } from '../../src/storage';
import { hanoiUnitOne } from '../fixtures';
import { testPack } from '../rules/test-pack';

// The fixture's election names the pack "vn-2021": a pack of that id, on the test rules.
const pack2021 = defineRulePack({
  id: 'vn-2021',
  title: { vi: 'Thử 2021', en: 'Test 2021' },
  extends: testPack,
  reference: { electionDay: '2021-05-23', terms: { 'national-assembly': 'XV' } },
});
const pack2026 = defineRulePack({
  id: 'vn-2026',
  title: { vi: 'Thử 2026', en: 'Test 2026' },
  extends: testPack,
  reference: { electionDay: '2026-03-15', terms: { 'national-assembly': 'XVI' } },
});
const dataset = Dataset.parse(hanoiUnitOne());
const json = { name: 'hanoi.json', bytes: new TextEncoder().encode(JSON.stringify(dataset)) };
const dir = mkdtempSync(join(tmpdir(), 'ungcu-sdk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('createUngcu', () => {
  it('imports, saves twice (the second save changes nothing), loads and validates like validate() itself', async () => {
    const store = await memoryStore();
    const ungcu = createUngcu({ packs: [pack2021], store });
    const read = await ungcu.importFiles([json]);
    expect(read.errors).toEqual([]);
    const first = await ungcu.save(read.data);
    expect(first.counts.nominees).toMatchObject({ created: 5, updated: 0 });
    const second = await ungcu.save(read.data);
    expect(second.counts.nominees).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    const loaded = await ungcu.load('vn-2021');
    expect(loaded?.nominees.map((n) => n.person.fullName).sort()).toEqual(dataset.nominees.map((n) => n.person.fullName).sort());
    const report = ungcu.validate(loaded!);
    expect(report).toEqual(validate(loaded!, { packs: [pack2021], locale: 'vi' }));
    expect(report.packs).toEqual(['vn-2021']);
  });

  it('reads a file path from disk, and says which file cannot be opened instead of throwing', async () => {
    const path = join(dir, 'list.json');
    writeFileSync(path, JSON.stringify(dataset));
    const ungcu = createUngcu({ packs: [pack2021] });
    expect((await ungcu.importFiles([path])).data.nominees).toHaveLength(5);
    const missing = await ungcu.importFiles([join(dir, 'missing.json')]);
    expect(missing.errors).toMatchObject([{ file: join(dir, 'missing.json'), code: 'unreadable-file', message: { en: 'no such file' } }]);
    const broken = await ungcu.importFiles([{ name: 'broken.json', bytes: new TextEncoder().encode('{"nominees": [') }]);
    expect(broken.errors[0]).toMatchObject({ file: 'broken.json', code: 'unreadable-file' });
  });

  it('names the package to install for a format nobody registered', async () => {
    const ungcu = createUngcu({ packs: [pack2021] });
    const xlsx = { name: 'ds.xlsx', bytes: new Uint8Array([0x50, 0x4b]) };
    await expect(ungcu.importFiles([xlsx])).rejects.toThrow(/install @ungcu\/export-xlsx and pass xlsxImporter\(\)/u);
    await expect(ungcu.importFiles([{ name: 'ds.csv', bytes: new Uint8Array() }])).rejects.toThrow(/@ungcu\/export-csv/u);
    await expect(ungcu.export(dataset, 'xlsx')).rejects.toThrow(/install @ungcu\/export-xlsx and pass xlsxExporter\(\)/u);
    const pdf = await ungcu.export(dataset, 'pdf').catch((e: unknown) => e);
    expect(pdf).toBeInstanceOf(ConfigError);
    expect((pdf as ConfigError).text.vi).toContain('Chưa đăng ký bộ xuất "pdf"');
    await expect(ungcu.importFiles([json, { name: 'b.xlsx', bytes: new Uint8Array() }])).rejects.toThrow(/install @ungcu\/export-xlsx/u);
  });

  it('validates the dataset for a report export without a report, in the export\'s language', async () => {
    const seen: ExportOptions[] = [];
    const reportExporter = defineExporter({
      id: 'report-text',
      mediaType: 'text/plain',
      extension: 'txt',
      contents: ['list', 'report'],
      async *stream(_input, options) {
        seen.push(options ?? {});
        yield new TextEncoder().encode(options?.report?.findings.map((f) => f.message).join('\n') ?? 'list');
      },
    });
    const ungcu = createUngcu({ packs: [pack2021, pack2026], exporters: [reportExporter] });
    const expected = validate(dataset, { packs: [pack2021], locale: 'en' });
    expect(expected.findings.length).toBeGreaterThan(0);
    const text = new TextDecoder().decode(await ungcu.export(dataset, 'report-text', { what: 'report', locale: 'en' }));
    expect(text).toBe(expected.findings.map((f) => f.message).join('\n'));
    expect(seen[0]!.report).toEqual(expected);
    // The packs the report names come with it, for the thresholds a document prints.
    expect(seen[0]!.packs?.map((p) => p.id)).toEqual(['vn-2021']);
    // A report the caller made is written as it is; a list export gets no report.
    const given = validate(dataset, { packs: [pack2026], locale: 'vi' });
    await ungcu.export(dataset, 'report-text', { what: 'report', report: given });
    expect(seen[1]!.report).toBe(given);
    expect(seen[1]!.packs).toEqual([pack2026]);
    await ungcu.export(dataset, 'report-text');
    expect(seen[2]!.report).toBeUndefined();
  });

  it('refuses a pack id with a typo, and lists the registered ones', async () => {
    const ungcu = createUngcu({ packs: [pack2021, pack2026] });
    const error = thrown(() => ungcu.pack('vn2021'));
    expect(error.message).toContain('No rule pack "vn2021" is registered (registered: vn-2021, vn-2026)');
    await expect(ungcu.importFiles([json], { pack: 'vn2021' })).rejects.toBeInstanceOf(ConfigError);
    expect(() => ungcu.validate(dataset, { packs: ['vn2021'] })).toThrow(ConfigError);
    expect(() => createUngcu({ packs: [pack2021, pack2021] })).toThrow(/Two rule packs have the id "vn-2021"/u);
    expect(() => createUngcu({ packs: [] })).toThrow(/at least one rule pack/u);
  });

  it('one ConfigError for a bad election day, before any file is read', async () => {
    const ungcu = createUngcu({ packs: [pack2021], electionDay: '2021-02-29' });
    await expect(ungcu.importFiles([json, json])).rejects.toThrow(/"2021-02-29"/u);
    expect(() => ungcu.calendar()).toThrow(ConfigError);
    expect(createUngcu({ packs: [pack2026] }).election()).toMatchObject({ electionDay: '2026-03-15', term: 'XVI', rulePack: 'vn-2026' });
  });

  it('warns once when the data names a pack that is not registered, and checks under the first pack', () => {
    const warnings: UngcuWarning[] = [];
    const ungcu = createUngcu({ packs: [pack2026], onWarning: (w) => warnings.push(w) });
    const first = ungcu.validate(dataset);
    ungcu.validate(dataset);
    expect(first.packs).toEqual(['vn-2026']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message.en).toContain('The data names rule pack "vn-2021", which is not registered; checking under "vn-2026"');
    // A data set under a registered pack: no warning.
    createUngcu({ packs: [pack2026, pack2021], onWarning: (w) => warnings.push(w) }).validate(dataset);
    expect(warnings).toHaveLength(1);
  });

  it('opens a store spec through the adapter that accepts it, on first use, and closes what it opened', async () => {
    let opened = 0;
    let closed = 0;
    const provider: StoreProvider = {
      id: 'memory',
      accepts: (spec) => spec.startsWith('memory:'),
      open: async () => {
        opened += 1;
        const store = await memoryStore();
        return { ...store, close: async () => void (closed += 1) };
      },
    };
    const ungcu = createUngcu({ packs: [pack2021], store: 'memory:season', stores: [provider] });
    expect(opened).toBe(0);
    await ungcu.save(dataset);
    expect((await ungcu.load('vn-2021'))?.nominees).toHaveLength(5);
    expect(opened).toBe(1);
    await ungcu.close();
    expect(closed).toBe(1);
    await expect(createUngcu({ packs: [pack2021] }).load()).rejects.toThrow(/sqliteStore\("ungcu.db"\) from @ungcu\/storage-sqlite/u);
    await expect(createUngcu({ packs: [pack2021], store: 'postgres://u@h/db' }).load()).rejects.toThrow(/install @ungcu\/storage-postgres/u);
    await expect(createUngcu({ packs: [pack2021], store: 'season.db' }).load()).rejects.toThrow(/install @ungcu\/storage-sqlite/u);
  });

  it('closes a store object it was given too, once, and only if it was used', async () => {
    let closed = 0;
    const base = memoryStore();
    const store = { ...base, close: async () => void (closed += 1) };
    await createUngcu({ packs: [pack2021], store }).close();
    expect(closed).toBe(0);
    const ungcu = createUngcu({ packs: [pack2021], store });
    await ungcu.save(dataset);
    await ungcu.close();
    await ungcu.close();
    expect(closed).toBe(1);
    expect(await base.nominees.count()).toBe(5);
  });
});
