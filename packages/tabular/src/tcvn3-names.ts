/**
 * TCVN3 (the ABC fonts) has no capital letters with a tone mark: a list typed in .VnTime writes "Ánh" with the
 * code of "ánh", the capital drawn by switching that letter to the .VnTimeH font, which neither a CSV file nor a
 * cell's text keeps. Decoded as it is, "Dương Minh Ánh" comes back "Dương Minh ánh", and a re-import would
 * "correct" the stored name. Vietnamese personal names capitalise every word, so the name columns of a TCVN3
 * sheet get their capitals back; other text keeps what the file says, and the legacy-encoding warning asks for
 * a check.
 */
import type { CellValue, Layout } from '@ungcu/core/export';
import { isBlank } from './cell';
import { detectLayout, matchHeaders } from './match-headers';

const NAME_KEYS = ['fullName', 'alias'];

/**
 * A word starting with a toned vowel: the only letters TCVN3 cannot write as capitals. A word starting with any
 * other lower-case letter was written so ("Hòa thượng" in a religious name), and stays.
 */
const TONED_WORD_START = /(^|[\s(])([àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])/gu;

/** The words of a name that TCVN3 lowered get their capital back: "Dương Minh ánh" → "Dương Minh Ánh". */
export function capitalizeNameWords(name: string): string {
  return name.replace(TONED_WORD_START, (_match, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

/**
 * A row filter for one TCVN3 sheet: the first non-blank row is the header, which says where the name columns
 * are (by the layouts given); in every later row those cells get their capitals back.
 */
export function tcvn3NameCapitals(layouts: readonly Layout[]): (cells: readonly CellValue[]) => readonly CellValue[] {
  let columns: number[] | undefined;
  return (cells) => {
    if (columns === undefined) {
      if (cells.every(isBlank)) return cells;
      const layout = detectLayout(layouts, cells);
      const indexOf = layout === undefined ? undefined : matchHeaders(layout, cells).indexOf;
      columns = indexOf === undefined ? [] : NAME_KEYS.map((k) => indexOf.get(k)).filter((i): i is number => i !== undefined);
      return cells;
    }
    if (columns.length === 0) return cells;
    const out = [...cells];
    for (const i of columns) {
      const value = out[i];
      if (typeof value === 'string') out[i] = capitalizeNameWords(value);
    }
    return out;
  };
}
