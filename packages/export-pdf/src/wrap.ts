/**
 * Line breaking, done here rather than by pdfkit's own wrapper: the table needs each cell's lines before it
 * draws anything (to know a row's height, to keep a row on one page, to split a row taller than a page
 * between its lines), and drawing lines that are already broken skips pdfkit's wrapper altogether. Words are
 * measured once per face and size and remembered, which matters on a list where the same names, places and
 * positions repeat thousands of times. A word wider than the line is broken between characters.
 */
import type { TextRun } from '@ungcu/documents';
import type { FontFace } from './fonts';

/** Consecutive words of one face on a line, drawn with one text operation. */
export interface Fragment {
  readonly text: string;
  readonly face: FontFace;
  readonly width: number;
}

export interface Line {
  readonly fragments: readonly Fragment[];
  /** Width of the line as set (without stretching). */
  readonly width: number;
  /** Spaces between fragments and inside them: what justification stretches. */
  readonly spaces: number;
  /** The last line of a paragraph (or before a line break): never justified. */
  readonly last: boolean;
}

export type Measure = (face: FontFace, size: number, text: string) => number;

/**
 * A measuring function that remembers each text per face and size (one map each, so no key is built per
 * call), emptied when it grows past `limit` texts so a national export stays flat.
 */
export function cachedMeasure(measure: Measure, limit = 50_000): Measure {
  const caches = new Map<string, Map<string, number>>();
  let size = 0;
  return (face, fontSize, text) => {
    const id = face + fontSize;
    let cache = caches.get(id);
    if (cache === undefined) caches.set(id, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) {
      width = measure(face, fontSize, text);
      if (++size > limit) {
        for (const c of caches.values()) c.clear();
        size = 1;
      }
      cache.set(text, width);
    }
    return width;
  };
}

export function faceOf(run: TextRun): FontFace {
  if (run.bold === true) return run.italic === true ? 'boldItalic' : 'bold';
  return run.italic === true ? 'italic' : 'regular';
}

interface Word {
  readonly text: string;
  readonly face: FontFace;
  readonly width: number;
  /** A space precedes it (it is not glued to the previous run). */
  readonly spaced: boolean;
}

/** Breaks a word wider than the line into pieces that fit, between characters (never inside a grapheme's marks). */
function splitWide(word: Word, width: number, size: number, measure: Measure): Word[] {
  const pieces: Word[] = [];
  let current = '';
  for (const ch of Array.from(word.text)) {
    const next = current + ch;
    if (current !== '' && measure(word.face, size, next) > width) {
      pieces.push({ text: current, face: word.face, width: measure(word.face, size, current), spaced: pieces.length === 0 && word.spaced });
      current = ch;
    } else current = next;
  }
  if (current !== '') pieces.push({ text: current, face: word.face, width: measure(word.face, size, current), spaced: pieces.length === 0 && word.spaced });
  return pieces;
}

/**
 * The lines of runs of text set in `width` points at `size`: NFC, spaces collapsed, line breaks kept. An empty
 * text gives no line.
 */
export function wrapRuns(runs: readonly TextRun[], size: number, width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  // Words per hard line (a "\n" in the text ends a line).
  let paragraph: Word[] = [];
  const paragraphs: Word[][] = [paragraph];
  let glue = false; // the previous run ended without a space: the next word continues it
  for (const run of runs) {
    const face = faceOf(run);
    const text = run.text.normalize('NFC');
    const hardLines = text.split(/\r\n|\r|\n/u);
    hardLines.forEach((hard, h) => {
      if (h > 0) {
        paragraph = [];
        paragraphs.push(paragraph);
        glue = false;
      }
      const startsWithSpace = /^\s/u.test(hard);
      const words = hard.split(/\s+/u).filter((w) => w !== '');
      words.forEach((w, i) => {
        const spaced = paragraph.length > 0 && !(i === 0 && glue && !startsWithSpace);
        paragraph.push({ text: w, face, width: measure(face, size, w), spaced });
      });
      glue = hard !== '' && !/\s$/u.test(hard);
    });
  }
  for (const words of paragraphs) {
    if (words.length === 0) {
      if (paragraphs.length > 1) lines.push({ fragments: [], width: 0, spaces: 0, last: true });
      continue;
    }
    let fragments: { text: string; face: FontFace; width: number }[] = [];
    let lineWidth = 0;
    let spaces = 0;
    const flush = (last: boolean) => {
      lines.push({ fragments, width: lineWidth, spaces, last });
      fragments = [];
      lineWidth = 0;
      spaces = 0;
    };
    const place = (word: Word) => {
      const space = fragments.length > 0 && word.spaced ? measure(word.face, size, ' ') : 0;
      if (fragments.length > 0 && lineWidth + space + word.width > width) {
        flush(false);
        return place({ ...word, spaced: false });
      }
      const prev = fragments[fragments.length - 1];
      if (prev !== undefined && prev.face === word.face) {
        prev.text += (space > 0 ? ' ' : '') + word.text;
        prev.width += space + word.width;
      } else if (prev !== undefined && space > 0) {
        // The space goes with the earlier fragment, so each fragment starts where the last one ended.
        prev.text += ' ';
        prev.width += space;
        fragments.push({ text: word.text, face: word.face, width: word.width });
      } else fragments.push({ text: word.text, face: word.face, width: word.width });
      if (space > 0) spaces++;
      lineWidth += space + word.width;
    };
    for (const word of words) {
      if (word.width > width) for (const piece of splitWide(word, width, size, measure)) place(piece);
      else place(word);
    }
    flush(true);
  }
  return lines;
}

/** Plain text or runs as runs. */
export function asRuns(text: string | readonly TextRun[], emphasis: Omit<TextRun, 'text'> = {}): readonly TextRun[] {
  return typeof text === 'string' ? [{ text, ...emphasis }] : text.map((r) => ({ ...emphasis, ...r }));
}
