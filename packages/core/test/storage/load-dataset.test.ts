import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/index';
import { loadDataset, memoryStore, saveDataset, type LoadProgress } from '../../src/storage/index';
import { hanoiUnitOne } from '../fixtures';

/**
 * Hà Nội unit 1 spread over 47 people's councils of one election, plus one council of another election: the
 * nominees' ids interleave the councils (id order is not body order), and there are more bodies than a load
 * reads in one group, so the groups must be put back in id order.
 */
function manyCouncils(): DatasetInput {
  const base = hanoiUnitOne();
  const councils = Array.from({ length: 48 }, (_, i) => ({
    id: `hdnd-${String(i).padStart(2, '0')}`,
    electionId: i === 47 ? 'other' : 'vn-2021',
    kind: 'commune-council' as const,
    term: '2021-2026',
    totalSeats: 3,
    unitId: '01',
  }));
  const constituencies = councils.map((c) => ({ ...base.constituencies![0]!, id: `${c.id}-1`, bodyId: c.id }));
  const nominees = councils.flatMap((c, i) =>
    base.nominees!.map((n, k) => ({
      ...n,
      // k first: a body's nominees are spread across the whole id range.
      id: `n-${k}-${String(47 - i).padStart(2, '0')}`,
      nomination: { ...n.nomination, bodyId: c.id, constituencyId: `${c.id}-1` },
    })),
  );
  return {
    ...base,
    elections: [...base.elections!, { id: 'other', name: 'Another election', electionDay: '2026-03-15', rulePack: 'vn-2026' }],
    bodies: [...base.bodies!, ...councils],
    constituencies: [...base.constituencies!, ...constituencies],
    nominees: [...base.nominees!, ...nominees],
  };
}

describe('loadDataset', () => {
  it('reads an election of many bodies, every collection in id order, none of another election, with or without progress', async () => {
    const store = memoryStore();
    await saveDataset(store, manyCouncils());
    const data = (await loadDataset(store, 'vn-2021'))!;
    // With progress asked for, the bodies are read in groups: the same dataset comes back.
    expect(await loadDataset(store, 'vn-2021', { onProgress: () => undefined })).toEqual(data);
    const ids = data.nominees.map((n) => n.id);
    expect(ids).toHaveLength(5 * 48);
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toContain('n-0-00'); // the other election's council (i = 47)
    expect(data.constituencies.map((c) => c.id)).toEqual(data.constituencies.map((c) => c.id).sort());
    expect(data.constituencies).toHaveLength(48);
  });

  it('reports progress in records: the total first, then each read (the bodies in groups), ending at the total', async () => {
    const store = memoryStore();
    await saveDataset(store, manyCouncils());
    const seen: LoadProgress[] = [];
    const data = (await loadDataset(store, 'vn-2021', { onProgress: (p) => seen.push(p) }))!;
    const records = Object.values(data).reduce((sum, list) => sum + (list as unknown[]).length, 0);
    // 1 election + 48 bodies + 1 unit + 48 constituencies + 240 nominees.
    expect(records).toBe(338);
    expect(seen[0]).toEqual({ done: 1 + 48, total: records, unit: { vi: 'bản ghi', en: 'records' } });
    expect(seen.at(-1)!.done).toBe(records);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
    // The nominees come in more than one read (48 bodies, at most 20 reads): the bar moves while they load.
    expect(seen.filter((p) => p.done > 49 + 1 + 48 && p.done < records).length).toBeGreaterThan(1);
  });
});
