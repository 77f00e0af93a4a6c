/**
 * Corrected lists into a store, on the real 2021 official list (examples/data/vn-na-2021; Vietnam Elections
 * dataset (NA15-2021), CC-BY-4.0): the nine files in any grouping give one store of 868 nominees and 500
 * seats; a corrected birth date or name updates one record; replace mode marks a left-out nominee removed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { importIntoStore, type ImportSummary } from '@ungcu/core/export';
import { loadDataset, memoryStore, type Store } from '@ungcu/core/storage';
import { TableImport } from '../src/index';
import { csvRows } from './real-list-2021';

const DIR = join(import.meta.dirname, '../../../examples/data/vn-na-2021/candidates');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();
const ELECTION = { electionDay: '2021-05-23', rulePack: 'vn-2021', term: 'XV' };
const ELECTION_ID = 'election-2021-05-23';
const NA = `${ELECTION_ID}/na-xv`;

type Edit = (rows: string[][]) => string[][];

function read(files: readonly string[], edit: Edit = (r) => r): Dataset {
  const engine = new TableImport({ election: ELECTION });
  for (const file of files) {
    const sheet = engine.beginSheet(file);
    edit(csvRows(readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/u, ''))).forEach((cells, i) => sheet.row(cells, i + 1));
  }
  const { data, errors } = engine.finish();
  expect(errors).toEqual([]);
  return data;
}

/** Changes one cell of the row whose name cell is `name` (column by header). */
function setCell(name: string, header: string, value: string): Edit {
  return (rows) => {
    const h = rows[0]!;
    const nameAt = h.indexOf('Họ và tên');
    const at = h.indexOf(header);
    return rows.map((r, i) => (i > 0 && r[nameAt] === name ? r.map((c, j) => (j === at ? value : c)) : r));
  };
}

/** The store's data without versions: what an agency sees, whichever way it was written. */
async function contents(store: Store) {
  const data = (await loadDataset(store, ELECTION_ID))!;
  const strip = (list: readonly object[]) => list.map(({ version: _v, ...rest }: { version?: number }) => rest).sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
  return { nominees: strip(data.nominees), constituencies: strip(data.constituencies), bodies: strip(data.bodies), units: strip(data.administrativeUnits) };
}

const all = read(FILES);

describe('importIntoStore on the nine 2021 files', () => {
  it('all at once: 868 nominees in 184 constituencies, 500 seats', async () => {
    const store = memoryStore();
    const summary = await importIntoStore(store, all);
    expect(summary.counts.nominees).toEqual({ created: 868, updated: 0, unchanged: 0, removed: 0 });
    expect(await store.nominees.count()).toBe(868);
    expect(await store.constituencies.count()).toBe(184);
    expect((await store.bodies.get(NA))!.totalSeats).toBe(500);
  });

  it('one file at a time, twice over, and in two concurrent halves give the same store', async () => {
    const once = memoryStore();
    await importIntoStore(once, all);
    const expected = await contents(once);

    const oneByOne = memoryStore();
    for (const file of FILES) {
      await importIntoStore(oneByOne, read([file]));
      // Never the subset's own total: the seats of every constituency stored so far.
      const stored = await oneByOne.constituencies.list();
      expect((await oneByOne.bodies.get(NA))!.totalSeats).toBe(stored.reduce((s, c) => s + c.seats, 0));
    }
    expect(await contents(oneByOne)).toEqual(expected);

    const twice = memoryStore();
    await importIntoStore(twice, all);
    const audit = (await twice.audit.list()).length;
    const again = await importIntoStore(twice, all);
    expect(again.changes).toEqual([]);
    expect(again.counts.nominees).toEqual({ created: 0, updated: 0, unchanged: 868, removed: 0 });
    expect((await twice.audit.list()).length).toBe(audit);
    expect((await twice.nominees.list()).every((n) => n.version === 0)).toBe(true);

    const concurrent = memoryStore();
    await Promise.all([importIntoStore(concurrent, read(FILES.slice(0, 4))), importIntoStore(concurrent, read(FILES.slice(4)))]);
    expect(await contents(concurrent)).toEqual(expected);
  });

  it('importing one file into a complete store leaves the 500 seats and changes nothing', async () => {
    const store = memoryStore();
    await importIntoStore(store, all);
    const summary = await importIntoStore(store, read([FILES[2]!]));
    expect(summary.changes).toEqual([]);
    expect((await store.bodies.get(NA))!.totalSeats).toBe(500);
    expect(await store.nominees.count()).toBe(868);
  });
});

describe('corrections', () => {
  const file = FILES[0]!; // Hà Nội and the first provinces
  const name = 'Nguyễn Trúc Anh'; // Hà Nội no. 1, born 28/11/1974

  async function stored(): Promise<Store> {
    const store = memoryStore();
    await importIntoStore(store, all);
    return store;
  }

  function onlyChange(summary: ImportSummary) {
    expect(summary.changes).toHaveLength(1);
    return summary.changes[0]!;
  }

  it('a corrected birth date updates the one record, says what changed, and the audit log keeps before and after', async () => {
    const store = await stored();
    const summary = await importIntoStore(store, read([file], setCell(name, 'Ngày tháng năm sinh', '27/11/1974')));
    const change = onlyChange(summary);
    expect(change).toMatchObject({ collection: 'nominees', operation: 'update', name, id: `${NA}/ha-noi-1/nguyen-truc-anh` });
    expect(change.fields).toEqual([
      { path: 'person.dateOfBirth', label: { vi: 'ngày sinh', en: 'date of birth' }, before: '1974-11-28', after: '1974-11-27' },
    ]);
    expect(await store.nominees.count()).toBe(868);
    const [entry] = await store.audit.list({ entityId: change.id, afterSeq: 0, collection: 'nominees' }).then((l) => l.filter((e) => e.operation === 'update'));
    expect(entry).toMatchObject({ version: 1 });
    expect((entry!.before as { person: { dateOfBirth: string } }).person.dateOfBirth).toBe('1974-11-28');
    expect((entry!.after as { person: { dateOfBirth: string } }).person.dateOfBirth).toBe('1974-11-27');
  });

  it('a corrected name keeps the stored record (same constituency, list number and birth date)', async () => {
    const store = await stored();
    const summary = await importIntoStore(store, read([file], setCell(name, 'Họ và tên', 'Nguyễn Trúc An')));
    const change = onlyChange(summary);
    expect(change).toMatchObject({ operation: 'update', id: `${NA}/ha-noi-1/nguyen-truc-anh` });
    expect(change.fields.map((f) => [f.path, f.before, f.after])).toEqual([['person.fullName', name, 'Nguyễn Trúc An']]);
    expect(summary.matched).toEqual([{ importedId: `${NA}/ha-noi-1/nguyen-truc-an`, storedId: `${NA}/ha-noi-1/nguyen-truc-anh`, reason: 'position' }]);
    expect(await store.nominees.count()).toBe(868);
  });

  it('a dry run says the same and writes nothing', async () => {
    const store = await stored();
    const audit = (await store.audit.list()).length;
    const summary = await importIntoStore(store, read([file], setCell(name, 'Ngày tháng năm sinh', '27/11/1974')), { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(onlyChange(summary).fields.map((f) => f.path)).toEqual(['person.dateOfBirth']);
    expect((await store.audit.list()).length).toBe(audit);
    expect((await store.nominees.get(`${NA}/ha-noi-1/nguyen-truc-anh`))!.person.dateOfBirth).toBe('1974-11-28');
  });

  it('replace marks a nominee left out of a constituency list removed, with the reason; upsert keeps it', async () => {
    const withoutHer: Edit = (rows) => rows.filter((r) => r[rows[0]!.indexOf('Họ và tên')] !== 'Nguyễn Thị Hà Tuyên');
    const id = `${NA}/ha-noi-1/nguyen-thi-ha-tuyen`;

    const upsert = await stored();
    expect((await importIntoStore(upsert, read([file], withoutHer))).changes).toEqual([]);
    expect((await upsert.nominees.get(id))!.nomination.status).toBe('active');

    const replace = await stored();
    const summary = await importIntoStore(replace, read([file], withoutHer), { mode: 'replace', removedReason: 'Rút khỏi danh sách' });
    expect(summary.counts.nominees.removed).toBe(1);
    const change = onlyChange(summary);
    expect(change).toMatchObject({ id, operation: 'remove', name: 'Nguyễn Thị Hà Tuyên' });
    const removed = (await replace.nominees.get(id))!;
    expect(removed.nomination).toMatchObject({ status: 'removed', statusReason: 'Rút khỏi danh sách' });
    expect(await replace.nominees.count()).toBe(868);
    expect(await replace.nominees.count({ status: 'active' })).toBe(867);
    // The other constituencies of the file, and the other files, are not lists of the data: untouched.
    expect(await replace.nominees.count({ status: 'removed' })).toBe(1);
  });

  it('a nominee moved to another constituency of the same body keeps the record', async () => {
    const store = await stored();
    const moved: Edit = (rows) => {
      const h = rows[0]!;
      const at = (header: string) => h.indexOf(header);
      const target = rows.find((r) => r[at('unit_number')] === '2' && r[at('province_or_city')] === 'Thành phố Hà Nội')!;
      return rows.map((r) =>
        r[at('Họ và tên')] === name
          ? r.map((c, j) => (j === at('unit_number') || j === at('unit_description') || j === at('unit_context') ? target[j]! : j === at('STT') ? '9' : c))
          : r,
      );
    };
    const summary = await importIntoStore(store, read([file], moved));
    expect(summary.matched).toEqual([{ importedId: `${NA}/ha-noi-2/nguyen-truc-anh`, storedId: `${NA}/ha-noi-1/nguyen-truc-anh`, reason: 'person' }]);
    const record = (await store.nominees.get(`${NA}/ha-noi-1/nguyen-truc-anh`))!;
    expect(record.nomination.constituencyId).toBe(`${NA}/ha-noi-2`);
    expect(await store.nominees.count()).toBe(868);
  });
});

describe('progress on the real list', () => {
  it('reading: every 1,000 data rows of a file, then once per file with its count', () => {
    const seen: { file: string; rows: number }[] = [];
    const engine = new TableImport({ election: ELECTION, onProgress: (p) => seen.push(p) });
    const [first, ...others] = FILES;
    // The first file with its data rows read over and over to 2,500 rows or more (duplicates, refused, but read).
    const rows = csvRows(readFileSync(join(DIR, first!), 'utf8').replace(/^\uFEFF/u, ''));
    const times = Math.ceil(2500 / (rows.length - 1));
    const data = Array.from({ length: times }, () => rows.slice(1)).flat();
    const sheet = engine.beginSheet(first!);
    [rows[0]!, ...data].forEach((cells, i) => sheet.row(cells, i + 1));
    for (const file of others) {
      const more = engine.beginSheet(file);
      csvRows(readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/u, '')).forEach((cells, i) => more.row(cells, i + 1));
    }
    engine.finish();
    const ofFirst = seen.filter((p) => p.file === first).map((p) => p.rows);
    const thousands = Array.from({ length: Math.floor(data.length / 1000) }, (_, i) => (i + 1) * 1000);
    expect(thousands.length).toBeGreaterThanOrEqual(2);
    expect(ofFirst).toEqual([...thousands, data.length]);
    // The other files are under 1,000 rows each: one call each, with its count; together the rest of the 868.
    const finals = seen.filter((p) => p.file !== first);
    expect(finals.map((p) => p.file)).toEqual(others);
    expect(finals.reduce((n, p) => n + p.rows, 0)).toBe(868 - (rows.length - 1));
  });

  it('saving: done of total records after each batch of 10,000, ending at the total; none on a dry run', async () => {
    // The 868 nominees under 30 ids each: 26,040 nominees, three batches of them.
    const many: Dataset = {
      ...all,
      nominees: Array.from({ length: 30 }, (_, k) => all.nominees.map((n) => ({ ...n, id: `${n.id}/${k}` }))).flat(),
    };
    const seen: { done: number; total: number }[] = [];
    await importIntoStore(memoryStore(), many, { dryRun: true, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([]);
    const store = memoryStore();
    const summary = await importIntoStore(store, many, { onProgress: (p) => seen.push({ done: p.done, total: p.total }) });
    const total = Object.values(summary.counts).reduce((n, c) => n + c.created + c.updated + c.removed, 0);
    expect(seen.at(-1)).toEqual({ done: total, total });
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.filter((d, i) => i > 0 && d - dones[i - 1]! === 10_000).length).toBeGreaterThanOrEqual(2);
    expect(await store.nominees.count()).toBe(26_040);
  }, 60_000);
});
