/**
 * quarterlyReport(): the numbers of the quarterly review (hội nghị giao ban quý) read from a store: vetting
 * cases appraised, proposals submitted against the work programme, the nominee pipeline, and the election
 * calendar's deadlines met and missed. The store is read with list and iterate, one collection at a time,
 * so a national dataset is never held whole.
 */
import { SEASON_STAGES, type BodyKind, type IsoDate, type Proposal, type SeasonStage } from '@ungcu/core';
import { computeCalendar } from '@ungcu/core/calendar';
import { ConfigError } from '@ungcu/core/errors';
import type { RulePack } from '@ungcu/core/rules';
import type { StoreSession } from '@ungcu/core/storage';
import { isIsoDate } from '@ungcu/core/text';
import { programmeProgress, type ProgrammeProgress } from '../programme/progress';
import { inQuarter, toQuarter, type Quarter } from '../programme/quarter';
import {
  evidenceMatches,
  judgeMilestone,
  MILESTONE_EVIDENCE,
  milestonesInQuarter,
  nomineeConcerned,
  type DeadlineReport,
} from './deadlines';
import { vettingTallier, type VettingTally } from './vetting';

export interface QuarterlyReportOptions {
  readonly store: StoreSession;
  /** "2021-Q1" or a parsed quarter. */
  readonly quarter: string | Quarter;
  /** Limits the nominee pipeline to this election's bodies and, with `packs`, checks its calendar. */
  readonly electionId?: string;
  /** Rule packs by id (e.g. PACKS of @ungcu/rules-vn); the election's `rulePack` picks one. */
  readonly packs?: Readonly<Record<string, RulePack>>;
  /** The day the report is written as of: later records are ignored. Default: the quarter's last day. */
  readonly asOf?: IsoDate;
  /** The work programmes to report on. Default: every programme in the store. */
  readonly workProgrammeIds?: readonly string[];
}

export interface StageMoves {
  readonly stage: SeasonStage;
  readonly moves: number;
}

export interface PipelineTally {
  readonly electionId?: string;
  /** Moves recorded with a day in the quarter. */
  readonly moves: number;
  /** Nominees with at least one such move. */
  readonly nominees: number;
  /** Stages entered, in SEASON_STAGES order, those with moves only. */
  readonly byStage: readonly StageMoves[];
}

export interface QuarterlyReport {
  readonly quarter: Quarter;
  readonly asOf: IsoDate;
  readonly electionId?: string;
  readonly vetting: VettingTally;
  readonly proposals: ProgrammeProgress;
  readonly pipeline: PipelineTally;
  /** Present when an election and the packs were given. */
  readonly deadlines?: DeadlineReport;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function readVetting(store: StoreSession, q: Quarter, asOf: IsoDate): Promise<VettingTally> {
  const tally = vettingTallier(q);
  for await (const c of store.vettingCases.iterate({ where: { status: 'concluded' } })) {
    if (c.closedOn !== undefined && c.closedOn <= asOf) tally.add(c);
  }
  return tally.result();
}

async function readProposals(store: StoreSession, q: Quarter, options: QuarterlyReportOptions): Promise<ProgrammeProgress> {
  const programmes =
    options.workProgrammeIds?.map((id) => ({ id })) ?? (await store.workProgrammes.list()).map((p) => ({ id: p.id }));
  // Proposals are few (tens a year); reading them whole keeps the day filters in one place.
  const proposals: Proposal[] = await collect(store.proposals.iterate());
  return programmeProgress({ programmes, proposals }, q);
}

interface Scope {
  readonly bodyKinds: ReadonlyMap<string, BodyKind>;
  readonly bodyIds?: readonly string[];
}

async function readScope(store: StoreSession, electionId: string | undefined): Promise<Scope> {
  const bodies = await store.bodies.list(electionId === undefined ? {} : { where: { electionId } });
  const bodyKinds = new Map(bodies.map((b) => [b.id, b.kind] as const));
  return electionId === undefined ? { bodyKinds } : { bodyKinds, bodyIds: [...bodyKinds.keys()] };
}

async function readPacks(store: StoreSession, options: QuarterlyReportOptions, q: Quarter) {
  if (options.electionId === undefined) return undefined;
  const election = await store.elections.get(options.electionId);
  if (election === undefined) {
    throw new ConfigError(
      {
        en: `quarterlyReport: election "${options.electionId}" is not in the store`,
        vi: `quarterlyReport: không có cuộc bầu cử "${options.electionId}" trong kho dữ liệu`,
      },
      { details: { electionId: options.electionId } },
    );
  }
  if (options.packs === undefined) return undefined;
  const pack = options.packs[election.rulePack];
  if (pack === undefined) {
    throw new ConfigError(
      {
        en: `quarterlyReport: election "${election.id}" uses rule pack "${election.rulePack}", which is not among the packs given (${Object.keys(options.packs).join(', ') || 'none'})`,
        vi: `quarterlyReport: cuộc bầu cử "${election.id}" dùng bộ quy tắc "${election.rulePack}", không có trong các bộ quy tắc được truyền vào (${Object.keys(options.packs).join(', ') || 'không có'})`,
      },
      { details: { electionId: election.id, rulePack: election.rulePack } },
    );
  }
  const milestones = milestonesInQuarter(computeCalendar(pack, election.electionDay).milestones, q);
  return { election, pack, milestones };
}

export async function quarterlyReport(options: QuarterlyReportOptions): Promise<QuarterlyReport> {
  const q = toQuarter(options.quarter);
  const asOf = options.asOf ?? q.end;
  if (!isIsoDate(asOf)) {
    throw new ConfigError(
      { en: `quarterlyReport: asOf must be a date written YYYY-MM-DD, got "${asOf}"`, vi: `quarterlyReport: asOf phải là ngày dạng YYYY-MM-DD, nhận được "${asOf}"` },
      { details: { asOf } },
    );
  }
  const { store } = options;
  const calendar = await readPacks(store, options, q);
  const vetting = await readVetting(store, q, asOf);
  const proposals = await readProposals(store, q, options);
  const scope = await readScope(store, options.electionId);

  const stageMoves = new Map<SeasonStage, number>();
  let moves = 0;
  let nominees = 0;
  const tracked = (calendar?.milestones ?? []).filter((m) => MILESTONE_EVIDENCE[m.id] !== undefined);
  const evidenceDays = new Map<string, IsoDate[]>(tracked.map((m) => [m.id, []]));
  const concerned = new Set<string>();
  const noBodies = scope.bodyIds !== undefined && scope.bodyIds.length === 0;
  const nomineeQuery = scope.bodyIds === undefined ? {} : { where: { bodyId: scope.bodyIds } };
  if (!noBodies) {
    for await (const nominee of store.nominees.iterate(nomineeQuery)) {
      const who = { bodyKind: scope.bodyKinds.get(nominee.nomination.bodyId), origin: nominee.nomination.origin };
      let moved = false;
      for (const m of tracked) if (nomineeConcerned(MILESTONE_EVIDENCE[m.id]!, who)) concerned.add(m.id);
      for (const move of nominee.nomination.history ?? []) {
        if (move.on > asOf) continue;
        if (inQuarter(move.on, q)) {
          stageMoves.set(move.to, (stageMoves.get(move.to) ?? 0) + 1);
          moves += 1;
          moved = true;
        }
        for (const m of tracked) {
          if (evidenceMatches(MILESTONE_EVIDENCE[m.id]!, move, who)) evidenceDays.get(m.id)!.push(move.on);
        }
      }
      if (moved) nominees += 1;
    }
  }
  const pipeline: PipelineTally = {
    ...(options.electionId === undefined ? {} : { electionId: options.electionId }),
    moves,
    nominees,
    byStage: SEASON_STAGES.flatMap((stage) => {
      const n = stageMoves.get(stage) ?? 0;
      return n === 0 ? [] : [{ stage, moves: n }];
    }),
  };

  let deadlines: DeadlineReport | undefined;
  if (calendar !== undefined) {
    const items = calendar.milestones.map((m) => judgeMilestone(m, concerned.has(m.id) ? evidenceDays.get(m.id) : undefined, asOf));
    const count = (status: string) => items.filter((i) => i.status === status).length;
    deadlines = {
      electionId: calendar.election.id,
      pack: calendar.pack.id,
      electionDay: calendar.election.electionDay,
      asOf,
      items,
      met: count('met'),
      missed: count('missed'),
      pending: count('pending'),
      notTracked: count('not-tracked'),
    };
  }
  return {
    quarter: q,
    asOf,
    ...(options.electionId === undefined ? {} : { electionId: options.electionId }),
    vetting,
    proposals,
    pipeline,
    ...(deadlines === undefined ? {} : { deadlines }),
  };
}
