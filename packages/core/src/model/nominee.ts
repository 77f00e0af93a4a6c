import * as z from 'zod/mini';
import { described } from './described';
import { BodyKind } from './election';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

export const GENDERS = ['male', 'female'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/** The five education columns of the official list (Trình độ học vấn). */
export const Education = z.object({
  general: described(z.optional(Text), 'Giáo dục phổ thông, e.g. "12/12"'),
  professional: described(z.optional(Text), 'Chuyên môn, nghiệp vụ'),
  academicTitle: described(z.optional(Text), 'Học hàm, học vị'),
  politicalTheory: described(z.optional(Text), 'Lý luận chính trị'),
  foreignLanguage: described(z.optional(Text), 'Ngoại ngữ'),
});
export type Education = z.infer<typeof Education>;

/** A term the person served as a deputy: "XIV" for the National Assembly, "2016-2021" for a council. */
export const Incumbency = z.object({
  bodyKind: BodyKind,
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  unitName: described(z.optional(Name), 'For council terms: the unit, e.g. "Tỉnh Nghệ An"'),
});
export type Incumbency = z.infer<typeof Incumbency>;

/** The person introduced to stand (người được giới thiệu ứng cử). */
export const Person = z.object({
  fullName: Name,
  alias: described(z.optional(Name), 'Tên gọi khác'),
  dateOfBirth: IsoDate,
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

/** Active, or off the list with a reason (withdrew, removed after publication under Art. 60, not qualified). */
export const NOMINATION_STATUSES = ['active', 'withdrawn', 'removed', 'not-qualified'] as const;

/** The nomination: which body, by whom, where, and how far it has come. */
export const Nomination = z.object({
  bodyId: Id,
  origin: described(NominationOrigin, 'Trung ương / địa phương / tự ứng cử'),
  organizationId: z.optional(Id),
  constituencyId: z.optional(Id),
  stage: NomineeStage,
  status: z._default(z.enum(NOMINATION_STATUSES), 'active'),
  statusReason: z.optional(Text),
  listNumber: described(z.optional(z.int().check(z.positive())), 'STT on the published list'),
  fullTime: described(z.optional(z.boolean()), 'Expected to be a full-time deputy (đại biểu chuyên trách)'),
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
export const Nominee = z.object({
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
