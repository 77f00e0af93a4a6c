/**
 * A dataset's nominees as a pool, with the composition attributes the rule engine counts: the same derived
 * attributes (core's isEthnicMinority, isPartyMember, isIncumbent of the previous term, age under the pack's
 * young threshold on the election day), under the names of the model's quota attributes, so a StructurePlan's
 * quota "women" reads the attribute "women". A test checks the pool's counts against validate()'s rows.
 */
import { ageOn, type Body, type Dataset, type IsoDate, isEthnicMinority, isIncumbent, isPartyMember, type Nominee } from '@ungcu/core';
import { ConfigError } from '@ungcu/core/errors';
import { previousTerm, type RulePack } from '@ungcu/core/rules';
import type { AttributeValue, PoolMember } from './types';

export interface PoolOptions {
  readonly pack: RulePack;
  /** The body whose nominees form the pool; needed when the dataset has more than one. */
  readonly bodyId?: string;
  /** Date ages are counted on (default: the election day), as validate's asOf. */
  readonly asOf?: IsoDate;
}

export function bodyOf(dataset: Dataset, bodyId: string | undefined): Body {
  if (bodyId === undefined) {
    if (dataset.bodies.length === 1) return dataset.bodies[0]!;
    throw new ConfigError({
      vi: `Dữ liệu có ${dataset.bodies.length} cơ quan được bầu: hãy chỉ rõ bodyId`,
      en: `The dataset has ${dataset.bodies.length} bodies: pass a bodyId`,
    });
  }
  const body = dataset.bodies.find((b) => b.id === bodyId);
  if (body === undefined) {
    throw new ConfigError({ vi: `Không có cơ quan được bầu "${bodyId}" trong dữ liệu`, en: `No body "${bodyId}" in the dataset` });
  }
  return body;
}

/** The composition attributes of one nominee of `body`. */
export function attributesOf(n: Nominee, body: Body, ageDate: IsoDate | undefined, youngUnderAge: number): Record<string, AttributeValue> {
  const { person, nomination } = n;
  const term = previousTerm(body.term);
  const age = ageDate === undefined ? Number.NaN : ageOn(person, ageDate);
  return {
    gender: person.gender,
    women: person.gender === 'female',
    'ethnic-minority': isEthnicMinority(person.ethnicity) === true,
    'non-party': !isPartyMember(person),
    young: age < youngUnderAge,
    incumbent: term !== undefined && isIncumbent(person, term, body.kind),
    'self-nominated': nomination.origin === 'self',
    central: nomination.origin === 'central',
    local: nomination.origin === 'local',
    'full-time': nomination.fullTime === true,
    origin: nomination.origin,
    body: body.id,
  };
}

/** The active nominees of one body as plan pool members (ids are the nominees' ids). */
export function poolFromDataset(dataset: Dataset, options: PoolOptions): PoolMember[] {
  const body = bodyOf(dataset, options.bodyId);
  const election = dataset.elections.find((e) => e.id === body.electionId);
  const ageDate = options.asOf ?? election?.electionDay;
  const unitOf = new Map(dataset.constituencies.map((c) => [c.id, c.unitId]));
  const out: PoolMember[] = [];
  for (const n of dataset.nominees) {
    if (n.nomination.bodyId !== body.id || n.nomination.status !== 'active') continue;
    const cid = n.nomination.constituencyId;
    const unitId = cid === undefined ? undefined : unitOf.get(cid);
    out.push({
      id: n.id,
      attributes: attributesOf(n, body, ageDate, options.pack.settings.youngUnderAge),
      ...(cid === undefined ? {} : { constituencyId: cid }),
      ...(unitId === undefined ? {} : { unitId }),
      ...(n.nomination.organizationId === undefined ? {} : { organizationId: n.nomination.organizationId }),
    });
  }
  return out;
}
