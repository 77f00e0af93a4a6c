/**
 * The store the quarterly tests read: the 2021 official list (examples/data/vn-na-2021, 868 candidates, read
 * with the CSV importer) with each nominee's moves dated by the 2021 season, the 2021 work programme (12
 * proposals to the Central Committee, 17 to the Politburo and the Secretariat) and the vetting cases of the
 * first half of 2021. The proposals and cases are made up, laid out so each count has a case on a quarter's
 * first or last day; the expected numbers in the tests are worked out by hand from the tables below.
 */
import type { Nominee, Proposal, StageChange, VettingCase } from '@ungcu/core';
import { memoryStore, saveDataset, type Store } from '@ungcu/core/storage';
import { ELECTION_ID, real2021 } from '../real-list';

export { ELECTION_ID, real2021 };

/** Nominees whose third-consultation move is recorded two days late (the first ones by id). */
export const LATE_QUALIFIED = 3;

/**
 * The season of 2021 as moves: the second consultation on 18/3, the third on 18/4 (the deadline, E − 35), the
 * official list on 27/4 (Nghị quyết 41/NQ-HĐBCQG). No results are recorded.
 */
function withHistory(nominees: readonly Nominee[]): Nominee[] {
  const sorted = [...nominees].sort((a, b) => (a.id < b.id ? -1 : 1));
  return sorted.map((n, i) => {
    const history: StageChange[] = [
      { from: 'proposed', to: 'preliminary', on: '2021-03-18', by: 'mttq', round: 2 },
      { from: 'preliminary', to: 'qualified', on: i < LATE_QUALIFIED ? '2021-04-20' : '2021-04-18', by: 'mttq', round: 3 },
      { from: 'qualified', to: 'official', on: '2021-04-27', by: 'hdbcqg' },
    ];
    return { ...n, nomination: { ...n.nomination, history } };
  });
}

type P = Pick<Proposal, 'id' | 'submittedTo' | 'status'> & Partial<Proposal>;
const prog = (quarter: string, p: P): Proposal => ({ title: `Đề án ${p.id}`, workProgrammeId: 'ct-2021', plannedQuarter: quarter, ...p });

/** The 2021 programme: 12 to the Central Committee, 9 to the Politburo, 8 to the Secretariat. */
export const PROPOSALS: readonly Proposal[] = [
  prog('2021-Q1', { id: 'cc-01', submittedTo: 'central-committee', status: 'adopted', submittedOn: '2021-01-20', decidedOn: '2021-01-30' }),
  prog('2021-Q1', { id: 'cc-02', submittedTo: 'central-committee', status: 'submitted', submittedOn: '2021-03-31' }),
  prog('2021-Q1', { id: 'cc-03', submittedTo: 'central-committee', status: 'postponed' }),
  prog('2021-Q2', { id: 'cc-04', submittedTo: 'central-committee', status: 'adopted', submittedOn: '2021-04-01', decidedOn: '2021-05-10' }),
  prog('2021-Q2', { id: 'cc-05', submittedTo: 'central-committee', status: 'submitted', submittedOn: '2021-06-15' }),
  prog('2021-Q2', { id: 'cc-06', submittedTo: 'central-committee', status: 'submitted', submittedOn: '2021-03-25' }),
  ...['07', '08', '09'].map((n) => prog('2021-Q3', { id: `cc-${n}`, submittedTo: 'central-committee', status: 'planned' })),
  ...['10', '11', '12'].map((n) => prog('2021-Q4', { id: `cc-${n}`, submittedTo: 'central-committee', status: 'planned' })),
  prog('2021-Q1', { id: 'pb-01', submittedTo: 'politburo', status: 'adopted', submittedOn: '2021-01-15', decidedOn: '2021-02-01' }),
  prog('2021-Q1', { id: 'pb-02', submittedTo: 'politburo', status: 'adopted', submittedOn: '2021-02-20', decidedOn: '2021-03-31' }),
  prog('2021-Q1', { id: 'pb-03', submittedTo: 'politburo', status: 'submitted', submittedOn: '2021-03-10' }),
  // The Politburo decided on 20/3 to drop pb-04: a decision, not an adoption.
  prog('2021-Q1', { id: 'pb-04', submittedTo: 'politburo', status: 'withdrawn', decidedOn: '2021-03-20' }),
  prog('2021-Q1', { id: 'sb-01', submittedTo: 'secretariat', status: 'adopted', submittedOn: '2021-03-05', decidedOn: '2021-04-02' }),
  prog('2021-Q1', { id: 'sb-02', submittedTo: 'secretariat', status: 'drafting' }),
  prog('2021-Q2', { id: 'pb-05', submittedTo: 'politburo', status: 'adopted', submittedOn: '2021-04-10', decidedOn: '2021-04-20' }),
  prog('2021-Q2', { id: 'pb-06', submittedTo: 'politburo', status: 'submitted', submittedOn: '2021-06-30' }),
  prog('2021-Q2', { id: 'sb-03', submittedTo: 'secretariat', status: 'submitted', submittedOn: '2021-07-01' }),
  prog('2021-Q2', { id: 'sb-04', submittedTo: 'secretariat', status: 'drafting' }),
  prog('2021-Q2', { id: 'sb-05', submittedTo: 'secretariat', status: 'adopted', submittedOn: '2021-05-05', decidedOn: '2021-06-01' }),
  prog('2021-Q3', { id: 'pb-07', submittedTo: 'politburo', status: 'planned' }),
  prog('2021-Q3', { id: 'pb-08', submittedTo: 'politburo', status: 'planned' }),
  prog('2021-Q3', { id: 'sb-06', submittedTo: 'secretariat', status: 'planned' }),
  prog('2021-Q4', { id: 'pb-09', submittedTo: 'politburo', status: 'planned' }),
  prog('2021-Q4', { id: 'sb-07', submittedTo: 'secretariat', status: 'planned' }),
  prog('2021-Q4', { id: 'sb-08', submittedTo: 'secretariat', status: 'planned' }),
];

/** Outside the 2021 programme: a task with no programme, and a 2020 proposal that slipped into 2021. */
export const OTHER_PROPOSALS: readonly Proposal[] = [
  { id: 'x-01', title: 'Báo cáo đột xuất', submittedTo: 'politburo', status: 'submitted', submittedOn: '2021-02-10' },
  { id: 'old-01', title: 'Đề án năm 2020', submittedTo: 'central-committee', workProgrammeId: 'ct-2020', plannedQuarter: '2020-Q4', status: 'submitted', submittedOn: '2021-01-10' },
];

/** The n-th day from `start` (ISO dates, UTC arithmetic). */
function day(start: string, n: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

type CaseSpec = Pick<VettingCase, 'purpose' | 'status'> & Partial<VettingCase>;
function cases(prefix: string, count: number, spec: CaseSpec, closedFrom: string, spreadDays: number): VettingCase[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    personName: `Cán bộ ${prefix} ${i + 1}`,
    openedOn: day(closedFrom, -30),
    // Spread evenly from the first day to the last of `spreadDays`, both ends taken.
    ...(spec.status === 'concluded'
      ? { closedOn: day(closedFrom, count === 1 ? 0 : Math.floor((i * (spreadDays - 1)) / (count - 1))), outcome: 'meets-standards' as const }
      : {}),
    ...spec,
  }));
}

/** Concluded central cases of 2021-Q1 by purpose: 25 + 18 + 31 + 62 + 43 = 179. */
export const Q1_CENTRAL = { assignment: 25, rotation: 18, designation: 31, appointment: 62, candidacy: 43 } as const;

export const VETTING_CASES: readonly VettingCase[] = [
  // Q1, central: each purpose has a case closed on 1/1 and one on 31/3.
  ...Object.entries(Q1_CENTRAL).flatMap(([purpose, n]) =>
    cases(`q1-c-${purpose}`, n, { purpose: purpose as VettingCase['purpose'], status: 'concluded', managementLevel: 'central' }, '2021-01-01', 90),
  ),
  ...cases('q1-c-last', 1, { purpose: 'appointment', status: 'withdrawn', managementLevel: 'central', closedOn: '2021-03-31' }, '2021-03-31', 1),
  // Q1, local: 7 appointments, 5 Party admissions.
  ...cases('q1-l-appointment', 7, { purpose: 'appointment', status: 'concluded', managementLevel: 'local' }, '2021-02-01', 20),
  ...cases('q1-l-admission', 5, { purpose: 'party-admission', status: 'concluded', managementLevel: 'local' }, '2021-03-01', 5),
  // Not appraised in Q1: still in review, closed on 31/12/2020, or withdrawn.
  ...cases('q1-open', 10, { purpose: 'appointment', status: 'in-review', managementLevel: 'central' }, '2021-02-01', 1),
  ...cases('q4-2020', 5, { purpose: 'rotation', status: 'concluded', managementLevel: 'central' }, '2020-12-31', 1),
  ...cases('q1-withdrawn', 3, { purpose: 'designation', status: 'withdrawn', managementLevel: 'central', closedOn: '2021-02-15' }, '2021-02-15', 1),
  // Q2, central: 30 appointments from 1/4 to 30/6, 10 candidacies up to 30/6; two closed on 1/7 belong to Q3.
  ...cases('q2-c-appointment', 30, { purpose: 'appointment', status: 'concluded', managementLevel: 'central' }, '2021-04-01', 91),
  ...cases('q2-c-candidacy', 10, { purpose: 'candidacy', status: 'concluded', managementLevel: 'central' }, '2021-06-21', 10),
  ...cases('q3-c-candidacy', 2, { purpose: 'candidacy', status: 'concluded', managementLevel: 'central' }, '2021-07-01', 1),
];

/** A memory store holding the whole fixture. */
export async function fixtureStore(): Promise<Store> {
  const data = await real2021();
  const store = memoryStore();
  await saveDataset(store, {
    ...data,
    nominees: withHistory(data.nominees),
    workProgrammes: [
      { id: 'ct-2021', title: 'Chương trình công tác năm 2021', kind: 'annual', year: 2021 },
      { id: 'ct-2020', title: 'Chương trình công tác năm 2020', kind: 'annual', year: 2020 },
    ],
    proposals: [...PROPOSALS, ...OTHER_PROPOSALS],
    vettingCases: [...VETTING_CASES],
  });
  return store;
}
