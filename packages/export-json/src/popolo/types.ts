/**
 * The Popolo JSON this package writes (https://www.popoloproject.com/specs/): the standard properties it
 * fills, and on every object an `ungcu` extension property (Popolo allows extra properties) holding the model
 * fields Popolo has no slot for, so a document reads back to the same dataset. docs/export/json.md lists
 * what goes where.
 */
import type { Dataset } from '@ungcu/core';

/** The `ungcu` property of a Popolo object: which model entity it is, and the fields Popolo cannot hold. */
export interface PopoloExtension {
  readonly type: PopoloEntityType;
  readonly [field: string]: unknown;
}

export type PopoloEntityType =
  | 'election'
  | 'administrative-unit'
  | 'constituency'
  | 'body'
  | 'nominating-organization'
  | 'constituency-seats'
  | 'person'
  | 'nomination';

export interface PopoloOtherName {
  readonly name: string;
  readonly note?: string;
}

export interface PopoloPerson {
  readonly id: string;
  readonly name: string;
  readonly family_name?: string;
  readonly given_name?: string;
  readonly additional_name?: string;
  readonly gender: string;
  readonly birth_date: string;
  readonly national_identity?: string;
  readonly other_names?: readonly PopoloOtherName[];
  readonly ungcu: PopoloExtension;
}

export interface PopoloOrganization {
  readonly id: string;
  readonly name: string;
  readonly classification: string;
  readonly parent_id?: string;
  readonly area_id?: string;
  readonly ungcu: PopoloExtension;
}

export interface PopoloArea {
  readonly id: string;
  readonly name: string;
  readonly identifier?: string;
  readonly classification: string;
  readonly parent_id?: string;
  readonly ungcu: PopoloExtension;
}

export interface PopoloPost {
  readonly id: string;
  readonly label: string;
  readonly role: string;
  readonly organization_id: string;
  readonly area_id: string;
  readonly ungcu: PopoloExtension;
}

export interface PopoloMembership {
  readonly id: string;
  readonly label?: string;
  readonly role: string;
  readonly person_id: string;
  readonly organization_id: string;
  readonly post_id?: string;
  readonly area_id?: string;
  readonly on_behalf_of_id?: string;
  readonly ungcu: PopoloExtension;
}

export interface PopoloEvent {
  readonly id: string;
  readonly name: string;
  readonly classification: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly ungcu: PopoloExtension;
}

/** The collections of the model Popolo has no class for, kept whole in the document's `ungcu` property. */
export interface PopoloDocumentExtension {
  readonly formatVersion: number;
  readonly structurePlans: Dataset['structurePlans'];
  readonly consultationRounds: Dataset['consultationRounds'];
  readonly vettingCases: Dataset['vettingCases'];
  readonly workProgrammes: Dataset['workProgrammes'];
  readonly proposals: Dataset['proposals'];
}

/** A Popolo JSON document as `popoloExporter()` writes it and `toPopolo()` returns it. */
export interface PopoloDocument {
  readonly persons: readonly PopoloPerson[];
  readonly organizations: readonly PopoloOrganization[];
  readonly memberships: readonly PopoloMembership[];
  readonly posts: readonly PopoloPost[];
  readonly areas: readonly PopoloArea[];
  readonly events: readonly PopoloEvent[];
  readonly ungcu: PopoloDocumentExtension;
}
