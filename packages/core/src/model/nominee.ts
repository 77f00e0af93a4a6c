import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { BodyKind } from './election';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

export const GENDERS = ['male', 'female'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/** The five education columns of the official list (Trình độ học vấn). */
export const Education = object({
  general: described(z.optional(Text), 'Giáo dục phổ thông, e.g. "12/12"'),
  professional: described(z.optional(Text), 'Chuyên môn, nghiệp vụ'),
  academicTitle: described(z.optional(Text), 'Học hàm, học vị'),
  politicalTheory: described(z.optional(Text), 'Lý luận chính trị'),
  foreignLanguage: described(z.optional(Text), 'Ngoại ngữ'),
});
export type Education = z.infer<typeof Education>;

/** A term the person served as a deputy: "XIV" for the National Assembly, "2016-2021" for a council. */
export const Incumbency = object({
  bodyKind: BodyKind,
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  unitName: described(z.optional(Name), 'For council terms: the unit, e.g. "Tỉnh Nghệ An"'),
});
export type Incumbency = z.infer<typeof Incumbency>;

/**
 * Where a person works, as Party guidance on age reads it: the army (quân đội) and the police (công an) follow
 * their own service laws, officials (cán bộ, công chức, viên chức) the guidance, and others (businesses,
 * associations, religious bodies) are outside it.
 */
export const PERSON_SECTORS = ['army', 'police', 'official', 'other'] as const;
export const PersonSector = z.enum(PERSON_SECTORS);
export type PersonSector = z.infer<typeof PersonSector>;

/**
 * The grounds of Điều 37 on which a person may not stand, in the order of its clauses: deprived of the right
 * by a court, imprisoned or without full civil capacity (k1); accused (bị can, k2); serving a criminal judgment
 * (k3); a criminal record not yet expunged (k4); under a compulsory administrative measure (k5).
 */
export const EXCLUSION_GROUNDS = [
  'deprived-or-incapacitated',
  'accused',
  'serving-sentence',
  'criminal-record',
  'administrative-measure',
] as const;
export const ExclusionGround = z.enum(EXCLUSION_GROUNDS);
export type ExclusionGround = z.infer<typeof ExclusionGround>;

/** The person introduced to stand (người được giới thiệu ứng cử). */
export const Person = object({
  fullName: Name,
  alias: described(z.optional(Name), 'Tên gọi khác'),
  dateOfBirth: IsoDate,
  nationalId: described(z.optional(z.string().check(z.regex(/^\d{9}(?:\d{3})?$/u))), 'Số định danh cá nhân / CCCD (12 digits) or an old CMND (9); sensitive'),
  gender: Gender,
  nationality: z._default(Name, 'Việt Nam'),
  ethnicity: described(Name, 'As written; resolved against the 54 groups by isEthnicMinority()'),
  religion: described(z.optional(Text), 'Absent or "Không" for none'),
  hometown: described(z.optional(Text), 'Quê quán'),
  residence: described(z.optional(Text), 'Nơi ở hiện nay'),
  residenceUnitId: described(z.optional(Id), 'The administrative unit of the residence, when known'),
  workplaceUnitId: described(z.optional(Id), 'The administrative unit of the workplace, when known'),
  education: z._default(Education, {}),
  occupation: described(z.optional(Text), 'Nghề nghiệp, chức vụ'),
  workplace: described(z.optional(Text), 'Nơi công tác'),
  partyJoinDate: described(z._default(z.nullable(IsoDate), null), 'Ngày vào Đảng; null for a non-party person'),
  incumbencies: z._default(z.array(Incumbency), []),
  sector: described(
    z.optional(PersonSector),
    'Quân đội / công an / cán bộ, công chức, viên chức / khác; absent when the data does not say',
  ),
  centralCommitteeMember: described(
    z.optional(z.boolean()),
    'Ủy viên Ban Chấp hành Trung ương Đảng (full or alternate); absent when the data does not say',
  ),
  naStandingCommitteeMember: described(
    z.optional(z.boolean()),
    'Ủy viên Ủy ban Thường vụ Quốc hội; absent when the data does not say',
  ),
  exclusions: described(
    z.optional(z.array(ExclusionGround)),
    'Grounds of Điều 37 the person falls under (không được ứng cử); absent or empty for none known',
  ),
});
export type Person = z.infer<typeof Person>;

/**
 * Stages from introduction to the official list: proposed (introduced after the first consultation),
 * preliminary (second consultation), qualified (third consultation), official (published list).
 */
export const NOMINEE_STAGES = ['proposed', 'preliminary', 'qualified', 'official'] as const;
export const NomineeStage = z.enum(NOMINEE_STAGES);
export type NomineeStage = z.infer<typeof NomineeStage>;

export const NOMINATION_ORIGINS = ['central', 'local', 'self'] as const;
export const NominationOrigin = z.enum(NOMINATION_ORIGINS);
export type NominationOrigin = z.infer<typeof NominationOrigin>;

/**
 * Where a nomination stands in the season, finer than `stage`: the consultation stages, the voters'
 * conference (between the second and third consultations), the official list, the result, and the exits.
 * @ungcu/workflow derives it from `stage`, `status`, `voterConference` and `result`, and records each move.
 */
export const SEASON_STAGES = [
  'proposed',
  'preliminary',
  'voter-conference',
  'qualified',
  'official',
  'elected',
  'not-elected',
  'withdrawn',
  'removed',
  'not-qualified',
] as const;
export const SeasonStage = z.enum(SEASON_STAGES);
export type SeasonStage = z.infer<typeof SeasonStage>;

/** One move of a nomination through the season: from, to, when, who, in which consultation round, why. */
export const StageChange = object({
  from: SeasonStage,
  to: SeasonStage,
  on: IsoDate,
  by: described(Name, 'Who recorded the move (an account or a name)'),
  round: described(z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])), 'The consultation round (hiệp thương lần thứ)'),
  reason: z.optional(Text),
});
export type StageChange = z.infer<typeof StageChange>;

/** The voters' conference (hội nghị cử tri) at the nominee's workplace or residence (Điều 45, 54). */
export const VoterConference = object({
  heldOn: IsoDate,
  votersPresent: z.optional(z.int().check(z.nonnegative())),
  votersInFavour: described(z.optional(z.int().check(z.nonnegative())), 'Voters who expressed their confidence (tín nhiệm)'),
});
export type VoterConference = z.infer<typeof VoterConference>;

export const ELECTION_RESULTS = ['elected', 'not-elected'] as const;

/** Active, or off the list with a reason (withdrew, removed after publication under Art. 60, not qualified). */
export const NOMINATION_STATUSES = ['active', 'withdrawn', 'removed', 'not-qualified'] as const;

/**
 * A nominee taken off the official list after its publication (Điều 60: xóa tên; or a withdrawal the election
 * council accepted): when, on which article, by which decision. The nomination's status says removed or
 * withdrawn; counts use the nominees who stood.
 */
export const Removal = object({
  date: described(IsoDate, 'Day of the decision'),
  article: described(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))), 'Điều of the election law, e.g. "60"'),
  decision: described(z.optional(Text), 'e.g. "Nghị quyết 687/NQ-HĐBCQG"'),
  reason: z.optional(Text),
});
export type Removal = z.infer<typeof Removal>;

/** The election bodies of a constituency a nominee may not sit on (Điều 27). */
export const ELECTION_OFFICIAL_BODIES = ['election-board', 'polling-team'] as const;

/** A nominee who sits on the election board or a polling team of the constituency where they stand. */
export const OwnUnitElectionRole = object({
  body: described(z.enum(ELECTION_OFFICIAL_BODIES), 'Ban bầu cử / Tổ bầu cử'),
  leftOn: described(z.optional(IsoDate), 'The day the nominee left that body, if they did'),
});
export type OwnUnitElectionRole = z.infer<typeof OwnUnitElectionRole>;

/** The nomination: which body, by whom, where, and how far it has come. */
export const Nomination = object({
  bodyId: Id,
  origin: described(NominationOrigin, 'Trung ương / địa phương / tự ứng cử'),
  organizationId: z.optional(Id),
  constituencyId: z.optional(Id),
  stage: NomineeStage,
  status: z._default(z.enum(NOMINATION_STATUSES), 'active'),
  statusReason: z.optional(Text),
  listNumber: described(z.optional(z.int().check(z.positive())), 'STT on the published list'),
  fullTime: described(z.optional(z.boolean()), 'Expected to be a full-time deputy (đại biểu chuyên trách)'),
  removal: described(z.optional(Removal), 'Taken off the official list after publication (Điều 60)'),
  ownUnitElectionRole: described(
    z.optional(OwnUnitElectionRole),
    'Member of the Ban bầu cử or a Tổ bầu cử of the constituency where the nominee stands (Điều 27)',
  ),
  voterConference: described(z.optional(VoterConference), 'The voters’ conference that reviewed the nominee (hội nghị cử tri)'),
  result: described(z.optional(z.enum(ELECTION_RESULTS)), 'Trúng cử / không trúng cử'),
  history: described(z.optional(z.array(StageChange)), 'Each move through the season, oldest first'),
});
export type Nomination = z.infer<typeof Nomination>;

/**
 * Cells an importer kept as written because it could not fully read them, by the column's header as the layout
 * names it (e.g. "Là đại biểu HĐND"). The fields hold what could be read; this keeps the whole cell, so
 * nothing a file said is lost and an exporter can write the cell back as it was.
 */
export const SourceText = z.record(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), Text);
export type SourceText = z.infer<typeof SourceText>;

/**
 * One nomination of one person. A person standing for the National Assembly and a council has two
 * nominees with the same `personId`; without a `personId`, name and date of birth identify the person.
 */
export const Nominee = object({
  ...entityBase,
  personId: described(z.optional(Id), 'Stable identity of the person across nominations'),
  person: Person,
  nomination: Nomination,
  sourceText: described(
    z.optional(SourceText),
    'Cells kept as written because they could not be fully read, by column header (e.g. "Là đại biểu HĐND")',
  ),
});
export type Nominee = z.infer<typeof Nominee>;
export type NomineeInput = z.input<typeof Nominee>;
