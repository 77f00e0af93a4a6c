import type { SeasonStage } from '@ungcu/core';
import { TransitionError } from '@ungcu/core/errors';

export type ConsultationRoundNumber = 1 | 2 | 3;

/** What a move does: a step along the list, an exit from it, or the election result. */
export type MoveKind = 'step' | 'exit' | 'result';

/** One allowed move of the season, with the consultation round it belongs to when the law ties it to one. */
export interface SeasonMove {
  readonly from: SeasonStage;
  readonly to: SeasonStage;
  readonly kind: MoveKind;
  readonly round?: ConsultationRoundNumber;
}

const STAGE_NAMES: Readonly<Record<SeasonStage, { vi: string; en: string }>> = {
  proposed: { vi: 'được giới thiệu', en: 'proposed' },
  preliminary: { vi: 'danh sách sơ bộ', en: 'preliminary list' },
  'voter-conference': { vi: 'hội nghị cử tri', en: "voters' conference" },
  qualified: { vi: 'danh sách đủ tiêu chuẩn', en: 'qualified list' },
  official: { vi: 'danh sách chính thức', en: 'official list' },
  elected: { vi: 'trúng cử', en: 'elected' },
  'not-elected': { vi: 'không trúng cử', en: 'not elected' },
  withdrawn: { vi: 'rút khỏi danh sách', en: 'withdrawn' },
  removed: { vi: 'bị xóa tên (Điều 60)', en: 'removed (Art. 60)' },
  'not-qualified': { vi: 'không đủ tiêu chuẩn', en: 'not qualified' },
};

export function stageName(stage: SeasonStage): { vi: string; en: string } {
  return STAGE_NAMES[stage];
}

/** The stages a nominee is still on a list at, from which withdrawal is possible (up to the official list). */
const ACTIVE_UP_TO_OFFICIAL: readonly SeasonStage[] = ['proposed', 'preliminary', 'voter-conference', 'qualified', 'official'];

/**
 * The season's moves. Steps follow the consultations (the second makes the preliminary list, the voters'
 * conference reviews it, the third makes the qualified list); removal under Điều 60 only touches the
 * published list, and "not qualified" is only decided at a consultation, so before the qualified list.
 */
export const SEASON_MOVES: readonly SeasonMove[] = [
  { from: 'proposed', to: 'preliminary', kind: 'step', round: 2 },
  { from: 'preliminary', to: 'voter-conference', kind: 'step' },
  { from: 'voter-conference', to: 'qualified', kind: 'step', round: 3 },
  { from: 'qualified', to: 'official', kind: 'step' },
  { from: 'official', to: 'elected', kind: 'result' },
  { from: 'official', to: 'not-elected', kind: 'result' },
  ...ACTIVE_UP_TO_OFFICIAL.map((from): SeasonMove => ({ from, to: 'withdrawn', kind: 'exit' })),
  { from: 'official', to: 'removed', kind: 'exit' },
  { from: 'proposed', to: 'not-qualified', kind: 'exit', round: 2 },
  { from: 'preliminary', to: 'not-qualified', kind: 'exit', round: 3 },
  { from: 'voter-conference', to: 'not-qualified', kind: 'exit', round: 3 },
];

export function allowedMoves(from: SeasonStage): readonly SeasonMove[] {
  return SEASON_MOVES.filter((m) => m.from === from);
}

function listOf(stages: readonly SeasonStage[], lang: 'vi' | 'en'): string {
  if (stages.length === 0) return lang === 'vi' ? '(không có bước nào)' : '(none)';
  return stages.map((s) => `"${s}" (${STAGE_NAMES[s][lang]})`).join(', ');
}

/** The move from → to, or a TransitionError naming the nominee, both stages and the moves allowed from `from`. */
export function findMove(nomineeId: string, from: SeasonStage, to: SeasonStage): SeasonMove {
  const move = SEASON_MOVES.find((m) => m.from === from && m.to === to);
  if (move !== undefined) return move;
  const allowed = allowedMoves(from).map((m) => m.to);
  throw new TransitionError(
    {
      vi: `Người ứng cử "${nomineeId}": không thể chuyển từ "${from}" (${STAGE_NAMES[from].vi}) sang "${to}" (${STAGE_NAMES[to].vi}). Các bước được phép: ${listOf(allowed, 'vi')}`,
      en: `Nominee "${nomineeId}": cannot move from "${from}" (${STAGE_NAMES[from].en}) to "${to}" (${STAGE_NAMES[to].en}). Allowed moves: ${listOf(allowed, 'en')}`,
    },
    { details: { nomineeId, from, to, allowed } },
  );
}
