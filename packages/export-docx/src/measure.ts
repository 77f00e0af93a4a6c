/**
 * Word widths with the embedded font itself, so the DOCX sizes its table columns as the PDF does: no column
 * narrower than its longest word. Word lays a fixed-layout table out with the widths it is given; without a
 * real measure, a guess either starves the narrow columns (a date broken between digits) or wastes the page.
 * fontkit (foliojs, the font engine behind pdfkit) reads Tinos's advance widths and kerning.
 */
// The reference brings fontkit's types (it ships none) into every program that compiles this file, the
// docs-examples check among them, not only this package's tsconfig; an import cannot name an ambient module.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- see above
/// <reference path="./fontkit.d.ts" />
import { create, type Font } from 'fontkit';

/** A word's width in twips at `size` points, in the given face. */
export type MeasureWord = (word: string, size: number) => number;

export function fontMeasure(face: Uint8Array): MeasureWord {
  const opened = create(face);
  const font: Font = 'fonts' in opened ? opened.fonts[0]! : opened;
  const cache = new Map<string, number>();
  return (word, size) => {
    let units = cache.get(word);
    if (units === undefined) {
      units = font.layout(word).advanceWidth;
      // Bounded: a national list has many distinct words, and one table is sized at a time.
      if (cache.size > 50_000) cache.clear();
      cache.set(word, units);
    }
    return (units / font.unitsPerEm) * size * 20;
  };
}
