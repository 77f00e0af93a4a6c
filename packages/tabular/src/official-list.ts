/**
 * The official candidate list layout, as published for the 2021 National Assembly election (one row per
 * candidate; the headers are the ones of examples/data/vn-na-2021/candidates/*.csv, which follow the
 * published list). Reading it yields the National Assembly body, the provinces, the constituencies with their
 * seats and declared candidate counts, and the nominees.
 */
import type { Dataset, Nominee } from '@ungcu/core';
import { defined } from './defined';
import {
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
  type PersonDetailKey,
} from './fields';
import { formatConstituencyText, formatUnitContext, readConstituencyText } from './constituency-text';
import { nomineesByConstituency, orderedConstituencies } from './encode-order';
import { columnDeclarer, optionalText, readField as read, requireText } from './row-reading';
import type { EncodedTable, Layout, LayoutColumn, NomineeRecord, OutputCell } from '@ungcu/core/export';

type Key =
  | 'unitContext'
  | 'province'
  | 'constituencyNumber'
  | 'constituencyText'
  | 'listNumber'
  | 'fullName'
  | PersonDetailKey;

const column = columnDeclarer<Key>({ present: true, width: 20 });

export const OFFICIAL_LIST_COLUMNS: readonly LayoutColumn<Key>[] = [
  column('unitContext', 'unit_context', 'Constituency heading', 'constituency (derived)', 'Tiêu đề đơn vị bầu cử của Ủy ban bầu cử; khi nhập được bỏ qua, khi xuất được ghép từ tỉnh, số và mô tả.', "The election committee's heading of the constituency; ignored on import, rebuilt from province, number and description on export.", { present: false, width: 40 }),
  column('province', 'province_or_city', 'Province', 'constituency.unitId → AdministrativeUnit', 'Tỉnh, thành phố của đơn vị bầu cử, ví dụ "Thành phố Hà Nội".', 'The province of the constituency, e.g. "Thành phố Hà Nội".', { required: true, width: 22 }),
  column('constituencyNumber', 'unit_number', 'Constituency number', 'constituency.number', 'Số của đơn vị bầu cử trong tỉnh.', 'The constituency number within the province.', { required: true, type: 'integer', width: 8 }),
  column('constituencyText', 'unit_description', 'Constituency description', 'constituency.description, seats, declaredCandidates', 'Mô tả đơn vị bầu cử, kết thúc bằng "Số đại biểu Quốc hội được bầu: N người. Số người ứng cử: M người."', 'The constituency description, ending "Số đại biểu Quốc hội được bầu: N người. Số người ứng cử: M người." (seats, declared candidates).', { required: true, width: 40 }),
  column('listNumber', 'STT', 'List number', 'nomination.listNumber', 'Số thứ tự trong danh sách của đơn vị bầu cử.', 'Number on the constituency list.', { required: true, type: 'integer', width: 6 }),
  column('fullName', 'Họ và tên', 'Full name', 'person.fullName', 'Họ và tên.', 'Full name.', { required: true, width: 24 }),
  column('dateOfBirth', 'Ngày tháng năm sinh', 'Date of birth', 'person.dateOfBirth', 'Ngày sinh, ngày/tháng/năm.', 'Date of birth, day/month/year.', { required: true, type: 'date', width: 12 }),
  column('gender', 'Giới tính', 'Gender', 'person.gender', '"Nam" hoặc "Nữ".', '"Nam" (male) or "Nữ" (female).', { required: true, type: 'list', list: ['Nam', 'Nữ'], width: 8 }),
  column('nationality', 'Quốc tịch', 'Nationality', 'person.nationality', 'Quốc tịch.', 'Nationality.', { width: 10 }),
  column('ethnicity', 'Dân tộc', 'Ethnicity', 'person.ethnicity', 'Dân tộc, một trong 54 dân tộc.', 'Ethnicity, one of the 54 groups.', { required: true, width: 10 }),
  column('religion', 'Tôn giáo', 'Religion', 'person.religion', 'Tôn giáo, hoặc "Không".', 'Religion, or "Không" (none).', { width: 10 }),
  column('hometown', 'Quê quán', 'Hometown', 'person.hometown', 'Quê quán.', 'Hometown (place of origin).', { width: 30 }),
  column('residence', 'Nơi ở hiện nay', 'Residence', 'person.residence', 'Nơi ở hiện nay.', 'Current residence.', { width: 30 }),
  column('educationGeneral', 'Trình độ học vấn - Giáo dục phổ thông', 'Education: general', 'person.education.general', 'Giáo dục phổ thông, ví dụ "12/12".', 'General education, e.g. "12/12".', { width: 10 }),
  column('educationProfessional', 'Trình độ học vấn - Chuyên môn, nghiệp vụ', 'Education: professional', 'person.education.professional', 'Chuyên môn, nghiệp vụ.', 'Professional qualification.', { width: 30 }),
  column('educationAcademicTitle', 'Trình độ học vấn - Học hàm, học vị', 'Education: academic title and degree', 'person.education.academicTitle', 'Học hàm, học vị.', 'Academic title and degree.', { width: 16 }),
  column('educationPoliticalTheory', 'Trình độ học vấn - Lý luận chính trị', 'Education: political theory', 'person.education.politicalTheory', 'Lý luận chính trị.', 'Political theory.', { width: 12 }),
  column('educationForeignLanguage', 'Trình độ học vấn - Ngoại ngữ', 'Education: foreign language', 'person.education.foreignLanguage', 'Ngoại ngữ.', 'Foreign language.', { width: 16 }),
  column('occupation', 'Nghề nghiệp, chức vụ', 'Occupation and position', 'person.occupation', 'Nghề nghiệp, chức vụ.', 'Occupation and position.', { width: 40 }),
  column('workplace', 'Nơi công tác', 'Workplace', 'person.workplace', 'Nơi công tác.', 'Workplace.', { width: 30 }),
  column('partyJoinDate', 'Ngày vào Đảng', 'Party join date', 'person.partyJoinDate', 'Ngày vào Đảng; để trống hoặc "Không" nếu không phải đảng viên.', 'Date of joining the Party; blank or "Không" for a non-party person.', { type: 'date', width: 12 }),
  column('naIncumbency', 'Là đại biểu QH', 'National Assembly deputy in terms', 'person.incumbencies (national-assembly)', 'Các khóa đã là đại biểu Quốc hội, ví dụ "XIII, XIV", hoặc "Không".', 'Terms served in the National Assembly, e.g. "XIII, XIV", or "Không".', { width: 14 }),
  column('councilIncumbency', COUNCIL_INCUMBENCY_HEADER, "People's Council deputy in terms", 'person.incumbencies (councils)', 'Nhiệm kỳ đã là đại biểu HĐND, ví dụ "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021", hoặc "Không".', 'Council terms served, e.g. "Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021", or "Không".', { width: 30 }),
];

// Asked for on every row (requireText takes the header): a Map, not a search of the columns each time.
const HEADERS: ReadonlyMap<Key, string> = new Map(OFFICIAL_LIST_COLUMNS.map((c) => [c.key, c.header]));

function headerOf(key: Key): string {
  return HEADERS.get(key)!;
}

export const officialListLayout: Layout<Key> = {
  id: 'official-list',
  name: { vi: 'Danh sách chính thức những người ứng cử', en: 'Official candidate list' },
  sheetName: 'Danh sách',
  columns: OFFICIAL_LIST_COLUMNS,
  nameColumn: 'fullName',
  seatsColumn: 'constituencyText',
  // The list is of one National Assembly election and does not print its term ("khóa XV").
  requiresTerm: true,

  decode(cells, place, options, report): NomineeRecord | undefined {
    const province = requireText(report, cells, 'province', headerOf('province'));
    const number = read(report, cells, 'constituencyNumber', parseInteger(cells.value('constituencyNumber'), 1));
    const constituencyText = requireText(report, cells, 'constituencyText', headerOf('constituencyText'));
    const constituency = constituencyText === undefined ? undefined : readConstituencyText(constituencyText);
    if (constituencyText !== undefined && constituency === undefined) {
      report.error({
        key: 'constituencyText',
        code: 'missing-seats',
        value: constituencyText,
        message: {
          vi: 'Mô tả đơn vị bầu cử không ghi "Số đại biểu Quốc hội được bầu: N người."',
          en: 'The constituency description does not state "Số đại biểu Quốc hội được bầu: N người." (the seats).',
        },
      });
    }
    const listNumber = read(report, cells, 'listNumber', parseInteger(cells.value('listNumber'), 1));
    const fullName = requireText(report, cells, 'fullName', headerOf('fullName'));
    const dateOfBirth = read(report, cells, 'dateOfBirth', parseDate(cells.value('dateOfBirth')));
    const gender = read(report, cells, 'gender', parseGender(cells.value('gender')));
    const ethnicity = read(report, cells, 'ethnicity', parseEthnicity(cells.value('ethnicity')));
    const partyJoinDate = read(report, cells, 'partyJoinDate', parsePartyJoinDate(cells.value('partyJoinDate')));
    const naTerms = read(report, cells, 'naIncumbency', parseNaIncumbencies(cells.value('naIncumbency')));
    const council = readCouncilIncumbencyCell(cells.value('councilIncumbency'), (segment, message) =>
      report.warning({ key: 'councilIncumbency', code: 'unparsed-incumbency', value: segment, message }),
    );
    const term = options.election.term;
    if (
      province === undefined ||
      number === undefined ||
      constituency === undefined ||
      listNumber === undefined ||
      fullName === undefined ||
      dateOfBirth === undefined ||
      gender === undefined ||
      ethnicity === undefined ||
      partyJoinDate === undefined ||
      naTerms === undefined ||
      term === undefined
    ) {
      return undefined;
    }
    const nationality = parseNationality(cells.value('nationality'));
    const origin =
      typeof options.origin === 'function'
        ? options.origin({ fullName, dateOfBirth, province, constituencyNumber: number })
        : (options.origin ?? 'local');
    const education = {
      general: optionalText(cells, 'educationGeneral'),
      professional: optionalText(cells, 'educationProfessional'),
      academicTitle: optionalText(cells, 'educationAcademicTitle'),
      politicalTheory: optionalText(cells, 'educationPoliticalTheory'),
      foreignLanguage: optionalText(cells, 'educationForeignLanguage'),
    };
    return {
      place,
      body: { kind: 'national-assembly', term },
      province,
      constituency: { number, ...constituency },
      person: defined({
        fullName,
        dateOfBirth,
        gender,
        nationality,
        ethnicity,
        religion: optionalText(cells, 'religion'),
        hometown: optionalText(cells, 'hometown'),
        residence: optionalText(cells, 'residence'),
        education: defined(education),
        occupation: optionalText(cells, 'occupation'),
        workplace: optionalText(cells, 'workplace'),
        partyJoinDate,
        incumbencies: [...naTerms, ...council.incumbencies],
      }),
      nomination: { origin, stage: options.stage ?? 'official', status: 'active', listNumber },
      ...(council.sourceText === undefined ? {} : { sourceText: council.sourceText }),
    };
  },

  encode(dataset: Dataset): EncodedTable {
    const naBodies = new Set(dataset.bodies.filter((b) => b.kind === 'national-assembly').map((b) => b.id));
    const units = new Map(dataset.administrativeUnits.map((u) => [u.id, u]));
    const constituencies = orderedConstituencies(
      dataset,
      dataset.constituencies.filter((c) => naBodies.has(c.bodyId)),
    );
    // The list holds the nominees on it: one who withdrew, was removed or did not qualify would read as a
    // candidate here (the layout has no status column; the nominee template has, and keeps them).
    const groups = nomineesByConstituency(dataset.nominees.filter((n) => naBodies.has(n.nomination.bodyId) && n.nomination.status === 'active'));
    const rowCount = constituencies.reduce((sum, c) => sum + (groups.get(c.id)?.length ?? 0), 0);
    function* rows(): Generator<readonly OutputCell[]> {
      for (const c of constituencies) {
        const unit = c.unitId === undefined ? undefined : units.get(c.unitId);
        const province = unit?.fullName ?? unit?.name ?? '';
        const text = formatConstituencyText({
          ...(c.description === undefined ? {} : { description: c.description }),
          seats: c.seats,
          ...(c.declaredCandidates === undefined ? {} : { declaredCandidates: c.declaredCandidates }),
        });
        for (const [i, n] of (groups.get(c.id) ?? []).entries()) {
          yield officialRow(n, formatUnitContext(province, c.number, text), province, c.number, text, i + 1);
        }
      }
    }
    return { headers: OFFICIAL_LIST_COLUMNS.map((c) => c.header), columns: OFFICIAL_LIST_COLUMNS, rows: rows(), rowCount };
  },
};

function officialRow(
  n: Nominee,
  context: string,
  province: string,
  number: number,
  text: string,
  position: number,
): OutputCell[] {
  const p = n.person;
  return [
    context,
    province,
    number,
    text,
    n.nomination.listNumber ?? position,
    p.fullName,
    ...personDetailCells(p, n.sourceText),
  ];
}

