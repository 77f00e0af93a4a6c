/**
 * Text into Word runs. Every string is normalised to NFC here, the one place text enters the document, so
 * a name typed in NFD prints (and is searched, and sorts) like any other. A line break or a tab inside a
 * value becomes Word's own break or tab, since a raw one in w:t is shown as a space; characters XML 1.0
 * cannot carry are dropped, or the file would not open at all.
 */
import { Tab, TextRun } from 'docx';
import type { RichText, TextRun as ModelRun } from '@ungcu/documents';

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Points. */
  readonly size?: number;
  readonly allCaps?: boolean;
}

// eslint-disable-next-line no-control-regex -- removing what XML 1.0 cannot hold is the point of this pattern
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** NFC, carriage returns folded into line feeds, and nothing an XML 1.0 document cannot hold. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/gu, '\n').replace(NOT_IN_XML, '');
}

/** Word's run properties for a style: sizes in half-points, as WordprocessingML counts them. */
function runProps(style: RunStyle): { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean } {
  return {
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
    ...(style.size === undefined ? {} : { size: style.size * 2 }),
    ...(style.allCaps === true ? { allCaps: true } : {}),
  };
}

/** One string as runs: each line after the first starts with a break, each tab is a Word tab. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const props = runProps(style);
  const runs: TextRun[] = [];
  cleanText(text)
    .split('\n')
    .forEach((line, i) => {
      const parts = line.split('\t');
      const children: (string | Tab)[] = [];
      parts.forEach((part, j) => {
        if (j > 0) children.push(new Tab());
        if (part !== '') children.push(part);
      });
      runs.push(new TextRun({ ...props, ...(i > 0 ? { break: 1 } : {}), children }));
    });
  return runs;
}

/** Rich text (a string or emphasised runs) as Word runs, with a base style under each run's own emphasis. */
export function richRuns(text: RichText, style: RunStyle = {}): TextRun[] {
  if (typeof text === 'string') return textRuns(text, style);
  return text.flatMap((run: ModelRun) =>
    textRuns(run.text, { ...style, bold: run.bold === true || style.bold === true, italics: run.italic === true || style.italics === true }),
  );
}
