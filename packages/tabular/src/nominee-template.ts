/**
 * The nominee template: the sheet agencies fill in, one documented column per model field of a nominee and of
 * the body, unit and constituency it belongs to (docs/export/nominee-columns.md lists them in Vietnamese and
 * English). Left out on purpose: `version` (set by stores) and `residenceUnitId`/`workplaceUnitId` (links to
 * unit ids that a sheet of nominees cannot hold; the residence and workplace are kept as text).
 */
import { type Dataset, type Nominee, ETHNIC_GROUPS } from '@ungcu/core';
import {
  type FieldResult,
  bodyKindCodec,
  organizationKindCodec,
  originCodec,
  COUNCIL_INCUMBENCY_HEADER,
  personDetailCells,
  parseDate,
  parseEthnicity,
  parseGender,
  parseInteger,
  parseNaIncumbencies,
  parseNationality,
  parsePartyJoinDate,
  readCouncilIncumbencyCell,
  stageCodec,
  statusCodec,
  yesNoCodec,
  type PersonDetailKey,
} from './fields';
import { nomineesByConstituency, orderedConstituencies } from './encode-order';
import {
  type EncodedTable,
  type Layout,
  type LayoutColumn,
  type NomineeFieldPath,
  type NomineeRecord,
  type OutputCell,
  type RowCells,
  type RowReport,
  NOMINEE_FIELD_LABELS,
} from '@ungcu/core/export';
import { defined } from './defined';
import { columnDeclarer, optionalText, readField as read, requireText } from './row-reading';

type Key =
  | 'id'
  | 'personId'
  | 'bodyKind'
  | 'term'
  | 'province'
  | 'councilUnit'
  | 'constituencyNumber'
  | 'constituencySeats'
  | 'constituencyDescription'
  | 'declaredCandidates'
  | 'listNumber'
  | 'fullName'
  | 'alias'
  | PersonDetailKey
  | 'origin'
  | 'organization'
  | 'organizationKind'
  | 'stage'
  | 'status'
  | 'statusReason'
  | 'fullTime';

const column = columnDeclarer<Key>({ present: false, width: 18 });

/** A column holding one nominee field as such: its headers are the field's names in core's label table. */
function fieldColumn(
  key: Key,
  field: NomineeFieldPath,
  vi: string,
  en: string,
  extra: Partial<LayoutColumn<Key>> = {},
): LayoutColumn<Key> {
  const label = NOMINEE_FIELD_LABELS[field];
  return column(key, label.vi, label.en, field, vi, en, extra);
}

const labels = (codec: { values: readonly string[]; labels: Readonly<Record<string, string>> }): string[] =>
  codec.values.map((v) => codec.labels[v]!);

/** Every column of the template, in sheet order. */
export const NOMINEE_TEMPLATE_COLUMNS: readonly LayoutColumn<Key>[] = [
  column('id', 'Mã người được giới thiệu', 'Nominee id', 'id', 'Mã riêng của dòng này; để trống thì ungcu tự tạo mã ổn định từ họ tên và ngày sinh.', 'Id of this nomination; when blank, ungcu derives a stable id from the name and date of birth.', { width: 16 }),
  column('personId', 'Mã cá nhân', 'Person id', 'personId', 'Mã của người này, chung cho mọi lần được giới thiệu (ví dụ số định danh cá nhân).', 'Id of the person, shared by all their nominations (e.g. a personal id number).', { width: 14 }),
  column('bodyKind', 'Cơ quan được bầu', 'Body', 'nomination.bodyId → Body.kind', 'Quốc hội hoặc HĐND cấp tỉnh, huyện, xã.', 'National Assembly or a provincial, district or commune People\'s Council.', { present: true, required: true, type: 'list', list: labels(bodyKindCodec), width: 16 }),
  column('term', 'Khóa, nhiệm kỳ', 'Term', 'Body.term', 'Khóa Quốc hội ("XV") hoặc nhiệm kỳ HĐND ("2021-2026").', 'National Assembly term ("XV") or council term ("2021-2026").', { present: true, required: true, width: 10 }),
  column('province', 'Tỉnh, thành phố', 'Province', 'Constituency.unitId → AdministrativeUnit (province)', 'Tỉnh, thành phố trực thuộc Trung ương của đơn vị bầu cử.', 'The province of the constituency.', { present: true, required: true, width: 22 }),
  column('councilUnit', 'Đơn vị hành chính của HĐND', "Council's unit", 'Body.unitId → AdministrativeUnit (below province)', 'Với HĐND cấp huyện, xã: huyện, xã (phường...) có HĐND, thuộc tỉnh ở cột trước. Để trống với Quốc hội và HĐND cấp tỉnh.', 'For district and commune councils: the district or commune of the council, in the province of the previous column. Blank for the National Assembly and provincial councils.', { width: 22 }),
  column('constituencyNumber', 'Đơn vị bầu cử số', 'Constituency number', 'Constituency.number', 'Số của đơn vị bầu cử.', 'Constituency number.', { present: true, required: true, type: 'integer', width: 8 }),
  column('constituencySeats', 'Số đại biểu được bầu', 'Seats', 'Constituency.seats', 'Số đại biểu được bầu ở đơn vị bầu cử (giống nhau trên mọi dòng của đơn vị).', 'Seats of the constituency (the same on every row of the constituency).', { present: true, required: true, type: 'integer', width: 8 }),
  column('constituencyDescription', 'Mô tả đơn vị bầu cử', 'Constituency description', 'Constituency.description', 'Các đơn vị hành chính thuộc đơn vị bầu cử, như trong nghị quyết.', 'The units the constituency covers, as the resolution writes them.', { width: 30 }),
  column('declaredCandidates', 'Số người ứng cử của đơn vị', 'Declared candidates', 'Constituency.declaredCandidates', 'Số người ứng cử ở đơn vị bầu cử như đã công bố, nếu có.', 'Number of candidates of the constituency as published, if any.', { type: 'integer', width: 8 }),
  fieldColumn('listNumber', 'nomination.listNumber', 'Số thứ tự trong danh sách.', 'Number on the list.', { type: 'integer', width: 6 }),
  fieldColumn('fullName', 'person.fullName', 'Họ và tên khai sinh.', 'Full name as registered at birth.', { present: true, required: true, width: 24 }),
  fieldColumn('alias', 'person.alias', 'Tên gọi khác, nếu có.', 'Other name, if any.', { width: 14 }),
  fieldColumn('dateOfBirth', 'person.dateOfBirth', 'Ngày/tháng/năm sinh.', 'Date of birth, day/month/year.', { present: true, required: true, type: 'date', width: 12 }),
  fieldColumn('gender', 'person.gender', '"Nam" hoặc "Nữ".', '"Nam" (male) or "Nữ" (female).', { present: true, required: true, type: 'list', list: ['Nam', 'Nữ'], width: 8 }),
  fieldColumn('nationality', 'person.nationality', 'Để trống là "Việt Nam".', 'Blank means "Việt Nam".', { width: 10 }),
  fieldColumn('ethnicity', 'person.ethnicity', 'Một trong 54 dân tộc (danh sách chọn).', 'One of the 54 ethnic groups (drop-down list).', { present: true, required: true, type: 'list', list: ETHNIC_GROUPS.map((g) => g.name), width: 12 }),
  fieldColumn('religion', 'person.religion', 'Tôn giáo, hoặc "Không".', 'Religion, or "Không" (none).', { width: 12 }),
  fieldColumn('hometown', 'person.hometown', 'Quê quán.', 'Hometown (place of origin).', { width: 28 }),
  fieldColumn('residence', 'person.residence', 'Nơi ở hiện nay.', 'Current residence.', { width: 28 }),
  fieldColumn('educationGeneral', 'person.education.general', 'Ví dụ "12/12".', 'E.g. "12/12".', { width: 10 }),
  fieldColumn('educationProfessional', 'person.education.professional', 'Trình độ chuyên môn, nghiệp vụ.', 'Professional qualification.', { width: 24 }),
  fieldColumn('educationAcademicTitle', 'person.education.academicTitle', 'Học hàm, học vị.', 'Academic title and degree.', { width: 14 }),
  fieldColumn('educationPoliticalTheory', 'person.education.politicalTheory', 'Trình độ lý luận chính trị.', 'Political theory level.', { width: 12 }),
  fieldColumn('educationForeignLanguage', 'person.education.foreignLanguage', 'Ngoại ngữ.', 'Foreign language.', { width: 14 }),
  fieldColumn('occupation', 'person.occupation', 'Nghề nghiệp, chức vụ.', 'Occupation and position.', { width: 32 }),
  fieldColumn('workplace', 'person.workplace', 'Nơi công tác.', 'Workplace.', { width: 28 }),
  fieldColumn('partyJoinDate', 'person.partyJoinDate', 'Ngày/tháng/năm vào Đảng; để trống nếu không phải đảng viên.', 'Date of joining the Party; blank for a non-party person.', { type: 'date', width: 12 }),
  column('naIncumbency', 'Là đại biểu Quốc hội khóa', 'National Assembly deputy in terms', 'person.incumbencies (national-assembly)', 'Các khóa đã là đại biểu Quốc hội, ví dụ "XIII, XIV"; "Không" hoặc để trống nếu chưa.', 'Terms served in the National Assembly, e.g. "XIII, XIV"; "Không" or blank if none.', { width: 14 }),
  column('councilIncumbency', COUNCIL_INCUMBENCY_HEADER, "People's Council deputy in terms", 'person.incumbencies (councils)', 'Ví dụ "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021"; nhiều đơn vị cách nhau bằng dấu chấm phẩy.', 'E.g. "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021"; several units separated by semicolons.', { width: 28 }),
  fieldColumn('origin', 'nomination.origin', 'Trung ương, Địa phương hoặc Tự ứng cử.', 'Central, local or self-nominated.', { present: true, required: true, type: 'list', list: labels(originCodec), width: 12 }),
  column('organization', 'Cơ quan, tổ chức giới thiệu', 'Nominating organization', 'nomination.organizationId → NominatingOrganization.name', 'Cơ quan, tổ chức, đơn vị giới thiệu; để trống nếu tự ứng cử.', 'The organization that introduces the nominee; blank if self-nominated.', { width: 28 }),
  column('organizationKind', 'Loại cơ quan, tổ chức giới thiệu', 'Kind of nominating organization', 'NominatingOrganization.kind', 'Bắt buộc khi có cơ quan, tổ chức giới thiệu.', 'Required when an organization is given.', { type: 'list', list: labels(organizationKindCodec), width: 20 }),
  fieldColumn('stage', 'nomination.stage', 'Được giới thiệu (sau hiệp thương lần 1), Danh sách sơ bộ (lần 2), Đủ tiêu chuẩn (lần 3), Danh sách chính thức.', 'Proposed (after the 1st consultation), preliminary (2nd), qualified (3rd), official list.', { present: true, required: true, type: 'list', list: labels(stageCodec), width: 18 }),
  fieldColumn('status', 'nomination.status', 'Để trống là "Đang ứng cử".', 'Blank means active.', { type: 'list', list: labels(statusCodec), width: 16 }),
  fieldColumn('statusReason', 'nomination.statusReason', 'Lý do rút, xóa tên hoặc không đủ tiêu chuẩn.', 'Why the nominee withdrew, was removed or did not qualify.', { width: 24 }),
  fieldColumn('fullTime', 'nomination.fullTime', '"Có" hoặc "Không"; để trống nếu chưa xác định.', '"Có" (yes) or "Không" (no); blank if not decided.', { type: 'list', list: labels(yesNoCodec), width: 10 }),
];

// Asked for on every row (requireText takes the header): a Map, not a search of the columns each time.
const HEADERS: ReadonlyMap<Key, string> = new Map(NOMINEE_TEMPLATE_COLUMNS.map((c) => [c.key, c.header]));

function headerOf(key: Key): string {
  return HEADERS.get(key)!;
}

/** An optional cell read with a codec: undefined when blank, `null` (reported) when wrong. */
function readOptional<T>(
  report: RowReport<Key>,
  cells: RowCells<Key>,
  key: Key,
  parse: () => FieldResult<T>,
): T | undefined | null {
  if (optionalText(cells, key) === undefined) return undefined;
  const value = read(report, cells, key, parse());
  return value === undefined ? null : value;
}

export const nomineeTemplateLayout: Layout<Key> = {
  id: 'nominee-template',
  name: { vi: 'Mẫu danh sách người được giới thiệu ứng cử', en: 'Nominee template' },
  sheetName: 'Người ứng cử',
  columns: NOMINEE_TEMPLATE_COLUMNS,
  nameColumn: 'fullName',
  seatsColumn: 'constituencySeats',

  decode(cells, place, _options, report): NomineeRecord | undefined {
    const v = (key: Key) => cells.value(key);
    const bodyKind = read(report, cells, 'bodyKind', bodyKindCodec.parse(v('bodyKind')));
    const term = requireText(report, cells, 'term', headerOf('term'));
    const province = requireText(report, cells, 'province', headerOf('province'));
    const councilUnit = optionalText(cells, 'councilUnit');
    const number = read(report, cells, 'constituencyNumber', parseInteger(v('constituencyNumber'), 1));
    const seats = read(report, cells, 'constituencySeats', parseInteger(v('constituencySeats'), 1));
    const declaredCandidates = readOptional(report, cells, 'declaredCandidates', () => parseInteger(v('declaredCandidates'), 0));
    const listNumber = readOptional(report, cells, 'listNumber', () => parseInteger(v('listNumber'), 1));
    const fullName = requireText(report, cells, 'fullName', headerOf('fullName'));
    const dateOfBirth = read(report, cells, 'dateOfBirth', parseDate(v('dateOfBirth')));
    const gender = read(report, cells, 'gender', parseGender(v('gender')));
    const ethnicity = read(report, cells, 'ethnicity', parseEthnicity(v('ethnicity')));
    const partyJoinDate = read(report, cells, 'partyJoinDate', parsePartyJoinDate(v('partyJoinDate')));
    const naTerms = read(report, cells, 'naIncumbency', parseNaIncumbencies(v('naIncumbency')));
    // As on the official list, a council term that does not read is a warning: the cell is kept as written
    // (sourceText), so a list read from the official layout and written to the template reads back the same.
    const council = readCouncilIncumbencyCell(v('councilIncumbency'), (segment, message) =>
      report.warning({ key: 'councilIncumbency', code: 'unparsed-incumbency', value: segment, message }),
    );
    const origin = read(report, cells, 'origin', originCodec.parse(v('origin')));
    const organization = optionalText(cells, 'organization');
    const organizationKind = readOptional(report, cells, 'organizationKind', () =>
      organizationKindCodec.parse(v('organizationKind')),
    );
    if (organization !== undefined && organizationKind === undefined) {
      report.error({
        key: 'organizationKind',
        code: 'required-value',
        message: {
          vi: `Có cơ quan, tổ chức giới thiệu thì phải ghi "${headerOf('organizationKind')}".`,
          en: `"${headerOf('organizationKind')}" is required when a nominating organization is given.`,
        },
      });
    }
    const stage = read(report, cells, 'stage', stageCodec.parse(v('stage')));
    const status = readOptional(report, cells, 'status', () => statusCodec.parse(v('status')));
    const fullTime = readOptional(report, cells, 'fullTime', () => yesNoCodec.parse(v('fullTime')));
    if (
      bodyKind === undefined ||
      term === undefined ||
      province === undefined ||
      number === undefined ||
      seats === undefined ||
      listNumber === null ||
      declaredCandidates === null ||
      fullName === undefined ||
      dateOfBirth === undefined ||
      gender === undefined ||
      ethnicity === undefined ||
      partyJoinDate === undefined ||
      naTerms === undefined ||
      origin === undefined ||
      organizationKind === null ||
      (organization !== undefined && organizationKind === undefined) ||
      stage === undefined ||
      status === null ||
      fullTime === null
    ) {
      return undefined;
    }
    const description = optionalText(cells, 'constituencyDescription');
    return defined({
      place,
      body: { kind: bodyKind, term },
      province,
      councilUnit: bodyKind === 'district-council' || bodyKind === 'commune-council' ? councilUnit : undefined,
      constituency: defined({ number, seats, description, declaredCandidates }),
      id: optionalText(cells, 'id'),
      personId: optionalText(cells, 'personId'),
      person: defined({
        fullName,
        alias: optionalText(cells, 'alias'),
        dateOfBirth,
        gender,
        nationality: parseNationality(v('nationality')),
        ethnicity,
        religion: optionalText(cells, 'religion'),
        hometown: optionalText(cells, 'hometown'),
        residence: optionalText(cells, 'residence'),
        education: defined({
          general: optionalText(cells, 'educationGeneral'),
          professional: optionalText(cells, 'educationProfessional'),
          academicTitle: optionalText(cells, 'educationAcademicTitle'),
          politicalTheory: optionalText(cells, 'educationPoliticalTheory'),
          foreignLanguage: optionalText(cells, 'educationForeignLanguage'),
        }),
        occupation: optionalText(cells, 'occupation'),
        workplace: optionalText(cells, 'workplace'),
        partyJoinDate,
        incumbencies: [...naTerms, ...council.incumbencies],
      }),
      nomination: defined({
        origin,
        organization:
          organization === undefined || organizationKind === undefined
            ? undefined
            : { name: organization, kind: organizationKind },
        stage,
        status: status ?? 'active',
        statusReason: optionalText(cells, 'statusReason'),
        listNumber,
        fullTime: fullTime === undefined ? undefined : fullTime === 'yes',
      }),
      sourceText: council.sourceText,
    });
  },

  encode(dataset: Dataset): EncodedTable {
    const bodies = new Map(dataset.bodies.map((b) => [b.id, b]));
    const units = new Map(dataset.administrativeUnits.map((u) => [u.id, u]));
    const organizations = new Map(dataset.nominatingOrganizations.map((o) => [o.id, o]));
    const constituencies = orderedConstituencies(dataset, dataset.constituencies);
    const groups = nomineesByConstituency(dataset.nominees);
    // Nominees the template cannot place (no constituency) are left out; rowCount says how many are written.
    const rowCount = constituencies.reduce((sum, c) => sum + (groups.get(c.id)?.length ?? 0), 0);
    const unitText = (id: string | undefined): string | undefined => {
      const unit = id === undefined ? undefined : units.get(id);
      return unit === undefined ? undefined : (unit.fullName ?? unit.name);
    };
    function* rows(): Generator<readonly OutputCell[]> {
      for (const c of constituencies) {
        const body = bodies.get(c.bodyId);
        if (body === undefined) continue;
        const councilUnit = body.kind === 'district-council' || body.kind === 'commune-council' ? unitText(body.unitId) : undefined;
        for (const n of groups.get(c.id) ?? []) {
          yield templateRow(n, {
            bodyKind: bodyKindCodec.format(body.kind),
            term: body.term,
            province: unitText(c.unitId),
            councilUnit,
            number: c.number,
            seats: c.seats,
            description: c.description,
            declaredCandidates: c.declaredCandidates,
            organization: n.nomination.organizationId === undefined ? undefined : organizations.get(n.nomination.organizationId),
          });
        }
      }
    }
    return {
      headers: NOMINEE_TEMPLATE_COLUMNS.map((c) => c.header),
      columns: NOMINEE_TEMPLATE_COLUMNS,
      rows: rows(),
      rowCount,
    };
  },
};

interface RowContext {
  readonly bodyKind: string;
  readonly term: string;
  readonly province: string | undefined;
  readonly councilUnit: string | undefined;
  readonly number: number;
  readonly seats: number;
  readonly description: string | undefined;
  readonly declaredCandidates: number | undefined;
  readonly organization: { readonly name: string; readonly kind: Parameters<typeof organizationKindCodec.format>[0] } | undefined;
}

function templateRow(n: Nominee, ctx: RowContext): OutputCell[] {
  const p = n.person;
  const m = n.nomination;
  return [
    n.id,
    n.personId,
    ctx.bodyKind,
    ctx.term,
    ctx.province,
    ctx.councilUnit,
    ctx.number,
    ctx.seats,
    ctx.description,
    ctx.declaredCandidates,
    m.listNumber,
    p.fullName,
    p.alias,
    ...personDetailCells(p, n.sourceText),
    originCodec.format(m.origin),
    ctx.organization?.name,
    ctx.organization === undefined ? undefined : organizationKindCodec.format(ctx.organization.kind),
    stageCodec.format(m.stage),
    statusCodec.format(m.status),
    m.statusReason,
    m.fullTime === undefined ? undefined : yesNoCodec.format(m.fullTime ? 'yes' : 'no'),
  ];
}
