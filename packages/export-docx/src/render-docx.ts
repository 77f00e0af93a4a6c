/**
 * renderDocx(): a document model (@ungcu/documents) as a Word file, with docx 9.7. Each model section is a
 * Word section of its own (so each starts on a new page, with the model's orientation). The first carries
 * the header with the page number, which the others inherit, and a blank first-page header, so page 1 goes
 * unnumbered as Decree 30 says while numbering runs on across sections. The body is Tinos, embedded.
 *
 * docx holds the whole document and zips it at the end: sections are taken from the model one at a time (the
 * model builds them lazily) and turned into Word elements at once, but the file exists only once all are in.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, type ISectionOptions, TextRun } from 'docx';
import { ConfigError } from '@ungcu/core/errors';
import type { ExportProgress } from '@ungcu/core/export';
import type { DocumentModel, Section } from '@ungcu/documents';
import { type BlockContext, blockElements } from './blocks';
import { fontMeasure } from './measure';
import { FACE_ORDER, FONT_FAMILY, type FontFaces, fontTableXml, settingsXml, tinosFaces } from './fonts';
import { administrativeHeading } from './heading';
import { pageProperties, printableWidth } from './page';
import { tableTextStyle } from './table';
import { cleanText } from './text';

export interface DocxRenderOptions {
  /** Body text size in points: 13 (default) or 14, the range Decree 30/2020 allows. */
  readonly fontSize?: 13 | 14;
  /**
   * Table text size in points; default 10. The official list has 19 columns on a landscape page: at the body
   * size, every position and workplace would wrap word by word.
   */
  readonly tableFontSize?: number;
  /** The four Tinos faces; default: read from @expo-google-fonts/tinos (Node). Pass them in a browser. */
  readonly fonts?: FontFaces;
  /** Called after each section is laid out: `done` of the model's `sectionCount`. */
  readonly onProgress?: (progress: ExportProgress) => void;
}

function checkSizes(fontSize: number, tableFontSize: number): void {
  if (fontSize !== 13 && fontSize !== 14) {
    throw new ConfigError({
      vi: `Tùy chọn fontSize phải là 13 hoặc 14 (cỡ chữ Nghị định 30/2020 quy định), nhận được ${String(fontSize)}`,
      en: `The fontSize option must be 13 or 14 (the sizes Decree 30/2020 allows), got ${String(fontSize)}`,
    });
  }
  if (!Number.isFinite(tableFontSize) || tableFontSize < 6 || tableFontSize > 14) {
    throw new ConfigError({
      vi: `Tùy chọn tableFontSize phải từ 6 đến 14 (điểm), nhận được ${String(tableFontSize)}`,
      en: `The tableFontSize option must be from 6 to 14 (points), got ${String(tableFontSize)}`,
    });
  }
}

/** Decree 30's page number: Word's PAGE field alone, 13 pt, upright, centred in the top margin. */
const PAGE_NUMBER_SIZE = 13;

/**
 * The headers of the first section: the number on every page but the first (titlePage), which gets an empty
 * header. Later sections inherit the default header and are not title pages, so numbering runs on.
 */
function numberedHeaders(): Pick<ISectionOptions, 'headers'> {
  return {
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: PAGE_NUMBER_SIZE * 2, children: [PageNumber.CURRENT] })] })],
      }),
      first: new Header({ children: [new Paragraph({})] }),
    },
  };
}

/** Page size, margins and, on the first section, the title-page switch that leaves page 1 unnumbered. */
const sectionProperties = (orientation: DocumentModel['orientation'], first: boolean): NonNullable<ISectionOptions['properties']> => ({
  page: pageProperties(orientation),
  ...(first ? { titlePage: true } : {}),
});

function sectionOptions(section: Section, model: DocumentModel, context: BlockContext, first: boolean): ISectionOptions {
  const children = [
    ...(section.heading === undefined ? [] : [administrativeHeading(section.heading, context.width)]),
    ...section.blocks.flatMap((block) => blockElements(block, context)),
  ];
  return {
    properties: sectionProperties(model.orientation, first),
    ...(first ? numberedHeaders() : {}),
    children,
  };
}

export async function renderDocx(model: DocumentModel, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const size = options.fontSize ?? 13;
  const tableSize = options.tableFontSize ?? 10;
  checkSizes(size, tableSize);
  const faces = options.fonts ?? tinosFaces();
  const context: BlockContext = { locale: model.locale, width: printableWidth(model.orientation), size, tableSize, measureBold: fontMeasure(faces.bold) };
  const sections: ISectionOptions[] = [];
  for (const section of model.sections) {
    sections.push(sectionOptions(section, model, context, sections.length === 0));
    options.onProgress?.({ done: sections.length, total: model.sectionCount, unit: model.sectionUnit });
  }
  // A document with no section (an empty list) is still a valid, empty page.
  if (sections.length === 0) sections.push({ properties: sectionProperties(model.orientation, true), ...numberedHeaders(), children: [] });
  const doc = new Document({
    creator: 'ungcu',
    title: cleanText(model.title),
    ...(model.subject === undefined ? {} : { subject: cleanText(model.subject) }),
    styles: { default: { document: { run: { font: FONT_FAMILY, size: size * 2 } } }, paragraphStyles: [tableTextStyle(tableSize)] },
    // docx types font data as a Node Buffer; it only slices and maps it, which a Uint8Array does the same.
    fonts: FACE_ORDER.map((face) => ({ name: FONT_FAMILY, data: faces[face] as Buffer })),
    sections,
  });
  const keys = doc.FontTable.fontOptionsWithKey.map((font) => font.fontKey);
  return Packer.pack(doc, 'uint8array', false, [
    { path: 'word/fontTable.xml', data: fontTableXml(keys) },
    { path: 'word/settings.xml', data: settingsXml() },
  ]);
}
