import * as z from 'zod/mini';
import { object } from './object';
import { ConsultationRound, Proposal, VettingCase, WorkProgramme } from './process';
import { Constituency } from './constituency';
import { Body, Election } from './election';
import { Nominee } from './nominee';
import { NominatingOrganization } from './organization';
import { StructurePlan } from './structure-plan';
import { AdministrativeUnit } from './unit';

/**
 * Every entity collection of the model, by collection name. Storage adapters create one table per entry,
 * importers fill them, and `Dataset` is the bundle of all of them.
 */
export const ENTITY_SCHEMAS = {
  elections: Election,
  bodies: Body,
  administrativeUnits: AdministrativeUnit,
  constituencies: Constituency,
  nominatingOrganizations: NominatingOrganization,
  nominees: Nominee,
  structurePlans: StructurePlan,
  consultationRounds: ConsultationRound,
  vettingCases: VettingCase,
  workProgrammes: WorkProgramme,
  proposals: Proposal,
} as const;

export type CollectionName = keyof typeof ENTITY_SCHEMAS;
export const COLLECTION_NAMES = Object.keys(ENTITY_SCHEMAS) as CollectionName[];

/** The entity type stored in a collection. */
export type EntityOf<C extends CollectionName> = z.infer<(typeof ENTITY_SCHEMAS)[C]>;

/** Entity names as they appear in the JSON Schema and in messages. */
export const ENTITY_NAMES: Readonly<Record<CollectionName, string>> = {
  elections: 'Election',
  bodies: 'Body',
  administrativeUnits: 'AdministrativeUnit',
  constituencies: 'Constituency',
  nominatingOrganizations: 'NominatingOrganization',
  nominees: 'Nominee',
  structurePlans: 'StructurePlan',
  consultationRounds: 'ConsultationRound',
  vettingCases: 'VettingCase',
  workProgrammes: 'WorkProgramme',
  proposals: 'Proposal',
};

/** The bundle an importer produces, a store loads and validate() reads. Every collection defaults to []. */
export const Dataset = object({
  elections: z._default(z.array(Election), []),
  bodies: z._default(z.array(Body), []),
  administrativeUnits: z._default(z.array(AdministrativeUnit), []),
  constituencies: z._default(z.array(Constituency), []),
  nominatingOrganizations: z._default(z.array(NominatingOrganization), []),
  nominees: z._default(z.array(Nominee), []),
  structurePlans: z._default(z.array(StructurePlan), []),
  consultationRounds: z._default(z.array(ConsultationRound), []),
  vettingCases: z._default(z.array(VettingCase), []),
  workProgrammes: z._default(z.array(WorkProgramme), []),
  proposals: z._default(z.array(Proposal), []),
});
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;

/** An empty dataset, every collection present. */
export function emptyDataset(): Dataset {
  return Dataset.parse({});
}
