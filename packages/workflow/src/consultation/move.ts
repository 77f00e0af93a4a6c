import type { Body, Constituency, IsoDate, Nomination, Nominee, SeasonStage, StageChange, VoterConference } from '@ungcu/core';
import { SEASON_STAGES } from '@ungcu/core';
import { ConfigError, TransitionError } from '@ungcu/core/errors';
import type { RulePack } from '@ungcu/core/rules';
import type { Store, StoreSession } from '@ungcu/core/storage';
import { voidApprovalIfChanged } from './approval-guard';
import { lateStepFindings, milestoneOf, type WorkflowFinding } from './calendar-step';
import { hashListContent, readListContent } from './list-content';
import { assertListMeetsQuotas, readBodyDataset } from './official-gate';
import { seasonStage } from './season-stage';
import { findMove, type ConsultationRoundNumber, type SeasonMove } from './transitions';

export interface MoveOptions {
  /** Who records the move (an account or a name); also the audit log's actor. */
  readonly by: string;
  /** The day the move happened (the consultation, the conference, the decision). */
  readonly on: IsoDate;
  /** The consultation round; checked against the move's own round when it has one. */
  readonly round?: ConsultationRoundNumber;
  /** Why: required for the exits (withdrawn, removed, not-qualified). */
  readonly reason?: string;
  /** The rule pack whose quotas and calendar apply (vn2021, vn2026). */
  readonly pack: RulePack;
  /** Election day for the calendar; defaults to the body's election's day. */
  readonly electionDay?: IsoDate;
  /** The voters' conference, for the move to 'voter-conference'; defaults to one held on `on`. */
  readonly voterConference?: VoterConference;
}

export interface MoveResult {
  readonly nominee: Nominee & { readonly version: number };
  readonly move: SeasonMove;
  /** Warnings that do not stop the move: a step recorded after its deadline (workflow/step-late). */
  readonly findings: readonly WorkflowFinding[];
  /** The nominee's constituency when this move voided its approved list. */
  readonly voidedApproval?: Constituency;
}

/**
 * Moves a nominee one step through the season, in one transaction at the nominee's stored version: the
 * nomination's stage, status, voters' conference or result, and a StageChange appended to its history.
 * Illegal moves, exits without a reason and an official list that is not approved or breaks the pack's
 * quotas are refused with a TransitionError, and nothing is written.
 */
export async function moveNominee(store: Store, nomineeId: string, to: SeasonStage, options: MoveOptions): Promise<MoveResult> {
  checkOptions(to, options);
  return store.transaction((tx) => moveIn(tx, nomineeId, to, options, true), { actor: options.by });
}

/**
 * Moves several nominees the same step in one transaction: all move, or none does (the first refusal throws
 * and nothing is written). What a consultation or a publication does to a whole list at once. The quotas
 * of an official list are checked once, on the body's list with every move applied, not once per nominee
 * (each check validates the whole body).
 */
export async function moveNominees(store: Store, nomineeIds: readonly string[], to: SeasonStage, options: MoveOptions): Promise<MoveResult[]> {
  checkOptions(to, options);
  return store.transaction(async (tx) => {
    const results: MoveResult[] = [];
    for (const id of nomineeIds) results.push(await moveIn(tx, id, to, options, false));
    if (to === 'official') {
      const checked = new Set<string>();
      for (const { nominee } of results) {
        if (checked.has(nominee.nomination.bodyId)) continue;
        checked.add(nominee.nomination.bodyId);
        const body = await tx.bodies.get(nominee.nomination.bodyId);
        if (body !== undefined) assertListMeetsQuotas(await readBodyDataset(tx, body), nominee, options.pack);
      }
    }
    return results;
  }, { actor: options.by });
}

function checkOptions(to: SeasonStage, options: MoveOptions): void {
  if (!(SEASON_STAGES as readonly string[]).includes(to)) {
    throw new ConfigError({ vi: `Giai đoạn không hợp lệ: "${to}"`, en: `Not a season stage: "${to}"` }, { details: { to } });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(options.on)) {
    throw new ConfigError({ vi: `Ngày phải có dạng YYYY-MM-DD, nhận được "${options.on}"`, en: `The day must be YYYY-MM-DD, got "${options.on}"` });
  }
}

async function moveIn(tx: StoreSession, nomineeId: string, to: SeasonStage, options: MoveOptions, checkQuotas: boolean): Promise<MoveResult> {
  const before = await tx.nominees.get(nomineeId);
  if (before === undefined) {
    throw new ConfigError({ vi: `Không có người ứng cử "${nomineeId}"`, en: `No nominee "${nomineeId}"` }, { details: { nomineeId } });
  }
  const from = seasonStage(before);
  const move = findMove(nomineeId, from, to);
  const round = roundOf(nomineeId, move, options.round);
  const reason = options.reason?.trim();
  if (move.kind === 'exit' && (reason === undefined || reason === '')) {
    throw new TransitionError(
      {
        vi: `Người ứng cử "${nomineeId}": chuyển sang "${to}" phải ghi lý do`,
        en: `Nominee "${nomineeId}": the move to "${to}" needs a reason`,
      },
      { details: { nomineeId, from, to } },
    );
  }
  const body = await tx.bodies.get(before.nomination.bodyId);
  if (body === undefined) {
    throw new ConfigError({ vi: `Không có cơ quan "${before.nomination.bodyId}"`, en: `No body "${before.nomination.bodyId}"` });
  }
  const change: StageChange = {
    from,
    to,
    on: options.on,
    by: options.by,
    ...(round === undefined ? {} : { round }),
    ...(reason === undefined || reason === '' ? {} : { reason }),
  };
  const after: Nominee = {
    ...before,
    nomination: { ...applyMove(before.nomination, move, options, reason), history: [...(before.nomination.history ?? []), change] },
  };
  if (to === 'official') await assertReadyForOfficial(tx, body, after, options.pack, checkQuotas);
  const nominee = await tx.nominees.upsert(after, { expectedVersion: before.version });
  const voided = await voidApprovalIfChanged(tx, before, nominee, new Date().toISOString());
  const findings = await calendarFindings(tx, body, nominee, move, options);
  return { nominee, move, findings, ...(voided === undefined ? {} : { voidedApproval: voided }) };
}

function roundOf(nomineeId: string, move: SeasonMove, given: ConsultationRoundNumber | undefined): ConsultationRoundNumber | undefined {
  if (given === undefined || move.round === undefined || given === move.round) return given ?? move.round;
  throw new TransitionError(
    {
      vi: `Người ứng cử "${nomineeId}": bước "${move.from}" → "${move.to}" thuộc hội nghị hiệp thương lần thứ ${move.round}, không phải lần ${given}`,
      en: `Nominee "${nomineeId}": the move "${move.from}" → "${move.to}" belongs to consultation round ${move.round}, not ${given}`,
    },
    { details: { nomineeId, from: move.from, to: move.to, round: given, expectedRound: move.round } },
  );
}

function applyMove(n: Nomination, move: SeasonMove, options: MoveOptions, reason: string | undefined): Nomination {
  switch (move.to) {
    case 'preliminary':
      return { ...n, stage: 'preliminary' };
    case 'voter-conference':
      return { ...n, voterConference: options.voterConference ?? { heldOn: options.on } };
    case 'qualified':
      return { ...n, stage: 'qualified' };
    case 'official':
      return { ...n, stage: 'official' };
    case 'elected':
    case 'not-elected':
      return { ...n, result: move.to };
    case 'removed':
      return { ...n, status: 'removed', statusReason: reason ?? '', removal: { date: options.on, article: '60', ...(reason === undefined ? {} : { reason }) } };
    case 'withdrawn':
      // A withdrawal after publication takes the nominee off the official list, as a removal does.
      return {
        ...n,
        status: 'withdrawn',
        statusReason: reason ?? '',
        ...(n.stage === 'official' ? { removal: { date: options.on, ...(reason === undefined ? {} : { reason }) } } : {}),
      };
    case 'not-qualified':
      return { ...n, status: 'not-qualified', statusReason: reason ?? '' };
    default:
      return n;
  }
}

/** The official list needs the constituency's list approved by two people on the current content, and the quotas met. */
async function assertReadyForOfficial(tx: StoreSession, body: Body, after: Nominee, pack: RulePack, checkQuotas: boolean): Promise<void> {
  const constituencyId = after.nomination.constituencyId;
  if (constituencyId === undefined) {
    throw new TransitionError(
      {
        vi: `Người ứng cử "${after.id}" chưa thuộc đơn vị bầu cử nào: không thể đưa vào danh sách chính thức`,
        en: `Nominee "${after.id}" has no constituency: cannot go on the official list`,
      },
      { details: { nomineeId: after.id } },
    );
  }
  const content = await readListContent(tx, constituencyId);
  const approval = content.constituency.listApproval;
  const hash = await hashListContent(content);
  if (approval?.status !== 'approved' || approval.contentHash !== hash) {
    const state = approval === undefined ? 'none' : approval.status === 'approved' ? 'changed-since-approval' : approval.status;
    throw new TransitionError(
      {
        vi: `Người ứng cử "${after.id}": danh sách đơn vị "${constituencyId}" chưa được hai người phê duyệt trên nội dung hiện tại (trạng thái: ${state}); không thể đưa vào danh sách chính thức`,
        en: `Nominee "${after.id}": the list of constituency "${constituencyId}" is not approved by two people on its current content (state: ${state}); cannot go on the official list`,
      },
      { details: { nomineeId: after.id, constituencyId, state } },
    );
  }
  if (checkQuotas) assertListMeetsQuotas(await readBodyDataset(tx, body), after, pack);
}

async function calendarFindings(
  tx: StoreSession,
  body: Body,
  nominee: Nominee,
  move: SeasonMove,
  options: MoveOptions,
): Promise<WorkflowFinding[]> {
  const milestoneId = milestoneOf(move, body.kind);
  if (milestoneId === undefined) return [];
  const electionDay = options.electionDay ?? (await tx.elections.get(body.electionId))?.electionDay;
  if (electionDay === undefined) return [];
  return lateStepFindings({
    pack: options.pack,
    electionDay,
    milestoneId,
    on: options.on,
    nominee: { id: nominee.id, name: nominee.person.fullName, bodyId: body.id },
    move,
  });
}
