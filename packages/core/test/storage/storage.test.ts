import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkDataset, COLLECTION_NAMES, Dataset, ENTITY_SCHEMAS } from '../../src/index';
import { ConfigError } from '../../src/errors/index';
import { compareCodePoints, createMemoryTables, loadDataset, memoryStore, saveDataset } from '../../src/storage/index';
import { COLLECTION_TABLES, createMutex, indexedFields, normalizeQuery } from '../../src/storage/driver/index';
import { hanoiUnitOne } from '../fixtures';

/** Unwraps optional/default/nullable wrappers and follows one key of an object schema. */
function child(schema: z.ZodType, key: string): z.ZodType | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    const def = (current as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'object') return def.shape?.[key];
    else if (def.type === 'pipe') current = (def as unknown as { in: z.ZodType }).in;
    else return undefined;
  }
}

describe('indexed fields', () => {
  it('every indexed field names a real field of its entity schema', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const [name, field] of indexedFields(collection)) {
        let schema: z.ZodType | undefined = ENTITY_SCHEMAS[collection] as unknown as z.ZodType;
        for (const key of field.path) schema = schema && child(schema, key);
        expect(schema, `${collection}.${name}`).toBeDefined();
      }
    }
  });

  it('column and table names are unique snake_case', () => {
    expect(new Set(Object.values(COLLECTION_TABLES)).size).toBe(COLLECTION_NAMES.length);
    for (const collection of COLLECTION_NAMES) {
      const columns = indexedFields(collection).map(([, f]) => f.column);
      expect(new Set(columns).size).toBe(columns.length);
      for (const column of columns) expect(column).toMatch(/^[a-z][a-z_]*$/);
    }
  });
});

describe('queries', () => {
  it('always end with id, so pages follow a total order', () => {
    expect(normalizeQuery('nominees', { orderBy: [{ field: 'stage' }] }).orderBy.map((k) => k.name)).toEqual(['stage', 'id']);
    expect(normalizeQuery('nominees', { orderBy: [{ field: 'id', direction: 'desc' }, { field: 'stage' }] }).orderBy.map((k) => k.name)).toEqual(['id']);
  });

  it('refuse fields that are not indexed, in both languages', () => {
    try {
      normalizeQuery('nominees', { where: { religion: 'Không' } as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).text.vi).toContain('không phải trường có chỉ mục');
      expect((error as ConfigError).text.en).toContain('constituencyId');
    }
  });

  it('compare text by code point, as SQLite BINARY and PostgreSQL "C" do', () => {
    const words = ['Đ', 'Z', 'a', 'Ánh', '\u{1F600}', '\uFFFD', 'An'];
    expect([...words].sort(compareCodePoints)).toEqual(['An', 'Z', 'a', 'Ánh', 'Đ', '\uFFFD', '\u{1F600}']);
    // Plain UTF-16 comparison would put the emoji (a surrogate pair) before U+FFFD.
    expect(['\u{1F600}', '\uFFFD'].sort()).toEqual(['\u{1F600}', '\uFFFD']);
  });
});

describe('createMutex', () => {
  it('runs callers one at a time in order, and keeps going after a failure', async () => {
    const mutex = createMutex();
    const events: string[] = [];
    const slow = mutex.run(async () => {
      events.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push('a end');
      throw new Error('a failed');
    });
    const next = mutex.run(() => events.push('b'));
    await expect(slow).rejects.toThrow('a failed');
    await next;
    expect(events).toEqual(['a start', 'a end', 'b']);
  });
});

describe('loadDataset and saveDataset on the memory store', () => {
  it('round-trip the real Hà Nội unit 1 of 2021, which stays free of integrity problems', async () => {
    const store = memoryStore();
    const input = Dataset.parse(hanoiUnitOne());
    await saveDataset(store, input);
    const loaded = await loadDataset(store, 'vn-2021');
    expect(loaded?.nominees.map((n) => n.person.fullName)).toEqual(input.nominees.map((n) => n.person.fullName));
    expect(loaded?.nominees.every((n) => n.version === 0)).toBe(true);
    expect(checkDataset(loaded!)).toEqual([]);
  });

  it('load only what belongs to the election asked for, plus the shared collections', async () => {
    const tables = createMemoryTables();
    const store = memoryStore({ tables });
    await saveDataset(store, hanoiUnitOne());
    await saveDataset(store, {
      elections: [{ id: 'vn-2026', name: 'Bầu cử đại biểu Quốc hội khóa XVI', electionDay: '2026-03-15', rulePack: 'vn-2026' }],
      bodies: [{ id: 'na-xvi', electionId: 'vn-2026', kind: 'national-assembly', term: 'XVI', totalSeats: 500 }],
      constituencies: [{ id: 'na-xvi-01-1', bodyId: 'na-xvi', number: 1, seats: 3 }],
      vettingCases: [
        { id: 'vc-1', personName: 'Nguyễn Trúc Anh', nomineeId: 'hn1-1', purpose: 'candidacy', status: 'open', openedOn: '2021-02-01' },
        { id: 'vc-2', personName: 'Người khác', purpose: 'appointment', status: 'open', openedOn: '2025-02-01' },
      ],
    });
    const loaded = (await loadDataset(store, 'vn-2021'))!;
    expect(loaded.elections.map((e) => e.id)).toEqual(['vn-2021']);
    expect(loaded.bodies.map((b) => b.id)).toEqual(['na-xv']);
    expect(loaded.constituencies.map((c) => c.id)).toEqual(['na-xv-01-1']);
    expect(loaded.nominees).toHaveLength(5);
    expect(loaded.administrativeUnits.map((u) => u.id)).toEqual(['01']);
    expect(loaded.vettingCases.map((v) => v.id)).toEqual(['vc-1']);
    expect((await loadDataset(store, 'vn-2026'))!.nominees).toEqual([]);
    expect(tables.audit).toHaveLength(14);
  });

  it('write nothing when one entity of the dataset is invalid', async () => {
    const tables = createMemoryTables();
    const store = memoryStore({ tables });
    const data = hanoiUnitOne();
    const broken = { ...data, constituencies: [{ ...data.constituencies![0]!, seats: 0 }] };
    await expect(saveDataset(store, broken)).rejects.toMatchObject({ code: 'invalid-entity' });
    expect([...tables.collections.values()].every((rows) => rows.size === 0)).toBe(true);
    expect(tables.audit).toEqual([]);
  });
});
