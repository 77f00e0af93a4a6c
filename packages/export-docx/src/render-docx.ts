/**
 * renderDocx(): a document model (@ungcu/documents) as a Word file, with docx 9.7. Each model section is a
 * Word section of its own (so each starts on a new page, with the model's orientation), the first carries
 * the footer with the page number, which the others inherit; the body is Tinos, embedded.
 *
 * docx holds the whole document and zips it at the end: sections are taken from the model one at a time (the
 * model builds them lazily) and turned into Word elements at once, but the file exists only once all are in.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, type ISectionOptions, TextRun } from 'docx';
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

/** "Trang {page}" → the text around the page field, the field itself being Word's PAGE. */
function pageFooter(label: string, size: number): Footer {
  const [before = '', after = ''] = cleanText(label).split('{page}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: size * 2, children: [before, PageNumber.CURRENT, after] })],
      }),
    ],
  });
}

function sectionOptions(section: Section, model: DocumentModel, context: BlockContext, first: boolean): ISectionOptions {
  const children = [
    ...(section.heading === undefined ? [] : [administrativeHeading(section.heading, context.width)]),
    ...section.blocks.flatMap((block) => blockElements(block, context)),
  ];
  return {
    properties: { page: pageProperties(model.orientation) },
    ...(first ? { footers: { default: pageFooter(model.pageLabel, 12) } } : {}),
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
  if (sections.length === 0) sections.push({ properties: { page: pageProperties(model.orientation) }, footers: { default: pageFooter(model.pageLabel, 12) }, children: [] });
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
