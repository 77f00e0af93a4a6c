/**
 * The 2021 official list (examples/data/vn-na-2021/candidates, nine files, 868 candidates in 184
 * constituencies; Vietnam Elections dataset (NA15-2021), CC-BY-4.0, github.com/VietThan/vietnam-elections)
 * read with the CSV importer, and given a season: every nominee went through the consultations on the
 * 2021 calendar, and the Hà Nội nominees are held back at the qualified list, so tests can publish them.
 * A few nominees who left earlier (not qualified at the second consultation, withdrawn after the voters'
 * conference) are added: the published list only holds those who made it. Their people are real people of
 * the list under another id, so they read as real records.
 */
import type { Dataset, Nominee, StageChange } from '@ungcu/core';
import { memoryStore, saveDataset, type Store } from '@ungcu/core/storage';
import { ELECTION, real2021 } from '../real-list';

export { ELECTION, real2021 };

/** Days of the 2021 season, each on the deadline of its step (E − 65, E − 35, E − 25; vn-2021 calendar). */
export const DAYS = { round2: '2021-03-19', conference: '2021-04-01', round3: '2021-04-18', official: '2021-04-28' } as const;

const step = (from: StageChange['from'], to: StageChange['to'], on: string, round?: 1 | 2 | 3): StageChange => ({
  from,
  to,
  on,
  by: 'uy-ban-mttq',
  ...(round === undefined ? {} : { round }),
});

const TO_QUALIFIED: readonly StageChange[] = [
  step('proposed', 'preliminary', DAYS.round2, 2),
  step('preliminary', 'voter-conference', DAYS.conference),
  step('voter-conference', 'qualified', DAYS.round3, 3),
];

export const HA_NOI = 'province-ha-noi';

export const isHaNoi = (n: Nominee, data: Dataset) =>
  data.constituencies.find((c) => c.id === n.nomination.constituencyId)?.unitId === HA_NOI;

export const DROPPED_REASONS = {
  notQualified: 'Không đạt tín nhiệm tại hội nghị hiệp thương lần thứ hai',
  withdrawn: 'Xin rút vì lý do sức khỏe',
} as const;

/** The real list with its season (see the file's comment); the extra nominees are in the first three Hà Nội constituencies. */
export function withSeason(data: Dataset): Dataset {
  const nominees = data.nominees.map((n): Nominee => {
    const held = isHaNoi(n, data);
    const history = held ? TO_QUALIFIED : [...TO_QUALIFIED, step('qualified', 'official', DAYS.official)];
    return {
      ...n,
      nomination: {
        ...n.nomination,
        stage: held ? 'qualified' : 'official',
        voterConference: { heldOn: DAYS.conference },
        history: [...history],
      },
    };
  });
  const haNoi = data.constituencies.filter((c) => c.unitId === HA_NOI).slice(0, 3);
  const donors = data.nominees.filter((n) => !isHaNoi(n, data));
  haNoi.forEach((c, i) => {
    const base = { bodyId: c.bodyId, origin: 'local' as const, constituencyId: c.id };
    nominees.push({
      id: `${c.id}/dropped-round-2`,
      person: donors[i * 2]!.person,
      nomination: {
        ...base,
        stage: 'proposed',
        status: 'not-qualified',
        statusReason: DROPPED_REASONS.notQualified,
        history: [{ ...step('proposed', 'not-qualified', DAYS.round2, 2), reason: DROPPED_REASONS.notQualified }],
      },
    });
    nominees.push({
      id: `${c.id}/withdrawn-after-conference`,
      person: donors[i * 2 + 1]!.person,
      nomination: {
        ...base,
        stage: 'preliminary',
        status: 'withdrawn',
        // Only the history says why: the count must read it there.
        voterConference: { heldOn: DAYS.conference },
        history: [
          step('proposed', 'preliminary', DAYS.round2, 2),
          step('preliminary', 'voter-conference', DAYS.conference),
          { ...step('voter-conference', 'withdrawn', '2021-04-05'), reason: DROPPED_REASONS.withdrawn },
        ],
      },
    });
  });
  return { ...data, nominees };
}

/** A store (memory unless given) holding the real list with its season. */
export async function seasonStore(store: Store = memoryStore()): Promise<{ store: Store; data: Dataset }> {
  const data = withSeason(await real2021());
  await saveDataset(store, data);
  return { store, data };
}

/** A Hà Nội constituency of the fixture and its nominees on the qualified list, by id. */
export function haNoiList(data: Dataset, index: number): { constituencyId: string; seats: number; nomineeIds: string[] } {
  const c = data.constituencies.filter((k) => k.unitId === HA_NOI)[index]!;
  const nomineeIds = data.nominees
    .filter((n) => n.nomination.constituencyId === c.id && n.nomination.status === 'active')
    .map((n) => n.id)
    .sort();
  return { constituencyId: c.id, seats: c.seats, nomineeIds };
}

export async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; text?: { vi: string; en: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
