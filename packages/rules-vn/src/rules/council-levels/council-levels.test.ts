import type { NomineeInput } from '@ungcu/core';
import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBang } from '../../../test/cao-bang';
import { councilLevels } from './index';

function withCouncils(kinds: ('provincial-council' | 'district-council' | 'commune-council')[]) {
  const ds = caoBang();
  const person = ds.nominees[0]!;
  ds.bodies = [
    ...(ds.bodies ?? []),
    ...kinds.map((kind) => ({ id: kind, electionId: 'e2021', kind, term: '2021-2026', totalSeats: 30 })),
  ];
  const extra: NomineeInput[] = kinds.map((kind) => ({
    ...person,
    id: `${person.id}-${kind}`,
    nomination: { bodyId: kind, origin: 'local', stage: 'official' },
  }));
  ds.nominees.push(...extra);
  return ds;
}

describe('vn/council-levels', () => {
  it('allows the NA and one council level (Art. 36(3))', () => {
    expect(runRule(councilLevels, withCouncils(['provincial-council']))).toEqual([]);
  });
  it('refuses the NA and two council levels, on every nomination of the person', () => {
    const findings = runRule(councilLevels, withCouncils(['provincial-council', 'commune-council']));
    expect(findings.map((f) => [f.messageId, f.target.id])).toEqual([
      ['naAndTwoLevels', 'cb1-1'],
      ['naAndTwoLevels', 'cb1-1-commune-council'],
      ['naAndTwoLevels', 'cb1-1-provincial-council'],
    ]);
    expect(findings[0]?.data).toMatchObject({ levels: 2 });
  });
  it('allows two council levels without the NA and refuses three', () => {
    const two = withCouncils(['provincial-council', 'commune-council']);
    two.nominees = two.nominees.filter((n) => n.id !== 'cb1-1');
    expect(runRule(councilLevels, two)).toEqual([]);
    const three = withCouncils(['provincial-council', 'district-council', 'commune-council']);
    three.nominees = three.nominees.filter((n) => n.id !== 'cb1-1');
    const findings = runRule(councilLevels, three);
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({ messageId: 'tooManyLevels', data: { levels: 3, maxLevels: 2 } });
  });
  it('names the council levels in each language’s terms, never the code’s kinds', () => {
    const three = withCouncils(['commune-council', 'provincial-council', 'district-council']);
    three.nominees = three.nominees.filter((n) => n.id !== 'cb1-1');
    const vi = runRule(councilLevels, three, { locale: 'vi' })[0]?.message;
    expect(vi).toBe('Đoàn Thị Lê An ứng cử đại biểu HĐND ở 3 cấp (HĐND cấp tỉnh, HĐND cấp huyện, HĐND cấp xã), tối đa 2 cấp');
    expect(runRule(councilLevels, three, { locale: 'en' })[0]?.message).toBe(
      "Đoàn Thị Lê An stands for councils at 3 levels (provincial People's Council, district People's Council, commune People's Council); at most 2",
    );
    const na = runRule(councilLevels, withCouncils(['provincial-council', 'commune-council']), { locale: 'vi' })[0]?.message;
    expect(na).toBe(
      'Đoàn Thị Lê An ứng cử đại biểu Quốc hội và đại biểu HĐND ở 2 cấp (HĐND cấp tỉnh, HĐND cấp xã); người ứng cử đại biểu Quốc hội chỉ được ứng cử đại biểu HĐND ở một cấp',
    );
  });
});
