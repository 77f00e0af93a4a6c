/**
 * narrativeDocument(): a short report in prose with tables (a quarterly review, a summary an app writes) as a
 * Decree 30 document: the heading, a title, the paragraphs, one titled table per part and the signature block.
 * It takes words and cells, not a domain object, so any package's report prints through the PDF and DOCX
 * renderers without the documents model knowing it (the quarterly review of @ungcu/workflow: its
 * `quarterlyNarrative` and `quarterlyReportTables`).
 */
import type { Locale } from '@ungcu/core';
import type { DocumentHeading } from '@ungcu/core/export';
import { toNfc } from '@ungcu/core/text';
import { administrativeHeading } from './heading';
import type { Block, DocumentModel, TableBlock } from './model';
import { signatureBlock } from './signature';

/** A table of the report: its title, a header row and rows of text and numbers. */
export interface NarrativeTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface NarrativeDocumentOptions {
  readonly locale: Locale;
  /** The title, printed in capitals under the heading: "BÁO CÁO CÔNG TÁC QUÝ I/2021". */
  readonly title: string;
  readonly subject?: string;
  /** The paragraphs of the report, in order. */
  readonly paragraphs: readonly string[];
  readonly tables?: readonly NarrativeTable[];
  /** The Decree 30 heading and signature (issuer, number, place, date, signer); blanks where absent. */
  readonly heading?: DocumentHeading;
}

const WORDS = {
  vi: { figures: 'Số liệu', label: 'Báo cáo' },
  en: { figures: 'Figures', label: 'Report' },
} as const;

/** Numbers as the locale writes them (1.234 / 1,234); the first column, a label, on the left; counts on the right. */
function tableBlock(table: NarrativeTable, locale: Locale): TableBlock {
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const numeric = table.header.map((_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number' || r[i] === ''));
  // Widths in proportion to the longest cell of each column, the label column at least a third of the page.
  const longest = table.header.map((h, i) => Math.max(h.length, ...table.rows.map((r) => String(r[i] ?? '').length)));
  const total = longest.reduce((a, b) => a + b, 0);
  return {
    kind: 'table',
    columns: table.header.map((header, i) => ({
      header: toNfc(header),
      width: i === 0 ? Math.max(longest[i]!, total / 3) : Math.max(longest[i]!, 6),
      align: numeric[i] ? 'right' : 'left',
    })),
    rows: table.rows.map((row) => ({ cells: row.map((c) => (typeof c === 'number' ? format.format(c) : toNfc(c))) })),
  };
}

export function narrativeDocument(options: NarrativeDocumentOptions): DocumentModel {
  const { locale, heading } = options;
  const w = WORDS[locale];
  const title = toNfc(options.title);
  const blocks: Block[] = [
    { kind: 'title', lines: [title.toLocaleUpperCase('vi')] },
    ...options.paragraphs.map((text): Block => ({ kind: 'paragraph', text: toNfc(text), align: 'justify' })),
  ];
  if ((options.tables ?? []).length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: w.figures });
    for (const table of options.tables ?? []) {
      blocks.push({ kind: 'heading', level: 2, text: toNfc(table.name) }, tableBlock(table, locale));
    }
  }
  blocks.push(signatureBlock(heading));
  return {
    locale,
    title,
    subject: toNfc(options.subject ?? title),
    orientation: 'portrait',
    sectionCount: 1,
    sectionUnit: { vi: 'phần', en: 'parts' },
    sections: [{ label: w.label, heading: administrativeHeading(heading, locale), blocks }],
  };
}
