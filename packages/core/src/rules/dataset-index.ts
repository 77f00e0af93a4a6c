/**
 * The one read interface of the rule engine: what the rule runner and every check's context read of the
 * dataset being validated. Two indexes implement it: ReadOnlyIndex, built in one pass for validate(), and
 * EditableIndex, which the incremental validator updates edit by edit. The runner cannot tell them apart,
 * so a finding comes out of the same code whichever one it ran on (incremental = full).
 */
import type { Composition, CompositionRow } from './composition';
import type { Constituency } from '../model/constituency';
import type { Body, Election } from '../model/election';
import type { Nominee, NomineeStage } from '../model/nominee';
import type { IsoDate } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import type { CompositionSettings, NomineeOrder } from './types';

export interface IndexOptions {
  readonly settings: CompositionSettings;
  /** Count only nominees at this stage. */
  readonly stage: NomineeStage | undefined;
  /** The date ages are counted on, instead of each election's day. */
  readonly asOf: IsoDate | undefined;
}

export interface DatasetIndex {
  readonly options: IndexOptions;
  /** One entity per id (the smallest row when an id repeats, so row order never matters). */
  readonly elections: ReadonlyMap<string, Election>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly units: ReadonlyMap<string, AdministrativeUnit>;
  /** The composition rows by compositionKey. */
  readonly rows: Composition;
  /** Active, at the stage validated, and of a body that exists. */
  isCounted(n: Nominee): boolean;
  constituency(id: string): Constituency | undefined;
  nominee(id: string): Nominee | undefined;
  /** Every constituency whose body exists, with that body. */
  forEachConstituency(visit: (c: Constituency, body: Body) => void): void;
  /** Every counted nominee with its body. */
  forEachCountedNominee(visit: (n: Nominee, body: Body) => void): void;
  /** The date ages are counted on for a body: asOf, else its election day. */
  ageDate(bodyId: string): IsoDate | undefined;
  /** Age on the nominee's body's ageDate. */
  ageOf(n: Nominee): number | undefined;
  /** Age on the election day itself, whatever asOf says. */
  ageOnElectionDay(n: Nominee): number | undefined;
  /** How many counted nominees name a constituency: nomineesIn(id).length without sorting them. */
  countIn(constituencyId: string): number;
  /** Counted nominees of a constituency, in id order unless any order will do. */
  nomineesIn(constituencyId: string, order?: NomineeOrder): readonly Nominee[];
  /** Counted nominees of a body, in id order unless any order will do. */
  nomineesOfBody(bodyId: string, order?: NomineeOrder): readonly Nominee[];
  /** Every counted nomination of the nominee's person, this one included, in id order ([n] when not counted). */
  nominationsOf(n: Nominee): readonly Nominee[];
  /** nominationsOf(n).length without building the list. */
  countNominationsOf(n: Nominee): number;
  /** Every composition row, unsorted. */
  allRows(): CompositionRow[];
  /** The unit rows (one per body and unit), for the checks of unit scope. */
  unitRows(): CompositionRow[];
}
