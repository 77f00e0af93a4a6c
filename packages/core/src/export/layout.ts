/**
 * The tabular layout contract: a layout is data (its columns: header as files write it, English name, whether
 * it must be present and filled, what it holds, its model field), a row decoder and a row encoder. Core owns
 * the contract so that importers, exporters and an agency's own layout agree on it; the two built-in layouts
 * and the engine that runs them are in @ungcu/tabular.
 */
import type { BodyKind } from '../model/election';
import type { Dataset } from '../model/dataset';
import type { NominationOrigin, NomineeInput, NomineeStage } from '../model/nominee';
import type { LocalizedText } from '../model/primitives';
import type { ImportErrorCode, RowPlace } from './import-error';
import type { ImportOptions } from './ports';

/**
 * Cell values as adapters hand them over: CSV gives text; XLSX gives text, numbers, booleans and dates (or
 * date serial numbers, from a streaming reader that does not apply styles). A decoder accepts all of them,
 * so every format shares one decoder.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A date written to a file: adapters turn it into "dd/mm/yyyy" text (CSV) or a real date cell (XLSX). */
export interface DateCell {
  readonly date: string;
}

/** A value in a row produced by a layout encoder. */
export type OutputCell = string | number | DateCell | undefined;

export type ColumnType = 'text' | 'date' | 'integer' | 'list';

export interface LayoutColumn<K extends string = string> {
  readonly key: K;
  /** The header as files write it (Vietnamese, or as the official list spells it). */
  readonly header: string;
  readonly headerEn: string;
  /** Other headers accepted on import (matched blind to case, NFC/NFD and tone placement). */
  readonly aliases?: readonly string[];
  /** The file must have this column. */
  readonly present: boolean;
  /** Every row must fill it. */
  readonly required: boolean;
  readonly type: ColumnType;
  /** The allowed values of a list column, as written in the file (XLSX data validation uses them). */
  readonly list?: readonly string[];
  /** The model field it fills, e.g. "person.dateOfBirth". */
  readonly field: string;
  readonly description: LocalizedText;
  /** Width in characters for spreadsheets. */
  readonly width: number;
}

/** What one decoded row says: everything needed to place the nominee in bodies, units and constituencies. */
export interface NomineeRecord {
  readonly place: RowPlace;
  readonly body: { readonly kind: BodyKind; readonly term: string };
  /** The province as written (the constituency's province; the council's province). */
  readonly province: string;
  /** For councils below the province: the unit the council serves, as written. */
  readonly councilUnit?: string;
  readonly constituency?: {
    readonly number: number;
    readonly seats?: number;
    readonly description?: string;
    readonly declaredCandidates?: number;
  };
  readonly id?: string;
  readonly personId?: string;
  readonly person: NomineeInput['person'];
  readonly nomination: {
    readonly origin: NominationOrigin;
    readonly organization?: { readonly name: string; readonly kind: string };
    readonly stage: NomineeStage;
    readonly status: 'active' | 'withdrawn' | 'removed' | 'not-qualified';
    readonly statusReason?: string;
    readonly listNumber?: number;
    readonly fullTime?: boolean;
  };
  /** Cells kept as written because they could not be fully read, by column header (Nominee.sourceText). */
  readonly sourceText?: Readonly<Record<string, string>>;
}

/** Reads the cells of one row by column key. */
export interface RowCells<K extends string> {
  value(key: K): CellValue;
  /** The file has this column. */
  has(key: K): boolean;
}

export interface RowIssue<K extends string> {
  readonly key: K;
  readonly code: ImportErrorCode;
  readonly message: LocalizedText;
  readonly value?: string;
}

/** Problems found while decoding a row: errors drop the row, warnings keep it. */
export interface RowReport<K extends string> {
  error(issue: RowIssue<K>): void;
  warning(issue: RowIssue<K>): void;
}

/** One encoded file: its header row and its data rows, in the order they are written. */
export interface EncodedTable {
  readonly headers: readonly string[];
  readonly columns: readonly LayoutColumn[];
  readonly rows: Iterable<readonly OutputCell[]>;
  readonly rowCount: number;
}

export interface Layout<K extends string = string> {
  /** `'official-list'` and `'nominee-template'` are the built-in layouts; an agency's own layout has its own id. */
  readonly id: string;
  readonly name: LocalizedText;
  /** Name of the sheet the layout is written to in a workbook. */
  readonly sheetName: string;
  readonly columns: readonly LayoutColumn<K>[];
  /** The column holding the person's name: duplicate rows are reported there. */
  readonly nameColumn: K;
  /** The column whose value states a constituency's seats: disagreements are reported there. */
  readonly seatsColumn: K;
  /**
   * The files do not state the body's term (the official list does not print "khóa XV"), so the import needs
   * `options.election.term`; checked once, before a row of the layout is decoded.
   */
  readonly requiresTerm?: boolean;
  decode(cells: RowCells<K>, place: RowPlace, options: ImportOptions, report: RowReport<K>): NomineeRecord | undefined;
  encode(dataset: Dataset): EncodedTable;
}
