/**
 * The import and export ports. Adapters (CSV, XLSX...) implement them; apps, the CLI and `createUngcu()` only
 * ever see these types, so a format can be swapped without touching the code that uses it.
 */
import type { Dataset } from '../model/dataset';
import type { NominationOrigin } from '../model/nominee';
import type { ImportError } from './import-error';
import type { Locale, Report, RulePack } from '../rules/types';
import type { Layout } from './layout';
import type { RedactionChoice } from './redaction';

/** The two built-in tabular layouts every tabular adapter reads and writes (see docs/export). */
export type LayoutId = 'official-list' | 'nominee-template';
export const LAYOUT_IDS: readonly LayoutId[] = ['official-list', 'nominee-template'];

/**
 * A layout named by its id (a built-in one) or given as a value: an agency's own columns are a `Layout` it
 * defines, handed to any tabular importer or exporter without forking it.
 */
export type LayoutChoice = LayoutId | Layout;

/** One input: a name for error reports (usually the file name) and its bytes, text, or a stream of chunks. */
export interface ImportSource {
  readonly name: string;
  readonly data: Uint8Array | string | AsyncIterable<Uint8Array>;
}

/**
 * The election the imported rows belong to: files of nominees do not say which election day they are for.
 * A rule pack gives it: `pack.election(day?)`. Importers check it once, before any file is read
 * (`checkImportElection`).
 */
export interface ImportElection {
  /** Default: `election-<electionDay>`. */
  readonly id?: string;
  /** Default: "Bầu cử đại biểu Quốc hội khóa <term>" for the official list, else "Cuộc bầu cử ngày <day>". */
  readonly name?: string;
  readonly electionDay: string;
  readonly rulePack: string;
  /** The term of the body on the official list ("XV"); the official list does not print it. */
  readonly term?: string;
}

/** What the importer knows about a row of the official list when it asks for the nomination's origin. */
export interface OriginContext {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly province: string;
  readonly constituencyNumber: number;
}

export interface ImportOptions {
  /** Default: detected from each file's header row among the built-in layouts. */
  readonly layout?: LayoutChoice;
  /** The election the rows belong to, usually `pack.election(day?)`. */
  readonly election: ImportElection;
  /** With errors: return the valid rows instead of an empty dataset. */
  readonly validRowsOnly?: boolean;
  /**
   * The origin (central, local, self-nominated) of nominees read from the official list, which does not
   * record it. Default `'local'`: see docs/export/nominee-columns.md ("origin") for why, and pass a function
   * (for example a lookup in the list of centrally introduced nominees) when origin-based quotas matter.
   */
  readonly origin?: NominationOrigin | ((row: OriginContext) => NominationOrigin);
  /** Stage of nominees read from the official list. Default `'official'`. */
  readonly stage?: 'proposed' | 'preliminary' | 'qualified' | 'official';
  /**
   * Called as rows are read: every 1,000 data rows of a file, and once with its count when it is done. The
   * tabular importers (CSV, XLSX) call it; a CLI draws its progress bar from it.
   */
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** How far reading has gone: the data rows read so far from `file` (how many there are is known only at its end). */
export interface ImportProgress {
  readonly file: string;
  readonly rows: number;
}

/** Non-fatal notes: data the importer read but could not represent fully (kept as text nowhere else). */
export type ImportWarning = ImportError;

export interface ImportResult {
  /** The dataset; empty when there are errors, unless `validRowsOnly` was set. */
  readonly data: Dataset;
  /** Every error of every file, in file and row order. */
  readonly errors: readonly ImportError[];
  /** Things read but not fully understood (an incumbency text that does not parse, an unknown column). */
  readonly warnings: readonly ImportWarning[];
}

export interface Importer {
  readonly id: string;
  read(input: ImportSource | readonly ImportSource[], options: ImportOptions): Promise<ImportResult>;
}

/** What an export holds: the list of nominees (default) or the validation report of it. */
export type ExportContent = 'list' | 'report';
export const EXPORT_CONTENTS: readonly ExportContent[] = ['list', 'report'];

/**
 * The heading and signature of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): what a document
 * exporter (PDF, DOCX) prints around the list or the report. Every field is optional: an absent number,
 * place or date is printed as the dotted blank that drafts leave for the office to fill in before signing.
 */
export interface DocumentHeading {
  /** The issuing body, as printed in capitals under its parent body: "ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI". */
  readonly issuer?: string;
  /** The body above the issuer (cơ quan chủ quản), printed on the line above it; absent for most election bodies. */
  readonly parentIssuer?: string;
  /** The document number (số), e.g. "12". */
  readonly number?: string;
  /** The symbol (ký hiệu) after the number, e.g. "NQ-UBBC". */
  readonly symbol?: string;
  /** The place name of the date line (địa danh): "Hà Nội". */
  readonly place?: string;
  /** The date the document is issued (ISO): printed "ngày 15 tháng 4 năm 2021". */
  readonly date?: string;
  /** The document's own title; default: the exporter's ("DANH SÁCH CHÍNH THỨC NHỮNG NGƯỜI ỨNG CỬ..."). */
  readonly title?: string;
  /** The signature block: "TM. ỦY BAN BẦU CỬ" (authority), "CHỦ TỊCH" (title), the signer's name. */
  readonly signer?: { readonly authority?: string; readonly title?: string; readonly name?: string };
  /** "Nơi nhận": the recipients, one per line. */
  readonly recipients?: readonly string[];
}

/** How far an export has gone, for a progress bar: `done` of `total` units (nominees, constituencies...). */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  /** What is counted, in both languages: { vi: 'đơn vị bầu cử', en: 'constituencies' }. */
  readonly unit: { readonly vi: string; readonly en: string };
}

export interface ExportOptions {
  /** Default: `'official-list'`. A tabular exporter writes any layout; other formats may ignore it. */
  readonly layout?: LayoutChoice;
  /**
   * Default `'list'`. `'report'` writes `report` (the validation report of the dataset) instead; an exporter
   * that cannot lists only `'list'` in its `contents` and refuses it with a ConfigError.
   */
  readonly what?: ExportContent;
  /** The report to write when `what` is `'report'`; `ungcu.export()` validates the dataset when it is absent. */
  readonly report?: Report;
  /**
   * The rule packs the report was made under, for what a report prints from them (the thresholds its charts
   * draw). `ungcu.export()` passes the registered packs the report names.
   */
  readonly packs?: readonly RulePack[];
  /** The language of headings, labels and the report's words. Default: the report's, else 'vi'. */
  readonly locale?: Locale;
  /** The administrative heading and signature block of a document format (PDF, DOCX). */
  readonly heading?: DocumentHeading;
  /** Called as the export goes, at most a few times a second; a CLI draws its progress bar from it. */
  readonly onProgress?: (progress: ExportProgress) => void;
  /**
   * What personal data to leave out: a profile or a preset's name ('public' for the published list, 'sensitive'
   * for vetting data). `defineExporter` applies it to the dataset before the format sees it, so every exporter
   * redacts alike (docs/export/redaction.md). Default: nothing removed.
   */
  readonly redaction?: RedactionChoice;
}

/** Make one with `defineExporter({ id, mediaType, extension, stream })`, which derives `write`. */
export interface Exporter<Options extends ExportOptions = ExportOptions> {
  /** The format's id ("csv", "xlsx", "json"...): any string, unique among the exporters an app registers. */
  readonly id: string;
  readonly mediaType: string;
  readonly extension: string;
  /** What it writes: `['list']` when absent. */
  readonly contents?: readonly ExportContent[];
  /** The whole file in memory. */
  write(input: Dataset, options?: Options): Promise<Uint8Array>;
  /** The same bytes as a stream of chunks, for files too large to hold twice. */
  stream(input: Dataset, options?: Options): AsyncIterable<Uint8Array>;
}
