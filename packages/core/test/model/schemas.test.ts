import { describe, expect, it } from 'vitest';
import {
  AdministrativeUnit,
  Body,
  Constituency,
  ConsultationRound,
  Dataset,
  Election,
  LegalReference,
  NominatingOrganization,
  Nominee,
  Proposal,
  StructurePlan,
  VettingCase,
  WorkProgramme,
} from '../../src/index';
import { hanoiUnitOne } from '../fixtures';

const data = Dataset.parse(hanoiUnitOne());
const nominee = data.nominees[0]!;

function issuesOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('Election', () => {
  it('accepts the 2021 election', () => {
    expect(Election.parse(data.elections[0])).toEqual(data.elections[0]);
  });
  it('rejects an impossible election day and a missing rule pack', () => {
    expect(issuesOf(Election, { id: 'e', name: 'x', electionDay: '2021-02-30', rulePack: 'vn-2021' })).toEqual(['electionDay']);
    expect(issuesOf(Election, { id: 'e', name: 'x', electionDay: '2021-05-23' })).toEqual(['rulePack']);
  });
});

describe('Body', () => {
  it('accepts the National Assembly and a commune council', () => {
    expect(Body.parse(data.bodies[0]).kind).toBe('national-assembly');
    expect(
      Body.parse({ id: 'b', electionId: 'e', kind: 'commune-council', term: '2026-2031', unitId: '00004', totalSeats: 15 }).totalSeats,
    ).toBe(15);
  });
  it('rejects an unknown kind and a zero seat count', () => {
    expect(issuesOf(Body, { id: 'b', electionId: 'e', kind: 'senate', term: 'XV', totalSeats: 0 }).sort()).toEqual([
      'kind',
      'totalSeats',
    ]);
  });
});

describe('AdministrativeUnit', () => {
  it('accepts a ward with its official code and parent', () => {
    const ward = AdministrativeUnit.parse({
      id: '00004',
      code: '00004',
      name: 'Ba Đình',
      fullName: 'Phường Ba Đình',
      level: 'commune',
      kind: 'ward',
      parentId: '01',
    });
    expect(ward.parentId).toBe('01');
  });
  it('rejects a non-numeric code and an unknown level', () => {
    expect(issuesOf(AdministrativeUnit, { id: 'x', code: 'HN', name: 'Hà Nội', level: 'region' }).sort()).toEqual(['code', 'level']);
  });
});

describe('Constituency', () => {
  it('defaults the covered units and keeps the declared candidate count', () => {
    const c = Constituency.parse({ id: 'c', bodyId: 'b', number: 1, seats: 3, declaredCandidates: 5 });
    expect(c.coveredUnitIds).toEqual([]);
    expect(c.declaredCandidates).toBe(5);
  });
  it('rejects zero seats and a fractional number', () => {
    expect(issuesOf(Constituency, { id: 'c', bodyId: 'b', number: 1.5, seats: 0 }).sort()).toEqual(['number', 'seats']);
  });
});

describe('NominatingOrganization', () => {
  it('accepts a central organization', () => {
    expect(NominatingOrganization.parse({ id: 'o', name: 'Văn phòng Trung ương Đảng', level: 'central', kind: 'party' }).level).toBe('central');
  });
  it('rejects an unknown level', () => {
    expect(issuesOf(NominatingOrganization, { id: 'o', name: 'X', level: 'regional', kind: 'party' })).toEqual(['level']);
  });
});

describe('Nominee', () => {
  it('fills defaults: nationality, education, incumbencies, status', () => {
    expect(nominee.person.nationality).toBe('Việt Nam');
    expect(nominee.person.education).toEqual({});
    expect(nominee.nomination.status).toBe('active');
  });
  it('stores names in NFC and trimmed', () => {
    const n = Nominee.parse({ ...hanoiUnitOne().nominees![0]!, person: { ...hanoiUnitOne().nominees![0]!.person, fullName: '  Nguyễn Trúc Anh '.normalize('NFD') } });
    expect(n.person.fullName).toBe('Nguyễn Trúc Anh');
    expect(n.person.fullName.normalize('NFC')).toBe(n.person.fullName);
  });
  it('keeps a non-party person as null, not as a missing value', () => {
    expect(data.nominees[4]!.person.partyJoinDate).toBeNull();
  });
  it('rejects a bad date of birth, an unknown gender, an unknown stage and an empty name', () => {
    const input = hanoiUnitOne().nominees![0]!;
    const paths = issuesOf(Nominee, {
      ...input,
      person: { ...input.person, fullName: '  ', dateOfBirth: '28/11/1974', gender: 'Nam' },
      nomination: { ...input.nomination, stage: 'final' },
    });
    expect(paths.sort()).toEqual(['nomination.stage', 'person.dateOfBirth', 'person.fullName', 'person.gender']);
  });
});

describe('StructurePlan', () => {
  const quota = { attribute: 'women', scope: 'body', min: { share: 0.35 }, kind: 'hard' };
  it('accepts allocations and quotas as counts or shares', () => {
    const plan = StructurePlan.parse({
      id: 'p',
      bodyId: 'na-xv',
      plannedSeats: 500,
      allocations: [{ unitId: '01', seats: 29, nominees: 49 }],
      quotas: [quota, { attribute: 'non-party', scope: 'body', min: { count: 25 }, max: { count: 50 }, kind: 'target' }],
      source: { kind: 'resolution', document: 'Nghị quyết 1185/NQ-UBTVQH14' },
    });
    expect(plan.quotas).toHaveLength(2);
  });
  it('rejects a quota without bounds, a share above 1 and a bound that is both', () => {
    expect(issuesOf(StructurePlan, { id: 'p', bodyId: 'b', quotas: [{ attribute: 'women', scope: 'body', kind: 'hard' }] })).toEqual(['quotas.0.min']);
    expect(issuesOf(StructurePlan, { id: 'p', bodyId: 'b', quotas: [{ ...quota, min: { share: 35 } }] })).toEqual(['quotas.0.min.share']);
    expect(issuesOf(StructurePlan, { id: 'p', bodyId: 'b', quotas: [{ ...quota, min: { share: 0.3, count: 3 } }] })).toEqual(['quotas.0.min']);
  });
  it('rejects an allocation that names neither an organization nor a unit', () => {
    expect(issuesOf(StructurePlan, { id: 'p', bodyId: 'b', allocations: [{ seats: 3 }] })).toEqual(['allocations.0.organizationId']);
  });
});

describe('ConsultationRound', () => {
  it('accepts round 2 with the preliminary list', () => {
    expect(ConsultationRound.parse({ id: 'r', bodyId: 'b', round: 2, heldOn: '2021-03-18', nomineeIds: ['a'] }).round).toBe(2);
  });
  it('rejects a fourth round', () => {
    expect(issuesOf(ConsultationRound, { id: 'r', bodyId: 'b', round: 4 })).toEqual(['round']);
  });
});

describe('VettingCase', () => {
  const base = { id: 'v', personName: 'Nguyễn Văn A', purpose: 'candidacy', status: 'open', openedOn: '2025-11-20' };
  it('accepts an open case with a due date', () => {
    expect(VettingCase.parse({ ...base, dueDate: '2025-12-31' }).status).toBe('open');
  });
  it('requires an outcome once concluded, and a known purpose', () => {
    expect(issuesOf(VettingCase, { ...base, status: 'concluded' })).toEqual(['outcome']);
    expect(issuesOf(VettingCase, { ...base, purpose: 'promotion' })).toEqual(['purpose']);
  });
});

describe('WorkProgramme and Proposal', () => {
  it('accepts an annual programme and a proposal planned for a quarter', () => {
    expect(WorkProgramme.parse({ id: 'w', title: 'Chương trình công tác năm 2026', kind: 'annual', year: 2026 }).year).toBe(2026);
    expect(Proposal.parse({ id: 'p', title: 'Đề án', submittedTo: 'politburo', plannedQuarter: '2026-Q2', status: 'planned' }).plannedQuarter).toBe('2026-Q2');
  });
  it('rejects an annual programme without a year and a malformed quarter', () => {
    expect(issuesOf(WorkProgramme, { id: 'w', title: 'X', kind: 'annual' })).toEqual(['kind']);
    expect(issuesOf(Proposal, { id: 'p', title: 'X', submittedTo: 'politburo', plannedQuarter: '2026-Q5', status: 'planned' })).toEqual(['plannedQuarter']);
  });
});

describe('LegalReference', () => {
  it('accepts a citation down to the point and rejects a bad url', () => {
    expect(LegalReference.parse({ kind: 'law', document: 'Luật 85/2015/QH13', article: '57', clause: '6' }).clause).toBe('6');
    expect(issuesOf(LegalReference, { document: 'Luật 85/2015/QH13', url: 'not a url' })).toEqual(['url']);
  });
});

describe('Dataset', () => {
  it('defaults every collection to an empty list', () => {
    const empty = Dataset.parse({});
    expect(Object.values(empty).every((c) => Array.isArray(c) && c.length === 0)).toBe(true);
    expect(Object.keys(empty)).toHaveLength(11);
  });
  it('survives a JSON round trip unchanged (what a store does)', () => {
    const again = Dataset.parse(JSON.parse(JSON.stringify(data)));
    expect(again).toEqual(data);
  });
});
