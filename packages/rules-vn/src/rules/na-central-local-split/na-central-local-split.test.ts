import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { naCentralLocalSplit } from './index';

describe('vn/na-central-local-split', () => {
  it('says nothing when no nominee is marked central (the list does not record origins)', () => {
    expect(runRule(naCentralLocalSplit, caoBang(), { setting: { centralSeats: 2, localSeats: 4 } })).toEqual([]);
  });
  it('compares central and local (self-nominated included) nominees with the planned seats', () => {
    const ds = caoBang();
    ds.nominees = ds.nominees.map((n, i) => ({
      ...n,
      nomination: { ...n.nomination, origin: i < 2 ? ('central' as const) : i === 2 ? ('self' as const) : ('local' as const) },
    }));
    expect(runRule(naCentralLocalSplit, ds, { setting: { centralSeats: 2, localSeats: 8 } })).toEqual([]);
    const findings = runRule(naCentralLocalSplit, ds, { setting: { centralSeats: 3, localSeats: 9 } });
    expect(findings.map((f) => [f.messageId, f.data.actual, f.data.required])).toEqual([
      ['fewCentral', 2, 3],
      ['fewLocal', 8, 9],
    ]);
    expect(findings[0]?.severity).toBe('warning');
  });
});
