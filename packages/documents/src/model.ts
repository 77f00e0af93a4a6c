/**
 * The document model: what a printed list or report holds, independent of the file format. The builders
 * (official list, validation report) make one; the PDF and DOCX exporters render it. Keeping the content here
 * means both formats print the same words, numbers and order, and a test of the content is a test of both.
 *
 * Sections are an iterable, not an array: the national list has up to 100,000 constituencies and a renderer
 * writes each section's pages before the next section is built, so memory stays flat in the number of pages.
 */

/** A run of text with its emphasis. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Text as a plain string or runs of differently emphasised text. Always NFC. */
export type RichText = string | readonly TextRun[];

/**
 * The administrative heading of Decree 30/2020/NĐ-CP (Appendix I), resolved to the lines to print: left, the
 * issuing body and the number; right, the national motto and the place and date. Blanks are dotted.
 */
export interface AdministrativeHeading {
  /** The body above the issuer (cơ quan chủ quản), printed upright above it; absent when none. */
  readonly parentIssuer?: string;
  /** The issuing body, in capitals, bold: "ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI". */
  readonly issuer: string;
  /** "Số: 12/NQ-UBBC", or "Số:      /" when no number is given. */
  readonly numberLine: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (upright, bold, capitals). */
  readonly motto: string;
  /** "Độc lập - Tự do - Hạnh phúc" (bold, underlined by a rule of its width). */
  readonly slogan: string;
  /** "Hà Nội, ngày 15 tháng 4 năm 2021" (italic), or "…, ngày … tháng … năm …". */
  readonly dateLine: string;
}

export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  /** Header text, as printed on every page the table runs over. */
  readonly header: string;
  /** Relative width: the renderer shares the printable width in proportion. */
  readonly width: number;
  readonly align: Align;
}

/** One row: one printed cell per column (already formatted: numbers and shares as the locale writes them). */
export interface TableRow {
  readonly cells: readonly string[];
  /** 'fail': a value that breaks a rule (printed bold, and shaded where the format allows); 'total': a sum row. */
  readonly emphasis?: 'fail' | 'total';
  /** Cells (by column index) that break a rule, when only some do. */
  readonly failingCells?: readonly number[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  /** The header row is repeated at the top of every page the table runs over. */
  readonly rows: readonly TableRow[];
}

export interface TitleBlock {
  readonly kind: 'title';
  /** The first line is the document's title (bold capitals); the others are centred subtitles. */
  readonly lines: readonly string[];
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1: a part of the document ("I. TÓM TẮT"); 2: a subsection. */
  readonly level: 1 | 2;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: RichText;
  readonly align?: Align | 'justify';
}

/** A list of lines with a marker (findings, notes). */
export interface ListBlock {
  readonly kind: 'list';
  readonly items: readonly RichText[];
}

/** A chart drawn by a charting library as SVG, embedded as vectors. */
export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  /** The SVG document, its text in the document's font family. */
  readonly svg: string;
  /** Size in points (1/72 inch), as drawn. */
  readonly width: number;
  readonly height: number;
  /** The chart's content in words, for readers that show no image (and DOCX, which embeds no SVG here). */
  readonly description: string;
  /** The chart's figures as a table (a row per bar, failing cells marked), for formats that print no SVG. */
  readonly data?: TableBlock;
}

/** The signature block of Decree 30: authority line ("TM. ỦY BAN BẦU CỬ"), title, space to sign, name. */
export interface SignatureBlock {
  readonly kind: 'signature';
  readonly authority?: string;
  readonly title?: string;
  readonly name?: string;
  /** "Nơi nhận:" lines, printed on the left of the signature. */
  readonly recipients?: readonly string[];
}

export interface PageBreakBlock {
  readonly kind: 'page-break';
}

export type Block =
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ChartBlock
  | SignatureBlock
  | PageBreakBlock;

/** A part of the document that starts on a new page (one constituency's list, the report). */
export interface Section {
  /** For progress and bookmarks: "Hà Nội, đơn vị bầu cử số 1". */
  readonly label: string;
  /** Printed at the top of the section's first page. */
  readonly heading?: AdministrativeHeading;
  readonly blocks: readonly Block[];
}

/**
 * What a renderer prints. The model carries no page numbers: every renderer numbers pages as Decree
 * 30/2020/NĐ-CP, Appendix I, says of "số trang văn bản" (Arabic numerals, 13 pt, upright, centred in the
 * top margin, the first page unnumbered), running on across sections, with no total ("3", not "3/40": a page
 * is written before the next is known).
 */
export interface DocumentModel {
  readonly locale: 'vi' | 'en';
  /** Document metadata (PDF Info, DOCX core properties). */
  readonly title: string;
  readonly subject?: string;
  readonly orientation: 'portrait' | 'landscape';
  /** How many sections `sections` yields, known before they are built (for progress). */
  readonly sectionCount: number;
  /** What a section counts as, for a progress bar: { vi: 'đơn vị bầu cử', en: 'constituencies' }. */
  readonly sectionUnit: { readonly vi: string; readonly en: string };
  /** Built lazily, in order. */
  readonly sections: Iterable<Section>;
}
