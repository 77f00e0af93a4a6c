/**
 * officialListDocument(): the official candidate list (danh sách chính thức những người ứng cử, Điều 57 khoản 4
 * and Điều 58 khoản 2 of Law 85/2015/QH13), one section per constituency, in the published layout: the Decree 30
 * heading, the title lines (election, province, constituency number and area, seats and candidates), a table
 * with the statutory columns of the official-list layout of @ungcu/tabular (its headers and cell encoders), in
 * the official name order, and the signature block. Each section stands alone because each constituency's list
 * is posted on its own at the polling areas (Điều 59).
 *
 * Sections are built one at a time as the renderer asks for them: a national list of 100,000 constituencies
 * never has more than one section's blocks in memory.
 */
import type { AdministrativeUnit, Body, Constituency, Dataset, Election, Nominee, NomineeStage } from '@ungcu/core';
import type { DocumentHeading } from '@ungcu/core/export';
import type { Locale } from '@ungcu/core/rules';
import { formatDayFirstDate, toNfc } from '@ungcu/core/text';
import { OFFICIAL_LIST_COLUMNS, personDetailCells } from '@ungcu/tabular';
import { bodyName, deputiesOf } from './body-words';
import { cellText } from './cells';
import { administrativeHeading } from './heading';
import { groupByConstituency, officialOrder, orderedConstituencies } from './list-order';
import type { AdministrativeHeading, Align, Block, DocumentModel, Section, TableColumn, TableRow } from './model';
import { signatureBlock } from './signature';

export interface OfficialListOptions {
  /** Language of the fixed words and column headers; the data (names, places, positions) prints as written. Default 'vi'. */
  readonly locale?: Locale;
  /** The Decree 30 heading and signature block; absent parts print as dotted blanks. */
  readonly heading?: DocumentHeading;
  /** The stage whose nominees are listed (active nominations only); default 'official'. */
  readonly stage?: NomineeStage;
}

/** The columns printed: the layout's from STT on (the province, number and area are in the section's title). */
const TABLE_COLUMNS = OFFICIAL_LIST_COLUMNS.slice(OFFICIAL_LIST_COLUMNS.findIndex((c) => c.key === 'listNumber'));
const CENTRED: ReadonlySet<string> = new Set(['listNumber', 'dateOfBirth', 'gender', 'partyJoinDate', 'educationGeneral']);
const GENDER_COLUMN = TABLE_COLUMNS.findIndex((c) => c.key === 'gender');

/** The table's columns in `locale`: the layout's Vietnamese headers, or its `headerEn`. */
export function officialListColumns(locale: Locale): TableColumn[] {
  return TABLE_COLUMNS.map((c) => ({
    header: locale === 'vi' ? c.header : c.headerEn,
    width: c.width,
    align: (CENTRED.has(c.key) ? 'center' : 'left') satisfies Align,
  }));
}

/**
 * One candidate's row: the layout's cells, dates day first. STT is the row's position: the printed list is in
 * alphabetical order ("theo vần chữ cái A, B, C", Điều 57 khoản 5), and a recorded list number from a list out
 * of that order (Thái Bình no. 3 in 2021 put Thân before Thắng) would print 1, 2, 3, 5, 4.
 */
export function officialListRow(n: Nominee, position: number, locale: Locale): TableRow {
  const cells = [position, n.person.fullName, ...personDetailCells(n.person, n.sourceText)].map(cellText);
  // The layout writes the gender as the list does ("Nam", "Nữ"); an English document says it in English.
  if (locale === 'en') cells[GENDER_COLUMN] = n.person.gender === 'male' ? 'Male' : 'Female';
  return { cells };
}

const TEXT = {
  vi: {
    title: (body: string) => `DANH SÁCH CHÍNH THỨC NHỮNG NGƯỜI ỨNG CỬ ĐẠI BIỂU ${body.toLocaleUpperCase('vi')}`,
    election: (name: string, day: string) => `${name}, ngày bầu cử ${day}`,
    place: (province: string, number: number) => `${province} - Đơn vị bầu cử số ${number}`,
    covers: 'Gồm: ',
    seats: (deputies: string, seats: number, candidates: number) =>
      `Số ${deputies} được bầu: ${seats} người. Số người ứng cử: ${candidates} người.`,
    label: (province: string, number: number) => `${province}, đơn vị bầu cử số ${number}`,
    subject: 'Danh sách chính thức những người ứng cử theo từng đơn vị bầu cử',
  },
  en: {
    title: (body: string) => `OFFICIAL LIST OF CANDIDATES FOR DEPUTIES TO THE ${body.toUpperCase()}`,
    election: (name: string, day: string) => `${name}, election day ${day}`,
    place: (province: string, number: number) => `${province} - Constituency no. ${number}`,
    covers: 'Covers: ',
    seats: (deputies: string, seats: number, candidates: number) =>
      `${deputies[0]!.toUpperCase()}${deputies.slice(1)} to elect: ${seats}. Candidates: ${candidates}.`,
    label: (province: string, number: number) => `${province}, constituency no. ${number}`,
    subject: 'Official candidate lists by constituency',
  },
} as const;

/** The heading a National Assembly list gets by default: the National Election Council publishes it (Điều 57 k4). */
const NA_DEFAULTS: Readonly<Record<Locale, DocumentHeading>> = {
  vi: { issuer: 'Hội đồng bầu cử quốc gia', signer: { authority: 'TM. HỘI ĐỒNG BẦU CỬ QUỐC GIA', title: 'CHỦ TỊCH' } },
  en: { issuer: 'National Election Council', signer: { authority: 'ON BEHALF OF THE NATIONAL ELECTION COUNCIL', title: 'CHAIR' } },
};

/** The caller's heading over the defaults of a list holding only National Assembly constituencies. */
function headingWithDefaults(heading: DocumentHeading | undefined, bodies: readonly Body[], locale: Locale): DocumentHeading | undefined {
  const onlyNa = bodies.length > 0 && bodies.every((b) => b.kind === 'national-assembly');
  if (!onlyNa || heading?.issuer !== undefined) return heading;
  const defaults = NA_DEFAULTS[locale];
  return { ...defaults, ...heading, signer: { ...defaults.signer, ...heading?.signer } };
}

interface ListContext {
  readonly locale: Locale;
  readonly printed: AdministrativeHeading;
  readonly heading: DocumentHeading | undefined;
  readonly units: ReadonlyMap<string, AdministrativeUnit>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly elections: ReadonlyMap<string, Election>;
  readonly columns: readonly TableColumn[];
}

function provinceOf(c: Constituency, ctx: ListContext): string {
  const unit = c.unitId === undefined ? undefined : ctx.units.get(c.unitId);
  return toNfc(unit?.fullName ?? unit?.name ?? '');
}

/** The area line: the constituency's description as the dataset writes it, else the names of the units it covers. */
function areaLine(c: Constituency, ctx: ListContext): string | undefined {
  if (c.description !== undefined && c.description.trim() !== '') return toNfc(c.description);
  const names = c.coveredUnitIds.map((id) => ctx.units.get(id)).map((u) => u?.fullName ?? u?.name).filter((n) => n !== undefined);
  return names.length === 0 ? undefined : toNfc(`${TEXT[ctx.locale].covers}${names.join(', ')}.`);
}

function buildSection(c: Constituency, people: readonly Nominee[], ctx: ListContext): Section {
  const words = TEXT[ctx.locale];
  const body = ctx.bodies.get(c.bodyId);
  const province = provinceOf(c, ctx);
  const ordered = officialOrder(people);
  const title: string[] = [];
  if (body !== undefined) {
    const unit = body.unitId === undefined ? undefined : ctx.units.get(body.unitId);
    title.push(toNfc(ctx.heading?.title ?? words.title(bodyName(body, unit, ctx.locale))));
    const election = ctx.elections.get(body.electionId);
    if (election !== undefined) title.push(toNfc(words.election(election.name, formatDayFirstDate(election.electionDay))));
  } else if (ctx.heading?.title !== undefined) {
    title.push(toNfc(ctx.heading.title));
  }
  title.push(words.place(province, c.number));
  const area = areaLine(c, ctx);
  if (area !== undefined) title.push(area);
  if (body !== undefined) title.push(words.seats(deputiesOf(body, ctx.locale), c.seats, ordered.length));
  const blocks: Block[] = [
    { kind: 'title', lines: title },
    { kind: 'table', columns: ctx.columns, rows: ordered.map((n, i) => officialListRow(n, i + 1, ctx.locale)) },
    signatureBlock(ctx.heading),
  ];
  return { label: words.label(province, c.number), heading: ctx.printed, blocks };
}

/**
 * The official list of every constituency in `dataset` with a listed nominee or not, body by body in dataset
 * order, each body's constituencies by province and number. A constituency with no listed nominee still gets
 * its section (an empty table), so a missing list shows on paper rather than vanishing.
 */
export function officialListDocument(dataset: Dataset, options: OfficialListOptions = {}): DocumentModel {
  const locale = options.locale ?? 'vi';
  const stage = options.stage ?? 'official';
  const listedBodies = dataset.bodies.filter((b) => dataset.constituencies.some((c) => c.bodyId === b.id));
  const heading = headingWithDefaults(options.heading, listedBodies, locale);
  const constituencies = listedBodies.flatMap((b) => orderedConstituencies(dataset, dataset.constituencies.filter((c) => c.bodyId === b.id)));
  const ctx: ListContext = {
    locale,
    printed: administrativeHeading(heading, locale),
    heading,
    units: new Map(dataset.administrativeUnits.map((u) => [u.id, u])),
    bodies: new Map(dataset.bodies.map((b) => [b.id, b])),
    elections: new Map(dataset.elections.map((e) => [e.id, e])),
    columns: officialListColumns(locale),
  };
  const listed = (n: Nominee): boolean => n.nomination.status === 'active' && n.nomination.stage === stage;
  const groups = groupByConstituency(dataset.nominees.filter(listed));
  const first = listedBodies[0];
  const words = TEXT[locale];
  return {
    locale,
    title: toNfc(heading?.title ?? (first === undefined ? words.subject : words.title(bodyName(first, undefined, locale)))),
    subject: words.subject,
    orientation: 'landscape',
    sectionCount: constituencies.length,
    sectionUnit: { vi: 'đơn vị bầu cử', en: 'constituencies' },
    sections: {
      *[Symbol.iterator]() {
        for (const c of constituencies) yield buildSection(c, groups.get(c.id) ?? [], ctx);
      },
    },
  };
}
