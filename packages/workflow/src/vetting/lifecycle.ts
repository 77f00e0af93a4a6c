/**
 * A vetting case's life: opened with its three steps dated, the steps done in order (review, verification,
 * appraisal), then concluded with an outcome, or withdrawn. Every write is one store transaction that expects
 * the version it read, so two assessors cannot overwrite each other; the store's audit log, with `by` as the
 * actor, is the case's trail.
 */
import { VETTING_STEP_KINDS, type VettingCase, type VettingStep } from '@ungcu/core';
import { ConfigError, TransitionError } from '@ungcu/core/errors';
import type { RulePack } from '@ungcu/core/rules';
import type { EntityInputOf, Store, StoredEntityOf } from '@ungcu/core/storage';
import { type StepOffsets, type VettingStepKind, candidacyStepDueDates, offsetStepDueDates } from './due-dates';
import { STEP_WORDS, STATUS_WORDS } from './words';

export type StoredVettingCase = StoredEntityOf<'vettingCases'>;
type VettingCaseInput = EntityInputOf<'vettingCases'>;

/** What the caller says about a new case; its status, steps, due date and conclusion are the lifecycle's. */
export type OpenVettingCaseInput = Omit<VettingCaseInput, 'status' | 'steps' | 'dueDate' | 'closedOn' | 'outcome' | 'version'>;

export interface OpenVettingCaseOptions {
  /** Who opens it: the actor of the audit entry. */
  readonly by: string;
  /**
   * For a candidacy (purpose 'candidacy' with an `electionId`): the rule pack of that election, whose calendar
   * dates the steps. Without it a candidacy is dated by `offsets` like any other case.
   */
  readonly pack?: RulePack;
  /** Days after `openedOn` per step for other cases; default `DEFAULT_STEP_OFFSETS`. */
  readonly offsets?: Partial<StepOffsets>;
}

export interface CompleteStepOptions {
  /** The day the step was done. */
  readonly on: string;
  readonly by: string;
  readonly notes?: string;
  /** The version the caller read; default the stored one (read in the same transaction). */
  readonly expectedVersion?: number;
}

export interface ConcludeCaseOptions {
  readonly outcome: NonNullable<VettingCase['outcome']>;
  readonly on: string;
  readonly by: string;
  readonly expectedVersion?: number;
}

export interface WithdrawCaseOptions {
  readonly on: string;
  readonly by: string;
  /** Why, added to the case's notes. */
  readonly reason?: string;
  readonly expectedVersion?: number;
}

/** A check run on the stored case inside the write's transaction (access by role uses it). */
export type CaseGuard = (stored: StoredVettingCase) => void;

function requireActor(by: string | undefined): string {
  if (typeof by !== 'string' || by.trim() === '') {
    throw new ConfigError({
      vi: 'Thao tác trên hồ sơ thẩm định cần người thực hiện (by), để ghi vào nhật ký',
      en: 'A vetting case operation needs who does it (by), for the audit log',
    });
  }
  return by;
}

/** Opens a case, status 'open', its three steps dated; refused if the id is already stored. */
export async function openVettingCase(
  store: Store,
  input: OpenVettingCaseInput,
  options: OpenVettingCaseOptions,
  guard?: (input: OpenVettingCaseInput) => void,
): Promise<StoredVettingCase> {
  const by = requireActor(options.by);
  guard?.(input);
  return store.transaction(
    async (tx) => {
      let due;
      if (input.purpose === 'candidacy' && input.electionId !== undefined && options.pack !== undefined) {
        const election = await tx.elections.get(input.electionId);
        if (election === undefined || election.rulePack !== options.pack.id) {
          throw new ConfigError(
            {
              vi: `Hồ sơ thẩm định "${input.id}": cuộc bầu cử "${input.electionId}" ${election === undefined ? 'không có trong kho' : `theo bộ quy tắc "${election.rulePack}", không phải "${options.pack.id}"`}`,
              en: `Vetting case "${input.id}": the election "${input.electionId}" ${election === undefined ? 'is not stored' : `follows rule pack "${election.rulePack}", not "${options.pack.id}"`}`,
            },
            { details: { caseId: input.id, electionId: input.electionId, pack: options.pack.id, electionPack: election?.rulePack } },
          );
        }
        due = candidacyStepDueDates(options.pack, election.electionDay);
      } else {
        due = offsetStepDueDates(input.openedOn, options.offsets);
      }
      const steps: VettingStep[] = VETTING_STEP_KINDS.map((kind) => ({ kind, dueDate: due[kind] }));
      return tx.vettingCases.upsert(
        { ...input, status: 'open', steps, dueDate: due.appraisal },
        { expectedVersion: 'absent', actor: by },
      );
    },
    { actor: by },
  );
}

function notFound(caseId: string): ConfigError {
  return new ConfigError(
    { vi: `Không có hồ sơ thẩm định "${caseId}" trong kho`, en: `There is no vetting case "${caseId}" in the store` },
    { details: { caseId, reason: 'not-found' } },
  );
}

function refuse(c: StoredVettingCase, vi: string, en: string, details: Record<string, unknown> = {}): TransitionError {
  return new TransitionError(
    { vi: `Hồ sơ thẩm định "${c.id}" (${c.personName}): ${vi}`, en: `Vetting case "${c.id}" (${c.personName}): ${en}` },
    { details: { caseId: c.id, status: c.status, ...details } },
  );
}

function requireOpen(c: StoredVettingCase, action: { vi: string; en: string }): void {
  if (c.status === 'open' || c.status === 'in-review') return;
  const s = STATUS_WORDS[c.status];
  throw refuse(c, `đã ${s.vi}, không thể ${action.vi}`, `is ${s.en}: it cannot be ${action.en}`);
}

/** The case's steps, all three in order, whatever an older or imported record holds. */
function stepsOf(c: StoredVettingCase): VettingStep[] {
  return VETTING_STEP_KINDS.map((kind) => c.steps?.find((s) => s.kind === kind) ?? { kind });
}

async function updateCase(
  store: Store,
  caseId: string,
  by: string,
  expectedVersion: number | undefined,
  change: (c: StoredVettingCase) => VettingCaseInput,
  guard: CaseGuard | undefined,
): Promise<StoredVettingCase> {
  requireActor(by);
  return store.transaction(
    async (tx) => {
      const stored = await tx.vettingCases.get(caseId);
      if (stored === undefined) throw notFound(caseId);
      guard?.(stored);
      return tx.vettingCases.upsert(change(stored), { expectedVersion: expectedVersion ?? stored.version, actor: by });
    },
    { actor: by },
  );
}

/**
 * Records a step as done on `options.on`. Steps go in order: review, verification, appraisal; a step out of
 * order, done twice, dated before the step before it (or the opening), or on a closed case is a
 * TransitionError and nothing is written.
 */
export function completeStep(
  store: Store,
  caseId: string,
  kind: VettingStepKind,
  options: CompleteStepOptions,
  guard?: CaseGuard,
): Promise<StoredVettingCase> {
  return updateCase(
    store,
    caseId,
    options.by,
    options.expectedVersion,
    (c) => {
      const words = STEP_WORDS[kind];
      requireOpen(c, { vi: `ghi nhận bước ${words.vi}`, en: `given a ${words.en} step` });
      const steps = stepsOf(c);
      const index = steps.findIndex((s) => s.kind === kind);
      const step = steps[index]!;
      if (step.doneOn !== undefined) {
        throw refuse(c, `bước ${words.vi} đã xong ngày ${step.doneOn}`, `the ${words.en} step was already done on ${step.doneOn}`, { step: kind });
      }
      const pending = steps.find((s) => s.doneOn === undefined)!;
      if (pending.kind !== kind) {
        const first = STEP_WORDS[pending.kind];
        throw refuse(
          c,
          `phải ${first.vi} trước khi ${words.vi} (thứ tự: thẩm tra → xác minh → thẩm định)`,
          `the ${first.en} must be done before the ${words.en} (order: review → verification → appraisal)`,
          { step: kind, pending: pending.kind },
        );
      }
      const after = index === 0 ? c.openedOn : steps[index - 1]!.doneOn!;
      if (options.on < after) {
        throw refuse(
          c,
          `ngày ${words.vi} ${options.on} sớm hơn ${index === 0 ? 'ngày mở hồ sơ' : 'bước trước'} (${after})`,
          `the ${words.en} date ${options.on} is before ${index === 0 ? 'the case was opened' : 'the step before'} (${after})`,
          { step: kind, on: options.on, notBefore: after },
        );
      }
      steps[index] = {
        ...step,
        doneOn: options.on,
        assessor: options.by,
        ...(options.notes === undefined ? {} : { notes: options.notes }),
      };
      return { ...c, steps, status: 'in-review' };
    },
    guard,
  );
}

/** Concludes a case with its outcome: only after the appraisal, on or after the day it was done. */
export function concludeCase(store: Store, caseId: string, options: ConcludeCaseOptions, guard?: CaseGuard): Promise<StoredVettingCase> {
  return updateCase(
    store,
    caseId,
    options.by,
    options.expectedVersion,
    (c) => {
      requireOpen(c, { vi: 'kết luận', en: 'concluded' });
      const appraisal = stepsOf(c).find((s) => s.kind === 'appraisal')!;
      if (appraisal.doneOn === undefined) {
        throw refuse(c, 'chưa thẩm định xong, chưa thể kết luận', 'the appraisal is not done: it cannot be concluded yet', { pending: 'appraisal' });
      }
      if (options.on < appraisal.doneOn) {
        throw refuse(
          c,
          `ngày kết luận ${options.on} sớm hơn ngày thẩm định (${appraisal.doneOn})`,
          `the conclusion date ${options.on} is before the appraisal (${appraisal.doneOn})`,
          { on: options.on, notBefore: appraisal.doneOn },
        );
      }
      return { ...c, status: 'concluded', outcome: options.outcome, closedOn: options.on };
    },
    guard,
  );
}

/** Withdraws an open case (the person withdrew, the appointment was dropped); the reason joins the notes. */
export function withdrawCase(store: Store, caseId: string, options: WithdrawCaseOptions, guard?: CaseGuard): Promise<StoredVettingCase> {
  return updateCase(
    store,
    caseId,
    options.by,
    options.expectedVersion,
    (c) => {
      requireOpen(c, { vi: 'rút', en: 'withdrawn' });
      if (options.on < c.openedOn) {
        throw refuse(c, `ngày rút ${options.on} sớm hơn ngày mở hồ sơ (${c.openedOn})`, `the withdrawal date ${options.on} is before the case was opened (${c.openedOn})`);
      }
      const notes = options.reason === undefined ? c.notes : c.notes === undefined ? options.reason : `${c.notes}\n${options.reason}`;
      return { ...c, status: 'withdrawn', closedOn: options.on, ...(notes === undefined ? {} : { notes }) };
    },
    guard,
  );
}
