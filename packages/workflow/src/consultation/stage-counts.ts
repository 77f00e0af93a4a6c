import type { Dataset, Nominee, NomineeStage, SeasonStage } from '@ungcu/core';
import { SEASON_STAGES } from '@ungcu/core';
import { seasonStage } from './season-stage';
import type { ConsultationRoundNumber } from './transitions';

/** One step of the list: who was up for it, who made it, who left (and why), who is still waiting. */
export interface StepCount {
  /** The list the step leads to: the preliminary list (round 2), the qualified list (round 3), the official list, the result. */
  readonly step: 'preliminary' | 'qualified' | 'official' | 'elected';
  readonly round?: ConsultationRoundNumber;
  /** Nominees who reached the step's starting list. */
  readonly proposed: number;
  readonly kept: number;
  readonly dropped: number;
  /** Still active on the starting list, not yet moved on. */
  readonly waiting: number;
  /** Dropped, by how they left: withdrawn, removed, not-qualified, not-elected. */
  readonly exits: Readonly<Partial<Record<SeasonStage, number>>>;
  /** Dropped, by the reason recorded (history first, else the nomination's statusReason), most frequent first. */
  readonly reasons: readonly { readonly reason: string; readonly count: number }[];
}

export interface StageCounts {
  readonly bodyId: string;
  /** Nominees by where they stand now. */
  readonly byStage: Readonly<Record<SeasonStage, number>>;
  readonly steps: readonly StepCount[];
}

const STEPS: readonly { step: StepCount['step']; round?: ConsultationRoundNumber }[] = [
  { step: 'preliminary', round: 2 },
  { step: 'qualified', round: 3 },
  { step: 'official' },
  { step: 'elected' },
];

const LIST_ORDER: readonly NomineeStage[] = ['proposed', 'preliminary', 'qualified', 'official'];
export const NO_REASON = '(no reason recorded / không ghi lý do)';

/** How far along the lists a nominee came: its stage, then the result past the official list. */
function reached(n: Nominee): number {
  return LIST_ORDER.indexOf(n.nomination.stage) + (n.nomination.result === 'elected' ? 1 : 0);
}

function exitOf(n: Nominee): SeasonStage | undefined {
  if (n.nomination.status !== 'active') return n.nomination.status;
  return n.nomination.result === 'not-elected' ? 'not-elected' : undefined;
}

function reasonOf(n: Nominee, exit: SeasonStage): string {
  const change = [...(n.nomination.history ?? [])].reverse().find((c) => c.to === exit);
  return change?.reason ?? n.nomination.statusReason ?? NO_REASON;
}

/**
 * The season of a body in numbers: nominees by stage, and for each step of the list (second consultation,
 * third, publication, election) how many were up for it, kept, dropped and why. A nominee without history
 * is counted from its stage: a nominee on the official list went through every earlier list.
 */
export function stageCounts(dataset: Pick<Dataset, 'nominees'>, { bodyId }: { readonly bodyId: string }): StageCounts {
  const nominees = dataset.nominees.filter((n) => n.nomination.bodyId === bodyId);
  const byStage = Object.fromEntries(SEASON_STAGES.map((s) => [s, 0])) as Record<SeasonStage, number>;
  for (const n of nominees) byStage[seasonStage(n)]++;
  const steps = STEPS.map(({ step, round }, i): StepCount => {
    let proposed = 0;
    let kept = 0;
    let waiting = 0;
    const exits: Partial<Record<SeasonStage, number>> = {};
    const reasons = new Map<string, number>();
    for (const n of nominees) {
      const at = reached(n);
      if (at < i) continue;
      proposed++;
      if (at > i) {
        kept++;
        continue;
      }
      const exit = exitOf(n);
      if (exit === undefined) {
        waiting++;
        continue;
      }
      exits[exit] = (exits[exit] ?? 0) + 1;
      const reason = reasonOf(n, exit);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    const dropped = proposed - kept - waiting;
    const sorted = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
    return { step, ...(round === undefined ? {} : { round }), proposed, kept, dropped, waiting, exits, reasons: sorted };
  });
  return { bodyId, byStage, steps };
}
