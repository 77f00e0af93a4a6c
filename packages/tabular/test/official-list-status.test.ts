/**
 * The official list layout holds the nominees on the list: on the real 2021 list, a nominee who withdrew, one
 * removed under Điều 60 and one not qualified are left out of the official list (which has no status column,
 * so they would read as candidates) and kept, with their status, by the nominee template.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { layoutById } from '../src/index';
import { ELECTION_2021, importFiles, realListFiles } from './real-list-2021';

const NAME = 'Họ và tên';

function names(data: Dataset, layout: 'official-list' | 'nominee-template'): string[] {
  const table = layoutById(layout).encode(data);
  const column = table.headers.indexOf(NAME);
  return [...table.rows].map((r) => String(r[column]));
}

describe('the official list layout on export', () => {
  const { data } = importFiles(realListFiles(), { election: ELECTION_2021 });

  it('leaves out the nominees no longer on the list, and the nominee template keeps them', () => {
    const off = data.nominees.slice(0, 3).map((n) => n.id);
    const statuses = ['withdrawn', 'removed', 'not-qualified'] as const;
    const edited: Dataset = {
      ...data,
      nominees: data.nominees.map((n) => {
        const i = off.indexOf(n.id);
        return i < 0 ? n : { ...n, nomination: { ...n.nomination, status: statuses[i]!, statusReason: 'Lý do' } };
      }),
    };
    const leaving = data.nominees.slice(0, 3).map((n) => n.person.fullName);
    const official = names(edited, 'official-list');
    expect(official).toHaveLength(865);
    for (const name of leaving) expect(official.filter((n) => n === name).length).toBeLessThan(names(data, 'official-list').filter((n) => n === name).length);
    expect(names(edited, 'nominee-template')).toHaveLength(868);
    expect(names(data, 'official-list')).toHaveLength(868);
  });
});
