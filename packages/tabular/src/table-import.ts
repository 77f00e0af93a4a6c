/**
 * The import engine shared by every tabular adapter. An adapter reads its format (CSV text, XLSX sheets) into
 * rows of cell values and hands them over; the engine matches the header row to a layout, decodes each row,
 * collects every error of every file with its place, finds duplicate rows, and assembles one Dataset. It never
 * throws on bad data; it throws one ConfigError for a call that cannot work: an election that cannot be used
 * (checked as the engine is made, before any file is read) or a layout that needs the term when none is given
 * (checked as the layout is chosen, before a row of it is decoded).
 */
import { ENTITY_SCHEMAS, emptyDataset, ensureZodMessages, type CollectionName, type Dataset, type LocalizedText } from '@ungcu/core';
import {
  type CellValue,
  type ImportError,
  type ImportErrorCode,
  type ImportErrorColumn,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
  type Layout,
  type NomineeRecord,
  type RowCells,
  type RowIssue,
  type RowPlace,
  type RowReport,
  checkImportElection,
  columnLetter,
  importError,
} from '@ungcu/core/export';
import { CELL_BOUNDS, boundedMemo } from '@ungcu/core/text';
import { type ConstituencyConflict, assemble, personIdentity } from './assemble';
import { isBlank } from './cell';
import { type ControlCharacterHit, controlCharacterMessage, findControlCharacter, visibleControlCharacters } from './control-characters';
import { candidateLayouts } from './layouts';
import { detectLayout, matchHeaders } from './match-headers';
import { cachedAdminUnitKey } from './memo';

/** Where a record's seats are written: the column (worked out only when an error needs it) and the cell. */
function seatsExtra(column: (() => ImportErrorColumn) | undefined, value: CellValue): { column?: ImportErrorColumn; value?: string } {
  if (column === undefined) return {};
  const header = column();
  return value === undefined || value === null ? { column: header } : { column: header, value: String(value) };
}

type RefusedCell = [key: string, hit: ControlCharacterHit, text: string];

// Every row states its term, in a spelling or two per list: each is keyed once (bounds in core's text/memo.ts).
const termKey = boundedMemo((term: string) => term.replace(/\s+/gu, '').toUpperCase(), CELL_BOUNDS);

/** One sheet (or CSV file) being read: call header() with the first row, then row() for each data row. */
export interface SheetReader {
  /** The layout found from the header, once a header has been seen. */
  readonly layout: Layout | undefined;
  /** Feeds one row; the first non-blank row is the header. `rowNumber` is 1-based as a spreadsheet shows it. */
  row(cells: readonly CellValue[], rowNumber: number): void;
}

/** How often reading reports its progress: a bar redrawn every row would cost more than the row. */
const PROGRESS_ROWS = 1000;

export class TableImport {
  private readonly records: NomineeRecord[] = [];
  /** The personIdentity of each record, worked out once for the duplicate check and handed to assemble(). */
  private readonly identities: string[] = [];
  private readonly errors: ImportError[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly fileOrder = new Map<string, number>();
  /** The first row of each person and of each id, to report a later row as its duplicate. */
  private readonly seenPeople = new Map<string, RowPlace>();
  private readonly seenIds = new Map<string, RowPlace>();
  /** Per file: the sheets begun and the data rows they held, to report a file with nothing to import. */
  private readonly fileContents = new Map<string, { sheets: (string | undefined)[]; dataRows: number }>();
  /** The layouts a header may be in: the one the options name, else every built-in layout. */
  readonly layouts: readonly Layout[];
  private readonly forced: boolean;
  /** Where each record's seats are written, to report a constituency that disagrees with itself. */
  // Kept beside `records`, index for index, rather than in a Map keyed by record: a conflict is rare, and the
  // index of its record is looked up only then.
  private readonly seatsColumns: (() => ImportErrorColumn)[] = [];
  private readonly seatsValues: CellValue[] = [];
  private recordIndex: Map<NomineeRecord, number> | undefined;

  constructor(private readonly options: ImportOptions) {
    this.forced = options.layout !== undefined;
    this.layouts = candidateLayouts(options.layout);
    checkImportElection(options.election, { term: this.forced && this.layouts[0]!.requiresTerm === true });
  }

  /** Records an error about a whole file (unreadable, too malformed to parse). */
  fileError(file: string, code: ImportErrorCode, message: LocalizedText, extra: { sheet?: string; row?: number } = {}): void {
    this.noteFile(file);
    this.errors.push(importError({ file, ...(extra.sheet === undefined ? {} : { sheet: extra.sheet }), row: extra.row ?? 1 }, code, message));
  }

  /** Records a warning about a whole file (read, but only after a conversion the user should know of). */
  fileWarning(file: string, code: ImportErrorCode, message: LocalizedText, extra: { sheet?: string; row?: number } = {}): void {
    this.noteFile(file);
    this.warnings.push(importError({ file, ...(extra.sheet === undefined ? {} : { sheet: extra.sheet }), row: extra.row ?? 1 }, code, message));
  }

  private noteFile(file: string): void {
    if (!this.fileOrder.has(file)) this.fileOrder.set(file, this.fileOrder.size);
  }

  beginSheet(file: string, sheet?: string): SheetReader {
    this.noteFile(file);
    const { onProgress } = this.options;
    const contents = this.fileContents.get(file) ?? { sheets: [], dataRows: 0 };
    contents.sheets.push(sheet);
    this.fileContents.set(file, contents);
    let headerSeen = false;
    let layout: Layout | undefined;
    let indexOf: Map<string, number> | undefined;
    let headerTexts: readonly CellValue[] = [];
    let missing = new Set<string>();
    let unusable = false;
    // One per row: two plain literals rather than a spread, which would make an object more each time.
    const placeOf = (row: number): RowPlace => (sheet === undefined ? { file, row } : { file, sheet, row });
    /** Every column of the layout found, as [key, index], for the per-row check of refused characters. */
    let textColumns: readonly (readonly [string, number])[] = [];

    const columnOf = (key: string) => {
      const index = indexOf?.get(key);
      const header =
        index === undefined
          ? (layout?.columns.find((c) => c.key === key)?.header ?? key)
          : String(headerTexts[index] ?? '').trim();
      return index === undefined ? { header } : { header, letter: columnLetter(index) };
    };
    const seatsColumnOf = () => columnOf(layout!.seatsColumn);

    const readHeader = (cells: readonly CellValue[], rowNumber: number) => {
      headerTexts = cells;
      layout = this.forced ? this.layouts[0] : detectLayout(this.layouts, cells);
      if (layout === undefined) {
        unusable = true;
        this.errors.push(
          importError(placeOf(rowNumber), 'unknown-layout', {
            vi: 'Dòng tiêu đề không khớp mẫu nào đã biết (danh sách chính thức, mẫu danh sách người ứng cử).',
            en: 'The header row matches no known layout (official list, nominee template).',
          }),
        );
        return;
      }
      // Thrown, not reported per file: the same fault would stop every file of the layout.
      if (layout.requiresTerm === true) checkImportElection(this.options.election, { term: true });
      const matched = matchHeaders(layout, cells);
      indexOf = matched.indexOf as Map<string, number>;
      textColumns = [...indexOf];
      missing = new Set(layout.columns.filter((c) => !matched.indexOf.has(c.key)).map((c) => c.key));
      for (const c of layout.columns) {
        if (!c.present || matched.indexOf.has(c.key)) continue;
        this.errors.push(
          importError(placeOf(rowNumber), 'missing-column', {
            vi: `Thiếu cột "${c.header}" (${c.description.vi})`,
            en: `Missing column "${c.header}" (${c.description.en})`,
          }, { column: { header: c.header } }),
        );
      }
      for (const u of matched.unknown) {
        this.warnings.push(
          importError(placeOf(rowNumber), 'unknown-column', {
            vi: `Cột "${u.header}" không thuộc mẫu ${layout.name.vi}; bỏ qua.`,
            en: `Column "${u.header}" is not part of the ${layout.name.en} layout; ignored.`,
          }, { column: { header: u.header, letter: columnLetter(u.index) } }),
        );
      }
    };

    // One row is decoded at a time, so the row's cells, place and error state live here and the accessors
    // the layout calls are made once per sheet, not once per row (fewer objects for the collector).
    let rowCells: readonly CellValue[] = [];
    let rowPlace: RowPlace = placeOf(0);
    let rowRefused: RefusedCell[] | undefined;
    let rowFailed = false;
    const isRefused = (key: string) => rowRefused !== undefined && rowRefused.some(([refusedKey]) => refusedKey === key);
    const toError = (issue: RowIssue<string>) =>
      importError(rowPlace, issue.code, issue.message, {
        column: columnOf(issue.key),
        ...(issue.value === undefined ? {} : { value: issue.value }),
      });
    const cellsOfRow: RowCells<string> = {
      value: (key) => {
        const i = indexOf?.get(key);
        return i === undefined ? undefined : rowCells[i];
      },
      has: (key) => indexOf?.has(key) === true,
    };
    const report: RowReport<string> = {
      error: (issue) => {
        rowFailed = true;
        // A missing column is reported once, on the header row, not again on every row.
        if (!missing.has(issue.key) && !isRefused(issue.key)) this.errors.push(toError(issue));
      },
      warning: (issue) => {
        if (!isRefused(issue.key)) this.warnings.push(toError(issue));
      },
    };

    const readRow = (cells: readonly CellValue[], rowNumber: number) => {
      if (layout === undefined || indexOf === undefined) return;
      const place = placeOf(rowNumber);
      // Refused characters are checked before any layout decodes the row, so every layout and every adapter
      // gets the check; the columns holding one get no second error from the decoder.
      const refused = refusedColumns(textColumns, cells);
      if (refused !== undefined) {
        for (const [key, hit, text] of refused) {
          this.errors.push(
            importError(place, 'control-character', controlCharacterMessage(hit), {
              column: columnOf(key),
              value: visibleControlCharacters(text),
            }),
          );
        }
      }
      rowCells = cells;
      rowPlace = place;
      rowRefused = refused;
      rowFailed = refused !== undefined;
      const record = layout.decode(cellsOfRow, place, this.options, report);
      const failed = rowFailed;
      rowCells = [];
      if (failed || record === undefined) return;
      const layoutNow = layout;
      const identity = personIdentity(record);
      const duplicate = this.findDuplicate(record, identity);
      if (duplicate !== undefined) {
        this.errors.push(
          importError(place, 'duplicate-row', {
            vi: `Trùng với dòng ${duplicate.row} của ${duplicate.file}: cùng một người (họ tên, ngày sinh) cho cùng cơ quan được bầu.`,
            en: `Duplicates row ${duplicate.row} of ${duplicate.file}: the same person (name, date of birth) for the same body.`,
          }, { column: columnOf(layoutNow.nameColumn), value: record.person.fullName }),
        );
        return;
      }
      this.records.push(record);
      this.identities.push(identity);
      const seatsIndex = indexOf.get(layoutNow.seatsColumn);
      // The column is worked out only for a constituency that disagrees with itself, in finish().
      this.seatsColumns.push(seatsColumnOf);
      this.seatsValues.push(seatsIndex === undefined ? undefined : cells[seatsIndex]);
    };

    return {
      get layout() {
        return layout;
      },
      row(cells, rowNumber) {
        if (cells.every(isBlank)) return;
        if (!headerSeen) {
          headerSeen = true;
          readHeader(cells, rowNumber);
          return;
        }
        contents.dataRows++;
        if (onProgress !== undefined && contents.dataRows % PROGRESS_ROWS === 0) onProgress({ file, rows: contents.dataRows });
        if (!unusable) readRow(cells, rowNumber);
      },
    };
  }

  private findDuplicate(record: NomineeRecord, identity: string): RowPlace | undefined {
    if (record.id !== undefined) {
      const seen = this.seenIds.get(record.id);
      if (seen !== undefined) return seen;
      this.seenIds.set(record.id, record.place);
    }
    const unit = record.body.kind === 'national-assembly' ? '' : `${cachedAdminUnitKey(record.province)}/${cachedAdminUnitKey(record.councilUnit ?? '')}`;
    const key = `${record.body.kind}|${termKey(record.body.term)}|${unit}|${identity}`;
    const seen = this.seenPeople.get(key);
    if (seen !== undefined) return seen;
    this.seenPeople.set(key, record.place);
    return undefined;
  }

  /**
   * One `empty-file` error per file whose sheets held no data row (no row at all, or a header alone), so an
   * empty export is never taken for a list with nobody on it. A workbook with one filled sheet is not empty;
   * a file that already has an error of its own (unreadable, unknown layout, missing columns) gets no second.
   */
  private reportEmptyFiles(): void {
    const withErrors = new Set(this.errors.map((e) => e.file));
    for (const [file, { sheets, dataRows }] of this.fileContents) {
      if (dataRows > 0 || withErrors.has(file)) continue;
      const sheet = sheets.length === 1 ? sheets[0] : undefined;
      this.errors.push(
        importError({ file, ...(sheet === undefined ? {} : { sheet }), row: 1 }, 'empty-file', {
          vi: `Tệp không có dòng dữ liệu nào: ${file} không có dòng nào, hoặc chỉ có dòng tiêu đề; không nhập gì từ tệp này.`,
          en: `The file has no data row: ${file} has no rows, or only a header row; nothing is imported from it.`,
        }),
      );
    }
  }

  /** Assembles the dataset from every row read; errors mean an empty dataset unless validRowsOnly is set. */
  finish(): ImportResult {
    this.reportEmptyFiles();
    // Each file's final count, so a bar ends on the number read even when it is not a multiple of PROGRESS_ROWS.
    for (const [file, { dataRows }] of this.fileContents) this.options.onProgress?.({ file, rows: dataRows });
    const conflicts: ConstituencyConflict[] = [];
    const assembled = assemble(this.records, this.options.election, (c) => conflicts.push(c), this.identities);
    for (const { record, first, field } of conflicts) {
      const what = {
        seats: { vi: 'số đại biểu được bầu', en: 'seats' },
        declaredCandidates: { vi: 'số người ứng cử', en: 'declared candidates' },
        description: { vi: 'mô tả', en: 'description' },
      }[field];
      this.errors.push(
        importError(record.place, 'inconsistent-constituency', {
          vi: `Đơn vị bầu cử số ${record.constituency!.number} (${record.province}) ghi ${what.vi} khác với dòng ${first.place.row} của ${first.place.file}.`,
          en: `Constituency ${record.constituency!.number} (${record.province}) states different ${what.en} than row ${first.place.row} of ${first.place.file}.`,
        }, this.seatsOf(record)),
      );
    }
    // The rows as read are not needed past this point: let them go before the entities are parsed, so a
    // national import does not hold the rows, the assembled entities and the parsed ones all at once.
    this.records.length = 0;
    this.identities.length = 0;
    this.seatsColumns.length = 0;
    this.seatsValues.length = 0;
    this.recordIndex = undefined;
    const { data, invalid } = this.parseEntities(assembled.data, assembled.places);
    const errors = this.sorted(this.errors);
    const warnings = this.sorted(this.warnings);
    if (errors.length > 0 && (this.options.validRowsOnly !== true || invalid)) {
      return { data: emptyDataset(), errors, warnings };
    }
    return { data, errors, warnings };
  }

  /** The column and value of a record's seats, for an inconsistent-constituency error. */
  private seatsOf(record: NomineeRecord): { column?: ImportErrorColumn; value?: string } {
    this.recordIndex ??= new Map(this.records.map((r, i) => [r, i]));
    const i = this.recordIndex.get(record);
    return i === undefined ? {} : seatsExtra(this.seatsColumns[i], this.seatsValues[i]);
  }

  /** Runs every entity through its zod schema (NFC, trimming, lengths); failures become row errors. */
  private parseEntities(
    input: ReturnType<typeof assemble>['data'],
    places: Map<object, RowPlace>,
  ): { data: Dataset; invalid: boolean } {
    const data = emptyDataset() as Record<CollectionName, unknown[]>;
    let invalid = false;
    ensureZodMessages();
    for (const collection of Object.keys(input) as (keyof typeof input)[]) {
      const schema = ENTITY_SCHEMAS[collection];
      const entities = input[collection] as (object | undefined)[];
      for (let i = 0; i < entities.length; i++) {
        const entity = entities[i]!;
        const parsed = schema.safeParse(entity);
        if (parsed.success) {
          // The parsed copy replaces the assembled entity: drop the assembled one as we go (the engine's own
          // arrays and map), so the two are not both held for the whole dataset.
          entities[i] = undefined;
          places.delete(entity);
          data[collection].push(parsed.data);
          continue;
        }
        // A nominee that fails is dropped (its row is reported); any other entity failing breaks the whole set.
        if (collection !== 'nominees') invalid = true;
        const place = places.get(entity) ?? { file: '', row: 1 };
        for (const issue of parsed.error.issues) {
          const path = issue.path.join('.');
          this.errors.push(
            importError(place, 'invalid-field', {
              vi: `Giá trị không hợp lệ ở trường ${path} (${collection}): ${issue.message}`,
              en: `Invalid value in field ${path} (${collection}): ${issue.message}`,
            }),
          );
        }
      }
    }
    return { data: data as unknown as Dataset, invalid };
  }

  private sorted(list: readonly ImportError[]): ImportError[] {
    return list
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (this.fileOrder.get(a.e.file) ?? 0) - (this.fileOrder.get(b.e.file) ?? 0) || a.e.row - b.e.row || a.i - b.i)
      .map(({ e }) => e);
  }
}

/**
 * The layout columns of a row that hold a refused character, with the first one found and the cell text;
 * undefined for a clean row. One regex test per text cell: numbers, dates and booleans cannot hold one.
 */
function refusedColumns(
  columns: readonly (readonly [string, number])[],
  cells: readonly CellValue[],
): RefusedCell[] | undefined {
  let found: RefusedCell[] | undefined;
  for (const [key, i] of columns) {
    const value = cells[i];
    if (typeof value !== 'string') continue;
    const hit = findControlCharacter(value);
    if (hit !== undefined) (found ??= []).push([key, hit, value]);
  }
  return found;
}
