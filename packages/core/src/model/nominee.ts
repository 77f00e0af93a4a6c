import * as z from 'zod';
import { BodyKind } from './election';
import { entityBase, Id, IsoDate, Name, Text } from './primitives';

export const GENDERS = ['male', 'female'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/** The five education columns of the official list (Trình độ học vấn). */
export const Education = z.object({
  general: Text.optional().describe('Giáo dục phổ thông, e.g. "12/12"'),
  professional: Text.optional().describe('Chuyên môn, nghiệp vụ'),
  academicTitle: Text.optional().describe('Học hàm, học vị'),
  politicalTheory: Text.optional().describe('Lý luận chính trị'),
  foreignLanguage: Text.optional().describe('Ngoại ngữ'),
});
export type Education = z.infer<typeof Education>;

/** A term the person served as a deputy: "XIV" for the National Assembly, "2016-2021" for a council. */
export const Incumbency = z.object({
  bodyKind: BodyKind,
  term: z.string().trim().min(1).max(40),
  unitName: Name.optional().describe('For council terms: the unit, e.g. "Tỉnh Nghệ An"'),
});
export type Incumbency = z.infer<typeof Incumbency>;

/** The person introduced to stand (người được giới thiệu ứng cử). */
export const Person = z.object({
  fullName: Name,
  alias: Name.optional().describe('Tên gọi khác'),
  dateOfBirth: IsoDate,
  gender: Gender,
  nationality: Name.default('Việt Nam'),
  ethnicity: Name.describe('As written; resolved against the 54 groups by isEthnicMinority()'),
  religion: Text.optional().describe('Absent or "Không" for none'),
  hometown: Text.optional().describe('Quê quán'),
  residence: Text.optional().describe('Nơi ở hiện nay'),
  residenceUnitId: Id.optional().describe('The administrative unit of the residence, when known'),
  workplaceUnitId: Id.optional().describe('The administrative unit of the workplace, when known'),
  education: Education.default({}),
  occupation: Text.optional().describe('Nghề nghiệp, chức vụ'),
  workplace: Text.optional().describe('Nơi công tác'),
  partyJoinDate: IsoDate.nullable().default(null).describe('Ngày vào Đảng; null for a non-party person'),
  incumbencies: z.array(Incumbency).default([]),
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
  origin: NominationOrigin.describe('Trung ương / địa phương / tự ứng cử'),
  organizationId: Id.optional(),
  constituencyId: Id.optional(),
  stage: NomineeStage,
  status: z.enum(NOMINATION_STATUSES).default('active'),
  statusReason: Text.optional(),
  listNumber: z.int().positive().optional().describe('STT on the published list'),
  fullTime: z.boolean().optional().describe('Expected to be a full-time deputy (đại biểu chuyên trách)'),
});
export type Nomination = z.infer<typeof Nomination>;

/**
 * Cells an importer kept as written because it could not fully read them, by the column's header as the layout
 * names it (e.g. "Là đại biểu HĐND"). The fields hold what could be read; this keeps the whole cell, so
 * nothing a file said is lost and an exporter can write the cell back as it was.
 */
export const SourceText = z.record(z.string().trim().min(1).max(200), Text);
export type SourceText = z.infer<typeof SourceText>;

/**
 * One nomination of one person. A person standing for the National Assembly and a council has two
 * nominees with the same `personId`; without a `personId`, name and date of birth identify the person.
 */
export const Nominee = z.object({
  ...entityBase,
  personId: Id.optional().describe('Stable identity of the person across nominations'),
  person: Person,
  nomination: Nomination,
  sourceText: SourceText.optional().describe(
    'Cells kept as written because they could not be fully read, by column header (e.g. "Là đại biểu HĐND")',
  ),
});
export type Nominee = z.infer<typeof Nominee>;
export type NomineeInput = z.input<typeof Nominee>;
