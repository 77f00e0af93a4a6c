/**
 * The incremental validator: keeps the indexed dataset and the findings per target, and on each change
 * re-checks only the targets the change can affect (the nominee, its person's other nominations, its
 * constituency, unit, body and election). Changes to elections, bodies or units re-run everything: they are
 * rare, and everything below them depends on them.
 */
import type { Constituency } from '../model/constituency';
import type { CollectionName, Dataset, EntityOf } from '../model/dataset';
import type { Nominee } from '../model/nominee';
import { notCheckedOf } from './coverage';
import { buildReport, compareFindings, resolveRules, RuleRunner, targetKey } from './engine';
import { EditableIndex } from './editable-index';
import { ReadOnlyIndex } from './read-only-index';
import type { Finding, Report, ValidateOptions } from './types';

/**
 * One edit: insert or replace an entity, or remove one by id. An upsert is typed per collection, so
 * `{ collection: 'bodies', entity: <an Election> }` does not compile.
 */
export type DatasetChange =
  | { [C in CollectionName]: { readonly type: 'upsert'; readonly collection: C; readonly entity: EntityOf<C> } }[CollectionName]
  | { readonly type: 'remove'; readonly collection: CollectionName; readonly id: string };

export interface ChangeResult {
  /** Findings present after the change and not before, in report order. */
  readonly appeared: readonly Finding[];
  /** Findings present before the change and not after. */
  readonly disappeared: readonly Finding[];
}

export interface IncrementalValidator {
  apply(change: DatasetChange): ChangeResult;
  /** The report of the current dataset, equal to validate(validator.dataset(), options). */
  report(): Report;
  dataset(): Dataset;
}

function findingKey(f: Finding): string {
  return JSON.stringify([f.ruleId, f.severity, f.messageId, f.target, f.data]);
}

/** Multiset difference: findings of `after` not matched one-to-one in `before`. */
function difference(after: readonly Finding[], before: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of before) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of after) {
    const key = findingKey(f);
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else out.push(f);
  }
  return out;
}

export function createValidator(initial: Dataset, options: ValidateOptions): IncrementalValidator {
  const resolved = resolveRules(options);
  const locale = options.locale ?? 'vi';
  let state: EditableIndex;
  let runner: RuleRunner;
  const byTarget = new Map<string, Finding[]>();

  function rebuild(dataset: Dataset): void {
    // The full run goes on the one-pass read-only index (as fast as validate()); the edits that follow go
    // on an editable index that takes its rows and groups over.
    const index = new ReadOnlyIndex(dataset, { settings: resolved.settings, stage: options.stage, asOf: options.asOf });
    byTarget.clear();
    new RuleRunner(index, resolved, locale, options.coverage).runAll((key, findings) => byTarget.set(key, findings));
    state = EditableIndex.from(index);
    runner = new RuleRunner(state, resolved, locale, options.coverage);
  }
  rebuild(initial);

  function allFindings(): Finding[] {
    return [...byTarget.values()].flat().sort(compareFindings);
  }

  /** Targets whose findings may change when this nominee (as it is now) is added or removed. */
  function nomineeNeighbourhood(n: Nominee, keys: Set<string>): void {
    keys.add(targetKey('nominee', n.id));
    const body = state.bodies.get(n.nomination.bodyId);
    if (body !== undefined) {
      keys.add(targetKey('body', body.id));
      keys.add(targetKey('election', body.electionId));
    }
    const cid = n.nomination.constituencyId;
    if (cid !== undefined) {
      keys.add(targetKey('constituency', cid));
      const c = state.constituency(cid);
      if (c?.unitId !== undefined) keys.add(targetKey('unit', c.unitId, c.bodyId));
    }
    // Rules on a person (one NA constituency, council levels) report on each of the person's nominations.
    for (const id of state.nominationIdsOfPerson(n)) keys.add(targetKey('nominee', id));
  }

  function constituencyNeighbourhood(c: Constituency, keys: Set<string>): void {
    keys.add(targetKey('constituency', c.id));
    keys.add(targetKey('body', c.bodyId));
    const body = state.bodies.get(c.bodyId);
    if (body !== undefined) keys.add(targetKey('election', body.electionId));
    if (c.unitId !== undefined) keys.add(targetKey('unit', c.unitId, c.bodyId));
    // Its nominees, and their persons' other nominations: a message may name this constituency.
    for (const n of state.nomineesIn(c.id)) {
      for (const id of state.nominationIdsOfPerson(n)) keys.add(targetKey('nominee', id));
    }
  }

  function recheck(keys: Set<string>): ChangeResult {
    const before: Finding[] = [];
    const after: Finding[] = [];
    for (const key of keys) {
      const old = byTarget.get(key);
      if (old !== undefined) before.push(...old);
      const next = runner.runKey(key);
      if (next.length > 0) byTarget.set(key, next);
      else byTarget.delete(key);
      after.push(...next);
    }
    return {
      appeared: difference(after, before).sort(compareFindings),
      disappeared: difference(before, after).sort(compareFindings),
    };
  }

  function apply(change: DatasetChange): ChangeResult {
    const keys = new Set<string>();
    if (change.collection === 'nominees') {
      const id = change.type === 'upsert' ? change.entity.id : change.id;
      const old = state.nominee(id);
      if (old !== undefined) nomineeNeighbourhood(old, keys);
      if (change.type === 'upsert') state.upsertNominee(change.entity as Nominee);
      else state.removeNominee(id);
      const next = state.nominee(id);
      if (next !== undefined) nomineeNeighbourhood(next, keys);
      return recheck(keys);
    }
    if (change.collection === 'constituencies') {
      const id = change.type === 'upsert' ? change.entity.id : change.id;
      const old = state.constituency(id);
      if (old !== undefined) constituencyNeighbourhood(old, keys);
      state.setConstituency(id, change.type === 'upsert' ? (change.entity as Constituency) : undefined);
      const next = state.constituency(id);
      if (next !== undefined) constituencyNeighbourhood(next, keys);
      // Nominees pointing at a constituency that was missing (or is now gone) change rows too.
      for (const n of state.nomineesIn(id)) keys.add(targetKey('nominee', n.id));
      return recheck(keys);
    }
    // Elections, bodies, units and the collections the rules do not read: rebuild and diff everything.
    const before = allFindings();
    const dataset = state.toDataset();
    const collection = dataset[change.collection] as { id: string }[];
    const id = change.type === 'upsert' ? change.entity.id : change.id;
    const kept = collection.filter((e) => e.id !== id);
    const next = change.type === 'upsert' ? [...kept, change.entity] : kept;
    rebuild({ ...dataset, [change.collection]: next });
    const after = allFindings();
    return {
      appeared: difference(after, before).sort(compareFindings),
      disappeared: difference(before, after).sort(compareFindings),
    };
  }

  return {
    apply,
    dataset: () => state.toDataset(),
    report(): Report {
      return buildReport(allFindings(), state.allRows(), options, locale, notCheckedOf(state, resolved.active, options, locale));
    },
  };
}
