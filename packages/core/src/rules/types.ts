/**
 * The vocabulary of the rule engine: rules, packs, findings and reports. The shapes follow ESLint's rule
 * `meta` (id, docs, messages with placeholders, an options schema with defaults) and zod's issues (findings
 * are data; their text is rendered from the rule's message catalogue in the caller's locale).
 */
import type { z } from 'zod';
import type { BodyKind, Election, Body } from '../model/election';
import type { Constituency } from '../model/constituency';
import type { Nominee, NomineeStage } from '../model/nominee';
import type { IsoDate, LegalReference } from '../model/primitives';
import type { AdministrativeUnit } from '../model/unit';
import type { ImportElection } from '../export/ports';
import type { Composition, CompositionRow, CompositionScope } from './composition';
import type { MessageData } from './message-syntax';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** error: the law; warning: a target set by a resolution or guidance; info: figures worth seeing. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a rule looks at, and what a finding points to. */
export type Scope = 'election' | 'body' | 'unit' | 'constituency' | 'nominee';
export const SCOPES: readonly Scope[] = ['election', 'body', 'unit', 'constituency', 'nominee'];

/** A message in both languages; its placeholders (message-syntax.ts) are filled from the finding's data. */
export interface LocalizedMessage {
  readonly vi: string;
  readonly en: string;
}

/** Primitive values a finding carries: numbers, ids and names, never rendered text. */
export type FindingValue = string | number | boolean;
export type FindingData = Readonly<Record<string, FindingValue>>;

/** The thing a finding is about. For a `unit` target, `bodyId` says which body's list in that unit. */
export interface FindingTarget {
  readonly kind: Scope;
  readonly id: string;
  readonly name?: string;
  readonly bodyId?: string;
}

/** One finding: raw data plus the text rendered in the requested locale. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Key of the message in the rule's catalogue. */
  readonly messageId: string;
  readonly target: FindingTarget;
  /** The numbers and names behind the message: actual, required, shortfall, total, seats... */
  readonly data: FindingData;
  readonly message: string;
  /** What would fix it ("add at least 2 women to the list"), when the rule can tell. */
  readonly fix?: string;
  readonly sources: readonly LegalReference[];
  readonly docsUrl?: string;
}

/** What a rule's check reports; the engine adds the rule id, severity, text and citation. */
export interface FindingInput {
  readonly messageId: string;
  readonly target: FindingTarget;
  readonly data?: FindingData;
  readonly fixId?: string;
  /** Lower the severity of this one finding, e.g. a warning where the data cannot tell. */
  readonly severity?: Severity;
}

/** A message catalogue: message (or fix) id → text in both languages. */
export type MessageCatalogue = Readonly<Record<string, LocalizedMessage>>;

/** A catalogue with no entries: the fixes of a rule that declares none. */
export type NoMessages = Readonly<Record<never, never>>;

/** `data`, required when the message has placeholders and optional when it has none. */
type DataField<D> = NoMessages extends D ? { readonly data?: D } : { readonly data: D };

interface FindingInputBase {
  readonly target: FindingTarget;
  /** Lower the severity of this one finding, e.g. a warning where the data cannot tell. */
  readonly severity?: Severity;
}

type WithFix<Fixes extends MessageCatalogue, D> =
  | (FindingInputBase & { readonly fixId?: never } & DataField<D>)
  | {
      [F in keyof Fixes & string]: FindingInputBase & { readonly fixId: F } & DataField<D & MessageData<Fixes[F]>>;
    }[keyof Fixes & string];

/**
 * What a rule with these catalogues may report: a `messageId` of its messages, a `fixId` of its fixes, and the
 * `data` both texts need (every placeholder, numbers where the format counts or formats one). A typo in an id
 * or a missing placeholder does not compile. Extra data is allowed: findings carry raw numbers for callers.
 */
export type FindingInputFor<Messages extends MessageCatalogue, Fixes extends MessageCatalogue = NoMessages> = {
  [M in keyof Messages & string]: { readonly messageId: M } & WithFix<Fixes, MessageData<Messages[M]>>;
}[keyof Messages & string];

/** The entity a rule of each scope is called with. */
export interface UnitTarget {
  readonly body: Body;
  readonly unit: AdministrativeUnit | undefined;
  readonly unitId: string;
  readonly row: CompositionRow;
}
export interface ScopeTargets {
  readonly election: Election;
  readonly body: Body;
  readonly unit: UnitTarget;
  readonly constituency: Constituency;
  readonly nominee: Nominee;
}

/** Settings the engine needs to count a list, shared by every rule of a pack. */
export interface CompositionSettings {
  /** "Young" means under this age on the reference date (2021: under 40). */
  readonly youngUnderAge: number;
  /**
   * The known number of seats of a body of each kind (the National Assembly: 500), by which a list holding
   * fewer is taken as part of the body's list (coverage.ts). Absent: each body's own `totalSeats`.
   */
  readonly bodySeats?: Readonly<Partial<Record<BodyKind, number>>>;
}

/**
 * Order of a list of nominees a check asks for. 'id' (the default) keeps checks deterministic whatever the
 * input's row order. 'any' is for checks whose outcome cannot depend on the order (counting, one finding per
 * nominee): it skips sorting, which on a national list costs more than the check.
 */
export type NomineeOrder = 'id' | 'any';

/** Read access to the dataset, its indexes and its composition, given to every check. */
export interface RuleContext<Options = unknown, Input = FindingInput> {
  readonly options: Options;
  readonly settings: CompositionSettings;
  readonly stage: NomineeStage | undefined;
  readonly composition: Composition;
  /**
   * The composition row of a list: `row('body', id)`, `row('unit', unitId, bodyId)`, `row('constituency', id)`,
   * `row('election', id)`; undefined when the list does not exist.
   */
  row(scope: CompositionScope, id: string, bodyId?: string): CompositionRow | undefined;
  /** The date ages are counted on for this body: `asOf`, else the election day. */
  ageDate(bodyId: string): IsoDate | undefined;
  /** Age on `ageDate` of the nominee's body, cached per date of birth. */
  ageOf(nominee: Nominee): number | undefined;
  /** Age on the election day itself, whatever `asOf` says (the law's age conditions), cached. */
  ageOnElectionDay(nominee: Nominee): number | undefined;
  election(id: string): Election | undefined;
  body(id: string): Body | undefined;
  unit(id: string | undefined): AdministrativeUnit | undefined;
  constituency(id: string | undefined): Constituency | undefined;
  /** The counted nominees (active, at the stage asked for) of a constituency, in id order unless `order` is 'any'. */
  nomineesIn(constituencyId: string, order?: NomineeOrder): readonly Nominee[];
  /** How many counted nominees a constituency has: nomineesIn(id).length, without building the ordered list. */
  countIn(constituencyId: string): number;
  /** The counted nominees of a body, in id order unless `order` is 'any'. */
  nomineesOfBody(bodyId: string, order?: NomineeOrder): readonly Nominee[];
  /** Every counted nomination of the same person (personKey), this one included, in id order. */
  nominationsOf(nominee: Nominee): readonly Nominee[];
  /** How many counted nominations the person has: nominationsOf(n).length without building the list. */
  countNominationsOf(nominee: Nominee): number;
  /** The nominee's body kind, or undefined when the body is missing. */
  bodyKindOf(nominee: Nominee): BodyKind | undefined;
  /** Display name of a target. */
  nameOf(kind: Scope, id: string): string | undefined;
  report(finding: Input): void;
}

/** The metadata every rule declares, ESLint style. */
export interface RuleMeta<Schema extends z.ZodType | undefined = z.ZodType | undefined> {
  /** Stable, kebab-case, pack-prefixed: `vn/na-women-share`. */
  readonly id: string;
  readonly title: LocalizedMessage;
  readonly description: LocalizedMessage;
  readonly severity: Severity;
  readonly scope: Scope;
  /** Body kinds it applies to; absent = all. */
  readonly bodyKinds?: readonly BodyKind[];
  /** Stages it applies to; absent = all. Ignored when validate() is called without a stage. */
  readonly stages?: readonly NomineeStage[];
  readonly sources: readonly LegalReference[];
  /** The legal text the rule encodes, quoted, for its docs page. */
  readonly legalText?: LocalizedMessage;
  /** Facts the docs must flag: values recalled rather than read, data the rule cannot see... */
  readonly notes?: readonly LocalizedMessage[];
  readonly messages: MessageCatalogue;
  readonly fixes?: MessageCatalogue;
  /** Options with defaults; `schema.parse({})` gives the defaults. */
  readonly options?: Schema;
  /** Off unless a pack or the caller turns it on (information rules). */
  readonly enabledByDefault?: boolean;
  /**
   * 'whole-body': the rule measures a body's whole list (a national share, a national total), so on data
   * holding part of that list its findings become information and the report lists it as not checked.
   * Only rules of 'body' scope use it. Absent: the rule means the same on any part of the data.
   */
  readonly measures?: RuleMeasure;
  readonly docsUrl?: string;
}

/** What a rule measures; see RuleMeta.measures. */
export type RuleMeasure = 'whole-body';

/** Whether the data holds a body's whole list or part of it (some provinces of the national list). */
export type CoverageKind = 'whole' | 'part';

/** The caller's word on coverage: one kind for every body, or a kind per body id (others inferred). */
export type CoverageDeclaration = CoverageKind | Readonly<Record<string, CoverageKind>>;

/** What the data holds of a body's list, and how that is known. */
export interface BodyCoverage {
  readonly kind: CoverageKind;
  /** 'declared' by the caller, or 'inferred' from the seats of the body's constituencies. */
  readonly source: 'declared' | 'inferred';
  /** Seats of the body's constituencies present in the data. */
  readonly seats: number;
  /** The body's known size: `settings.bodySeats` of its kind, else its `totalSeats`. */
  readonly knownSeats: number;
}

/** A whole-body rule the data could not check, and why. */
export interface NotChecked {
  readonly ruleId: string;
  readonly target: FindingTarget;
  readonly coverage: BodyCoverage & { readonly units: number };
  /** Rendered in the report's locale: what the rule measures and what the data holds. */
  readonly reason: string;
}

/** The options a check reads: the schema's output, or nothing for a rule without options. */
export type RuleOptions<Schema extends z.ZodType | undefined> = Schema extends z.ZodType
  ? z.output<Schema>
  : Readonly<Record<never, never>>;

export interface RuleDefinition<
  S extends Scope,
  Schema extends z.ZodType | undefined,
  Id extends string = string,
  Messages extends MessageCatalogue = MessageCatalogue,
  Fixes extends MessageCatalogue = NoMessages,
> extends RuleMeta<Schema> {
  readonly id: Id;
  readonly scope: S;
  readonly messages: Messages;
  readonly fixes?: Fixes;
  /** Called once per target of the rule's scope (filtered by body kind). */
  check(target: ScopeTargets[S], context: RuleContext<RuleOptions<Schema>, FindingInputFor<Messages, Fixes>>): void;
}

/**
 * A rule as packs and the engine hold it: its check erased, its id and options schema kept as types, so a
 * pack knows the settings each of its rules accepts.
 */
export interface Rule<Id extends string = string, Schema extends z.ZodType | undefined = z.ZodType | undefined>
  extends RuleMeta<Schema> {
  readonly id: Id;
  readonly check: (target: never, context: RuleContext<never>) => void;
}

/** Per-rule setting: 'off', 'on' (defaults), or options (which also turn the rule on). */
export type RuleSetting = 'off' | 'on' | Readonly<Record<string, unknown>>;
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** The setting one rule accepts: 'off', 'on', or its options (the schema's input: defaults may be left out). */
export type RuleSettingOf<R extends Rule> = SettingForSchema<NonNullable<R['options']>>;

type SettingForSchema<Schema> = [Schema] extends [never]
  ? 'off' | 'on' // a rule without options
  : z.ZodType extends Schema
    ? RuleSetting // a rule typed only as Rule: its options are not known to the compiler
    : Schema extends z.ZodType
      ? 'off' | 'on' | Readonly<z.input<Schema>>
      : never;

/**
 * Settings for the rules `R` (a union of rule types): only their ids, each with its own options. For packs
 * typed only as RulePack (loaded at run time) this is RuleSettings, and the engine checks ids and options.
 */
export type RuleSettingsFor<R extends Rule> = string extends R['id']
  ? RuleSettings
  : { readonly [Id in R['id']]?: RuleSettingOf<Extract<R, { readonly id: Id }>> };

/** A statutory step dated from election day. */
export type MilestoneBound = 'no-later-than' | 'no-earlier-than' | 'on' | 'window';

export interface Milestone {
  readonly id: string;
  readonly title: LocalizedMessage;
  /** Days from election day: negative before, positive after. For a window, its first day. */
  readonly offsetDays: number;
  readonly bound: MilestoneBound;
  /** For a window: the offset of its last day. */
  readonly endOffsetDays?: number;
  /** The body or committee that acts. */
  readonly concerns: LocalizedMessage;
  readonly sources: readonly LegalReference[];
  /** 'recalled' marks a day count not confirmed in an official text; it is a default to check. */
  readonly status: 'verified' | 'recalled';
  readonly notes?: LocalizedMessage;
}

/** The election-day rule and the steps of a law version. */
export interface CalendarSpec {
  /** 0 = Sunday (date-fns getDay). */
  readonly electionWeekday: number;
  readonly electionDaySources: readonly LegalReference[];
  readonly milestones: readonly Milestone[];
}

/**
 * A resolved pack: its own rules and those of the packs it extends, with settings merged. `R` is the union of
 * its rules' types, which types the per-rule settings of validate().
 */
export interface RulePack<R extends Rule = Rule> {
  readonly id: string;
  readonly title: LocalizedMessage;
  readonly description?: LocalizedMessage;
  /** Reference election this pack was written for (election day, body terms), used as CLI defaults. */
  readonly reference?: { readonly electionDay: IsoDate; readonly terms: Readonly<Partial<Record<BodyKind, string>>> };
  readonly rules: readonly R[];
  readonly ruleSettings: RuleSettings;
  /** Per-rule citations replacing the rule's own (a later resolution for the same rule). */
  readonly ruleSources: Readonly<Record<string, readonly LegalReference[]>>;
  readonly settings: CompositionSettings;
  readonly calendar?: CalendarSpec;
  readonly extends?: readonly string[];
  /**
   * The election a list checked under this pack belongs to, for importers: files of nominees say neither
   * their election day nor (the official list) the term. `day` defaults to the reference election's; the
   * National Assembly term comes from the reference. Throws one `ConfigError` for a day that is not a real
   * YYYY-MM-DD date, or when no day is given and the pack has no reference election.
   */
  election(day?: string): ImportElection;
}

export interface ValidateOptions<R extends Rule = Rule> {
  readonly packs: readonly RulePack<R>[];
  /**
   * Per-rule overrides, applied after the packs': `{ 'vn/na-women-share': { minShare: 0.4 } }` or 'off'. Typed
   * by the packs' rules: an unknown id or option does not compile (and throws a ConfigError at run time).
   */
  readonly rules?: NoInfer<RuleSettingsFor<R>>;
  readonly settings?: Partial<CompositionSettings>;
  /** Count only nominees at this stage, and run only rules that apply to it. */
  readonly stage?: NomineeStage;
  readonly locale?: Locale;
  /** Date ages are counted on (default: each election's day). */
  readonly asOf?: IsoDate;
  /**
   * What the data holds: 'whole' or 'part' of every body's list, or per body id. Absent (or a body not
   * named): inferred from the seats present against the body's known size (coverage.ts).
   */
  readonly coverage?: CoverageDeclaration;
}

export interface ReportSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface Report {
  readonly packs: readonly string[];
  readonly locale: Locale;
  readonly stage: NomineeStage | undefined;
  readonly summary: ReportSummary;
  /** Sorted: rule id, target kind, target id, message id, data. */
  readonly findings: readonly Finding[];
  /** Sorted: scope (election, body, unit, constituency), then id. */
  readonly composition: readonly CompositionRow[];
  /** Whole-body rules not checked because the data holds part of the body's list; sorted by rule, body. */
  readonly notChecked: readonly NotChecked[];
}
