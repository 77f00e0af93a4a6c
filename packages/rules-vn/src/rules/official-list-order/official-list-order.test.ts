import type { Dataset } from '@ungcu/core';
import { validate } from '@ungcu/core/rules';
import { runRule } from '@ungcu/testkit/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { vn2021 } from '../../vn-2021';
import { caoBang, caoBangCouncil } from '../../../test/cao-bang';
import { realList2021 } from '../../../test/real-list';
import { officialListOrder } from './index';

describe('vn/official-list-order on the official 2021 list (868 candidates, 184 constituencies)', () => {
  let data: Dataset;
  beforeAll(async () => {
    data = await realList2021();
  });
  it('warns about exactly one constituency, Thái Bình 3, where Thân is listed before Thắng', () => {
    expect(data.nominees.filter((n) => n.nomination.listNumber !== undefined)).toHaveLength(868);
    const findings = validate(data, { packs: [vn2021], locale: 'vi' }).findings.filter((f) => f.ruleId === 'vn/official-list-order');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ severity: 'warning', messageId: 'outOfOrder', data: { actual: 5, required: 4 } });
    expect(finding?.target.name).toContain('Thái Bình');
    expect(finding?.target.name).toContain('3');
    expect(String(finding?.data?.['expected']).normalize('NFC')).toBe('Phạm Thị Thắng (Phạm Thị Thùy)');
    expect(String(finding?.data?.['listed']).normalize('NFC')).toBe('Nguyễn Văn Thân');
  });
});

describe('vn/official-list-order', () => {
  it('passes the Cao Bằng lists as published, NA and council', () => {
    expect(runRule(officialListOrder, caoBang())).toEqual([]);
    const council = caoBangCouncil(3, 5);
    council.nominees = council.nominees.map((n, i) => ({ ...n, nomination: { ...n.nomination, listNumber: i + 1 } }));
    expect(runRule(officialListOrder, council)).toEqual([]);
  });
  it('reports the first place a list departs from the alphabet (Môn numbered before Hương)', () => {
    const ds = caoBang();
    // Swap the list numbers of Nông Thị Hương (2) and Lại Xuân Môn (3).
    ds.nominees[1] = { ...ds.nominees[1]!, nomination: { ...ds.nominees[1]!.nomination, listNumber: 3 } };
    ds.nominees[2] = { ...ds.nominees[2]!, nomination: { ...ds.nominees[2]!.nomination, listNumber: 2 } };
    const findings = runRule(officialListOrder, ds);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      target: { kind: 'constituency', id: 'cb-1' },
      data: { expected: 'Nông Thị Hương', listed: 'Lại Xuân Môn', actual: 3, required: 2 },
    });
    expect(findings[0]?.message).toBe(
      'Cao Bằng, đơn vị bầu cử số 1: Nông Thị Hương should be number 2 in alphabetical order, but the list has Lại Xuân Môn at 2 and Nông Thị Hương at 3',
    );
  });
  it('ignores candidates without a list number', () => {
    const ds = caoBang();
    ds.nominees = ds.nominees.map((n) => ({ ...n, nomination: { ...n.nomination, listNumber: undefined } }));
    ds.nominees[4] = { ...ds.nominees[4]!, nomination: { ...ds.nominees[4]!.nomination, listNumber: 1 } };
    expect(runRule(officialListOrder, ds)).toEqual([]);
  });
});
