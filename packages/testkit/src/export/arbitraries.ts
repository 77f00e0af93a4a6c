/**
 * Generated datasets for the round-trip properties. The generator writes rows of a layout as people type
 * them (NFD or NFC names, old or new tone placement, unpadded dates, "Vệt Nam", upper-case "NỮ", blank
 * optional cells, and hostile text: formula prefixes, quotes, commas, line breaks, byte order marks), and the
 * tabular import engine turns them into the canonical dataset `x` of the property import(export(x)) = x. The
 * engine is @ungcu/tabular's, not the adapter under test's; the adapter is only ever used to write and read back.
 */
import fc from 'fast-check';
import type { Dataset } from '@ungcu/core';
import { ETHNIC_GROUPS } from '@ungcu/core';
import type { ImportElection, LayoutId } from '@ungcu/core/export';
import { TableImport, formatConstituencyText, layoutById } from '@ungcu/tabular';
import { comparisonKey } from '@ungcu/core/text';

export const TEST_ELECTION: ImportElection = {
  electionDay: '2026-03-15',
  rulePack: 'vn-2026',
  term: 'XVI',
  name: 'Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp',
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Rơ Châm'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thanh', 'Minh', 'Ngọc', 'Thu', 'Quốc', 'Xuân', 'Thùy', 'Thuỳ', ''];
const GIVEN = ['Anh', 'Bình', 'Cường', 'Dũng', 'Hòa', 'Hoà', 'Thủy', 'Thuỷ', 'Khoa', 'Lan', 'Hương', 'Tuấn', 'Nga', 'Ánh', 'Ý', 'Yến', "H'Mai", 'Biêr Niê', 'Khánh'];
const PROVINCES = ['Thành phố Hà Nội', 'Tỉnh Thanh Hóa', 'Tỉnh Thanh Hoá', 'Tỉnh Đắk Lắk', 'Thành phố Hồ Chí Minh', 'Tỉnh Kon Tum', 'Tỉnh Bà Rịa - Vũng Tàu'];
const COUNCIL_UNITS = ['Huyện Châu Thành', 'Xã Ea Kao', 'Phường Bến Nghé', 'Thị xã Sơn Tây'];

/** Text that breaks naive writers: formula prefixes, quotes, separators, line breaks, a byte order mark. */
export const HOSTILE_TEXT = [
  '=1+1',
  '=HYPERLINK("http://example.invalid","bấm")',
  '+84 912 345 678',
  '-5',
  '@SUM(A1:A2)',
  '"quoted"',
  'a, b; c',
  'dòng 1\ndòng 2',
  '\uFEFFcó BOM',
  'BOM\uFEFFở giữa',
  "'apostrophe",
  'Không',
  "xã Ea H'Leo",
  'tab\tinside',
  '<tag attr="x">&amp;</tag>',
];

// Characters XML 1.0 cannot carry and carriage returns (XML readers turn CR LF into LF) are left out: no
// spreadsheet can hold them either.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]/u;

const text = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...HOSTILE_TEXT),
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...GIVEN)).map(([a, b]) => `${a} ${b}`.normalize('NFD')),
    )
    .filter((s) => s.trim() !== '' && !UNSTORABLE.test(s));

const optionalText = (): fc.Arbitrary<string> => fc.option(text(), { nil: '' }).map((s) => s ?? '');

const isoDay = (from: number, to: number): fc.Arbitrary<string> =>
  fc.integer({ min: Date.UTC(from, 0, 1) / 86_400_000, max: Date.UTC(to, 11, 31) / 86_400_000 }).map((d) =>
    new Date(d * 86_400_000).toISOString().slice(0, 10),
  );

/** A date as people write it: "08/04/1968", "8/4/1968", or ISO. */
const writtenDate = (from: number, to: number): fc.Arbitrary<string> =>
  fc.tuple(isoDay(from, to), fc.constantFrom('padded', 'bare', 'iso')).map(([iso, style]) => {
    const [y, m, d] = iso.split('-');
    if (style === 'iso') return iso;
    return style === 'padded' ? `${d}/${m}/${y}` : `${Number(d)}/${Number(m)}/${y}`;
  });

const fullName = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN), fc.boolean(), fc.boolean())
    .map(([f, m, g, nfd, upper]) => {
      const name = [f, m, g].filter((w) => w !== '').join(' ');
      const cased = upper ? name.toUpperCase() : name;
      return nfd ? cased.normalize('NFD') : cased;
    });

const naTerms = fc
  .subarray(['X', 'XI', 'XII', 'XIII', 'XIV', 'XV'], { minLength: 0 })
  .map((terms) => (terms.length === 0 ? 'Không' : terms.join(', ')));
const councilTerms = fc.oneof(
  fc.constant('Không'),
  fc.constant(''),
  fc
    .tuple(fc.constantFrom('Tỉnh Nghệ An', 'Thành phố Hà Nội', 'Huyện Tri Tôn (tỉnh An Giang)', 'Phường 8 (quận Tân Bình)'), fc.subarray(['2011-2016', '2016 - 2021', '2021–2026'], { minLength: 1 }))
    .map(([unit, terms]) => `${unit} nhiệm kỳ ${terms.join(', ')}`),
);

interface ConstituencySpec {
  readonly bodyKind: 'Quốc hội' | 'HĐND cấp tỉnh' | 'HĐND cấp huyện' | 'HĐND cấp xã';
  readonly province: string;
  readonly councilUnit: string;
  readonly number: number;
  readonly seats: number;
  readonly description: string;
  readonly declared: string;
}

const constituencySpec = (officialList: boolean): fc.Arbitrary<ConstituencySpec> =>
  fc.record({
    bodyKind: officialList ? fc.constant('Quốc hội' as const) : fc.constantFrom('Quốc hội' as const, 'HĐND cấp tỉnh' as const, 'HĐND cấp huyện' as const, 'HĐND cấp xã' as const),
    province: fc.constantFrom(...PROVINCES),
    councilUnit: fc.constantFrom(...COUNCIL_UNITS),
    number: fc.integer({ min: 1, max: 12 }),
    seats: fc.integer({ min: 1, max: 5 }),
    description: optionalText(),
    declared: fc.option(fc.integer({ min: 0, max: 9 }).map(String), { nil: '' }).map((s) => s ?? ''),
  });

/** One person's cells, by column key; the constituency's cells are added per layout. */
const personCells = fc.record({
  fullName: fullName(),
  dateOfBirth: writtenDate(1940, 2004),
  gender: fc.constantFrom('Nam', 'Nữ', 'NỮ', 'nam', 'Nữ'.normalize('NFD')),
  nationality: fc.constantFrom('Việt Nam', 'Vệt Nam', '', 'Việt Nam'.normalize('NFD')),
  ethnicity: fc.constantFrom(...ETHNIC_GROUPS.map((g) => g.name), 'Ê Đê'.normalize('NFD')),
  religion: fc.oneof(fc.constantFrom('Không', 'Phật giáo', 'Công giáo', ''), text()),
  hometown: optionalText(),
  residence: optionalText(),
  educationGeneral: fc.constantFrom('12/12', '10/10', ''),
  educationProfessional: optionalText(),
  educationAcademicTitle: optionalText(),
  educationPoliticalTheory: fc.constantFrom('Cao cấp', 'Trung cấp', ''),
  educationForeignLanguage: optionalText(),
  occupation: optionalText(),
  workplace: optionalText(),
  partyJoinDate: fc.oneof(fc.constant(''), fc.constant('Không'), writtenDate(1960, 2020)),
  naIncumbency: naTerms,
  councilIncumbency: councilTerms,
});

const templateCells = fc.record({
  id: fc.boolean(),
  personId: fc.option(fc.stringMatching(/^[0-9]{12}$/u), { nil: '' }).map((s) => s ?? ''),
  alias: optionalText(),
  origin: fc.constantFrom('Trung ương', 'Địa phương', 'Tự ứng cử', 'central', 'local'),
  organization: fc.option(fc.constantFrom('Ban Tổ chức Trung ương', 'Ủy ban MTTQ tỉnh', 'Bộ Công an'), { nil: '' }).map((s) => s ?? ''),
  organizationKind: fc.constantFrom('Đảng', 'Mặt trận Tổ quốc', 'Công an', 'other'),
  stage: fc.constantFrom('Được giới thiệu', 'Danh sách sơ bộ', 'Đủ tiêu chuẩn', 'Danh sách chính thức', 'official'),
  status: fc.constantFrom('', 'Đang ứng cử', 'Rút khỏi danh sách', 'Bị xóa tên', 'Không đủ tiêu chuẩn'),
  statusReason: optionalText(),
  fullTime: fc.constantFrom('', 'Có', 'Không'),
  listNumber: fc.option(fc.integer({ min: 1, max: 20 }).map(String), { nil: '' }).map((s) => s ?? ''),
});

export interface GeneratedRows {
  readonly layout: LayoutId;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Rows of a layout, as typed by people, with no two rows for the same person. */
export function layoutRows(layout: LayoutId, maxNominees = 25): fc.Arbitrary<GeneratedRows> {
  const official = layout === 'official-list';
  const columns = layoutById(layout).columns;
  return fc
    .tuple(
      fc.array(constituencySpec(official), { minLength: 1, maxLength: 6 }),
      // At least one nominee: a file with a header and no data row is an `empty-file` error, not a round trip.
      fc.array(fc.tuple(personCells, templateCells, fc.nat()), { minLength: 1, maxLength: maxNominees }),
    )
    .map(([specs, people]) => {
      const constituencies = uniqueBy(specs, (c) =>
        `${c.bodyKind}|${comparisonKey(c.province.replace(/Hoá/u, 'Hóa'))}|${c.bodyKind === 'HĐND cấp huyện' || c.bodyKind === 'HĐND cấp xã' ? c.councilUnit : ''}|${c.number}`,
      );
      const seen = new Set<string>();
      const rows: string[][] = [];
      people.forEach(([person, extra, pick], i) => {
        const identity = `${comparisonKey(person.fullName)}|${person.dateOfBirth}`;
        if (seen.has(identity)) return;
        seen.add(identity);
        const c = constituencies[pick % constituencies.length]!;
        const council = c.bodyKind === 'HĐND cấp huyện' || c.bodyKind === 'HĐND cấp xã';
        const cells: Record<string, string> = {
          ...person,
          province: c.province,
          constituencyNumber: String(c.number),
          // The official list states seats and declared candidates in the description.
          constituencyText: formatConstituencyText({
            ...(c.description.trim() === '' ? {} : { description: c.description.trim() }),
            seats: c.seats,
            ...(c.declared === '' ? {} : { declaredCandidates: Number(c.declared) }),
          }),
          listNumber: official ? String((i % 20) + 1) : extra.listNumber,
          unitContext: '',
          id: extra.id ? `nominee-${i}` : '',
          personId: extra.personId,
          bodyKind: c.bodyKind,
          term: c.bodyKind === 'Quốc hội' ? 'XVI' : '2026-2031',
          councilUnit: council ? c.councilUnit : '',
          constituencySeats: String(c.seats),
          constituencyDescription: c.description,
          declaredCandidates: c.declared,
          alias: extra.alias,
          origin: extra.origin,
          organization: extra.origin === 'Tự ứng cử' ? '' : extra.organization,
          organizationKind: extra.origin === 'Tự ứng cử' || extra.organization === '' ? '' : extra.organizationKind,
          stage: extra.stage,
          status: extra.status,
          statusReason: extra.statusReason,
          fullTime: extra.fullTime,
        };
        rows.push(columns.map((col) => cells[col.key] ?? ''));
      });
      return { layout, headers: columns.map((c) => c.header), rows };
    });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The canonical dataset the core engine reads from generated rows; throws if the generator made bad rows. */
export function datasetFromRows(generated: GeneratedRows, election: ImportElection = TEST_ELECTION): Dataset {
  const engine = new TableImport({ election, layout: generated.layout });
  const sheet = engine.beginSheet('generated');
  sheet.row(generated.headers, 1);
  generated.rows.forEach((row, i) => sheet.row(row, i + 2));
  const result = engine.finish();
  if (result.errors.length > 0) {
    throw new Error(`The generator made rows the engine rejects: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
  return result.data;
}

/** Generated canonical datasets of a layout. */
export function arbitraryDataset(layout: LayoutId, maxNominees = 25): fc.Arbitrary<Dataset> {
  return layoutRows(layout, maxNominees).map((rows) => datasetFromRows(rows));
}
