/**
 * Referential integrity of a dataset, reported as data. Problems here make a dataset meaningless to the
 * rules (a nominee pointing at a missing constituency cannot be counted anywhere), so importers and stores
 * run this before anything else; the legal checks live in the rule packs.
 */
import { personKey } from '../derived/person';
import type { CollectionName, Dataset } from './dataset';
import { ENTITY_NAMES } from './dataset';
import type { LocalizedText } from './primitives';

export const INTEGRITY_PROBLEM_CODES = [
  'duplicate-id',
  'dangling-reference',
  'constituency-body-mismatch',
  'nominee-in-two-na-constituencies',
  'duplicate-nomination',
  'seats-total-mismatch',
] as const;
export type IntegrityProblemCode = (typeof INTEGRITY_PROBLEM_CODES)[number];

/** One integrity problem: which entity, which field, what it points at, in both languages. */
export interface IntegrityProblem {
  readonly code: IntegrityProblemCode;
  readonly collection: CollectionName;
  readonly id: string;
  /** Dotted path of the field, e.g. "nomination.constituencyId" or "coveredUnitIds.2". */
  readonly field: string;
  readonly value?: unknown;
  /** The other entities involved (the duplicate, the second constituency...). */
  readonly related?: readonly { readonly collection: CollectionName; readonly id: string }[];
  readonly message: LocalizedText;
}

interface Ref {
  readonly field: string;
  readonly value: string | undefined;
  readonly target: CollectionName;
}

/** The references each entity holds, listed once so checks and docs cannot drift apart. */
function referencesOf(dataset: Dataset): Iterable<{ collection: CollectionName; id: string; refs: Ref[] }> {
  const out: { collection: CollectionName; id: string; refs: Ref[] }[] = [];
  for (const b of dataset.bodies) {
    out.push({
      collection: 'bodies',
      id: b.id,
      refs: [
        { field: 'electionId', value: b.electionId, target: 'elections' },
        { field: 'unitId', value: b.unitId, target: 'administrativeUnits' },
      ],
    });
  }
  for (const u of dataset.administrativeUnits) {
    out.push({
      collection: 'administrativeUnits',
      id: u.id,
      refs: [{ field: 'parentId', value: u.parentId, target: 'administrativeUnits' }],
    });
  }
  for (const c of dataset.constituencies) {
    out.push({
      collection: 'constituencies',
      id: c.id,
      refs: [
        { field: 'bodyId', value: c.bodyId, target: 'bodies' },
        { field: 'unitId', value: c.unitId, target: 'administrativeUnits' },
        ...c.coveredUnitIds.map((value, i) => ({
          field: `coveredUnitIds.${i}`,
          value,
          target: 'administrativeUnits' as const,
        })),
      ],
    });
  }
  for (const o of dataset.nominatingOrganizations) {
    out.push({
      collection: 'nominatingOrganizations',
      id: o.id,
      refs: [
        { field: 'unitId', value: o.unitId, target: 'administrativeUnits' },
        { field: 'parentId', value: o.parentId, target: 'nominatingOrganizations' },
      ],
    });
  }
  for (const n of dataset.nominees) {
    out.push({
      collection: 'nominees',
      id: n.id,
      refs: [
        { field: 'nomination.bodyId', value: n.nomination.bodyId, target: 'bodies' },
        { field: 'nomination.organizationId', value: n.nomination.organizationId, target: 'nominatingOrganizations' },
        { field: 'nomination.constituencyId', value: n.nomination.constituencyId, target: 'constituencies' },
        { field: 'person.residenceUnitId', value: n.person.residenceUnitId, target: 'administrativeUnits' },
        { field: 'person.workplaceUnitId', value: n.person.workplaceUnitId, target: 'administrativeUnits' },
      ],
    });
  }
  for (const p of dataset.structurePlans) {
    out.push({
      collection: 'structurePlans',
      id: p.id,
      refs: [
        { field: 'bodyId', value: p.bodyId, target: 'bodies' },
        ...p.allocations.flatMap((a, i) => [
          { field: `allocations.${i}.organizationId`, value: a.organizationId, target: 'nominatingOrganizations' as const },
          { field: `allocations.${i}.unitId`, value: a.unitId, target: 'administrativeUnits' as const },
        ]),
        ...p.quotas.flatMap((q, i) => [
          { field: `quotas.${i}.organizationId`, value: q.organizationId, target: 'nominatingOrganizations' as const },
          { field: `quotas.${i}.unitId`, value: q.unitId, target: 'administrativeUnits' as const },
        ]),
      ],
    });
  }
  for (const r of dataset.consultationRounds) {
    out.push({
      collection: 'consultationRounds',
      id: r.id,
      refs: [
        { field: 'bodyId', value: r.bodyId, target: 'bodies' },
        { field: 'unitId', value: r.unitId, target: 'administrativeUnits' },
        ...r.allocations.flatMap((a, i) => [
          { field: `allocations.${i}.organizationId`, value: a.organizationId, target: 'nominatingOrganizations' as const },
          { field: `allocations.${i}.unitId`, value: a.unitId, target: 'administrativeUnits' as const },
        ]),
        ...r.nomineeIds.map((value, i) => ({ field: `nomineeIds.${i}`, value, target: 'nominees' as const })),
      ],
    });
  }
  for (const v of dataset.vettingCases) {
    out.push({
      collection: 'vettingCases',
      id: v.id,
      refs: [{ field: 'nomineeId', value: v.nomineeId, target: 'nominees' }],
    });
  }
  for (const p of dataset.proposals) {
    out.push({
      collection: 'proposals',
      id: p.id,
      refs: [{ field: 'workProgrammeId', value: p.workProgrammeId, target: 'workProgrammes' }],
    });
  }
  return out;
}

/**
 * Checks referential integrity and returns every problem found, sorted (collection, id, field, code) so the
 * same dataset in any row order gives the same list. An empty list means the dataset hangs together.
 */
export function checkDataset(dataset: Dataset): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const ids = new Map<CollectionName, Set<string>>();

  for (const collection of Object.keys(ENTITY_NAMES) as CollectionName[]) {
    const seen = new Set<string>();
    for (const entity of dataset[collection] as readonly { id: string }[]) {
      if (seen.has(entity.id)) {
        problems.push({
          code: 'duplicate-id',
          collection,
          id: entity.id,
          field: 'id',
          value: entity.id,
          message: {
            en: `${ENTITY_NAMES[collection]} id "${entity.id}" is used more than once`,
            vi: `Mã ${ENTITY_NAMES[collection]} "${entity.id}" bị trùng`,
          },
        });
      }
      seen.add(entity.id);
    }
    ids.set(collection, seen);
  }

  for (const { collection, id, refs } of referencesOf(dataset)) {
    for (const ref of refs) {
      if (ref.value === undefined || ids.get(ref.target)?.has(ref.value)) continue;
      problems.push({
        code: 'dangling-reference',
        collection,
        id,
        field: ref.field,
        value: ref.value,
        message: {
          en: `${ENTITY_NAMES[collection]} "${id}": ${ref.field} points to ${ENTITY_NAMES[ref.target]} "${ref.value}", which does not exist`,
          vi: `${ENTITY_NAMES[collection]} "${id}": trường ${ref.field} trỏ tới ${ENTITY_NAMES[ref.target]} "${ref.value}" không tồn tại`,
        },
      });
    }
  }

  problems.push(...checkNominations(dataset), ...checkSeatTotals(dataset));
  return problems.sort(compareProblems);
}

function checkNominations(dataset: Dataset): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const constituencies = new Map(dataset.constituencies.map((c) => [c.id, c]));
  const bodies = new Map(dataset.bodies.map((b) => [b.id, b]));
  // person + body → the nominees of that person for that body (only active nominations count)
  const byPersonAndBody = new Map<string, { id: string; constituencyId: string | undefined }[]>();

  for (const n of dataset.nominees) {
    const { constituencyId, bodyId } = n.nomination;
    const constituency = constituencyId === undefined ? undefined : constituencies.get(constituencyId);
    if (constituency !== undefined && constituency.bodyId !== bodyId) {
      problems.push({
        code: 'constituency-body-mismatch',
        collection: 'nominees',
        id: n.id,
        field: 'nomination.constituencyId',
        value: constituencyId,
        related: [{ collection: 'constituencies', id: constituency.id }],
        message: {
          en: `Nominee "${n.id}" is nominated for body "${bodyId}" but placed in constituency "${constituency.id}" of body "${constituency.bodyId}"`,
          vi: `Người được giới thiệu "${n.id}" ứng cử vào "${bodyId}" nhưng được xếp vào đơn vị bầu cử "${constituency.id}" thuộc "${constituency.bodyId}"`,
        },
      });
    }
    if (n.nomination.status !== 'active') continue;
    const key = `${personKey(n)}@${bodyId}`;
    const list = byPersonAndBody.get(key) ?? [];
    list.push({ id: n.id, constituencyId });
    byPersonAndBody.set(key, list);
  }

  for (const [key, list] of byPersonAndBody) {
    if (list.length < 2) continue;
    const bodyId = key.slice(key.lastIndexOf('@') + 1);
    const isNationalAssembly = bodies.get(bodyId)?.kind === 'national-assembly';
    const distinctConstituencies = new Set(list.map((x) => x.constituencyId).filter((c) => c !== undefined));
    const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const first = sorted[0]!;
    for (const other of sorted.slice(1)) {
      const twoConstituencies = isNationalAssembly && distinctConstituencies.size > 1;
      problems.push({
        code: twoConstituencies ? 'nominee-in-two-na-constituencies' : 'duplicate-nomination',
        collection: 'nominees',
        id: other.id,
        field: twoConstituencies ? 'nomination.constituencyId' : 'nomination.bodyId',
        value: twoConstituencies ? other.constituencyId : bodyId,
        related: [{ collection: 'nominees', id: first.id }],
        message: twoConstituencies
          ? {
              en: `Nominee "${other.id}" is the same person as "${first.id}" and stands in a second National Assembly constituency ("${other.constituencyId}" and "${first.constituencyId}"); Art. 57(5) allows one`,
              vi: `Người được giới thiệu "${other.id}" trùng với "${first.id}" và có tên ở đơn vị bầu cử đại biểu Quốc hội thứ hai ("${other.constituencyId}" và "${first.constituencyId}"); khoản 5 Điều 57 chỉ cho phép một đơn vị`,
            }
          : {
              en: `Nominee "${other.id}" is the same person as "${first.id}", nominated twice for body "${bodyId}"`,
              vi: `Người được giới thiệu "${other.id}" trùng với "${first.id}", được giới thiệu hai lần vào "${bodyId}"`,
            },
      });
    }
  }
  return problems;
}

function checkSeatTotals(dataset: Dataset): IntegrityProblem[] {
  const seats = new Map<string, number>();
  for (const c of dataset.constituencies) seats.set(c.bodyId, (seats.get(c.bodyId) ?? 0) + c.seats);
  const problems: IntegrityProblem[] = [];
  for (const body of dataset.bodies) {
    const sum = seats.get(body.id);
    // A body with no constituencies yet (planning stage) has nothing to add up.
    if (sum === undefined || sum === body.totalSeats) continue;
    problems.push({
      code: 'seats-total-mismatch',
      collection: 'bodies',
      id: body.id,
      field: 'totalSeats',
      value: body.totalSeats,
      message: {
        en: `Body "${body.id}" has ${body.totalSeats} seats but its constituencies add up to ${sum}`,
        vi: `"${body.id}" có ${body.totalSeats} đại biểu nhưng tổng số đại biểu của các đơn vị bầu cử là ${sum}`,
      },
    });
  }
  return problems;
}

function compareProblems(a: IntegrityProblem, b: IntegrityProblem): number {
  return (
    cmp(a.collection, b.collection) || cmp(a.id, b.id) || cmp(a.field, b.field) || cmp(a.code, b.code)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
