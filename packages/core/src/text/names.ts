/**
 * Splitting a Vietnamese full name ("họ và tên") into its parts.
 *
 * The first word is the family name (họ), the last the given name (tên), the words between the middle name
 * (tên đệm). Names of ethnic minorities do not always follow that pattern ("Y Biêr Niê", "Rơ Châm H'Mai"),
 * but official lists still treat the last word as the given name, so the split is positional for every name.
 * Text in parentheses is another name the person is known by ("Nguyễn Văn A (Ba B)"), kept apart as alias.
 */
import { normalizeText } from './normalize';

export interface FullNameParts {
  /** First word, or '' for a one-word name. */
  readonly family: string;
  /** Words between the first and the last, space-separated, or ''. */
  readonly middle: string;
  /** Last word (the given name), or '' for an empty name. */
  readonly given: string;
  /** Text found in parentheses, without them; several parenthesised parts are joined with "; ". */
  readonly alias?: string;
}

/** Apostrophe-like marks that join a syllable prefix to the next one in minority names ("K’ Nhiễu"). */
const APOSTROPHES = /* @__PURE__ */ new Set(["'", '’', '′', '`', 'ʼ']);

/**
 * The words of a name (alias removed), NFC. A word that ends in an apostrophe ("K’ Nhiễu") or a word that
 * starts with one is one name written with a stray space, so it is joined to its neighbour.
 */
export function nameWords(fullName: string): { readonly words: string[]; readonly alias?: string } {
  const { main, alias } = separateAlias(normalizeText(fullName));
  const words: string[] = [];
  for (const token of main.split(' ').filter((t) => t.length > 0)) {
    const previous = words[words.length - 1];
    if (previous !== undefined && (endsWithApostrophe(previous) || APOSTROPHES.has(token[0] ?? ''))) {
      words[words.length - 1] = `${previous} ${token}`;
    } else {
      words.push(token);
    }
  }
  return alias === undefined ? { words } : { words, alias };
}

/** Splits a full name: "Nguyễn Thị Hà Tuyên" → family "Nguyễn", middle "Thị Hà", given "Tuyên". */
export function splitFullName(fullName: string): FullNameParts {
  const { words, alias } = nameWords(fullName);
  const given = words[words.length - 1] ?? '';
  const family = words.length > 1 ? (words[0] ?? '') : '';
  const middle = words.slice(1, -1).join(' ');
  return alias === undefined ? { family, middle, given } : { family, middle, given, alias };
}

function endsWithApostrophe(word: string): boolean {
  return APOSTROPHES.has(word[word.length - 1] ?? '');
}

/** Takes every "( … )" out of the text; an unclosed "(" runs to the end, a stray ")" is dropped. */
function separateAlias(text: string): { main: string; alias?: string } {
  // Most names have no brackets; the text is already normalised (nameWords), so it is the main part as is.
  if (!text.includes('(') && !text.includes(')')) return { main: text };
  let main = '';
  const aliases: string[] = [];
  let current: string | undefined;
  for (const ch of text) {
    if (ch === '(') {
      if (current !== undefined) aliases.push(current);
      current = '';
    } else if (ch === ')') {
      if (current !== undefined) aliases.push(current);
      current = undefined;
    } else if (current === undefined) {
      main += ch;
    } else {
      current += ch;
    }
  }
  if (current !== undefined) aliases.push(current);
  const alias = aliases
    .map((a) => normalizeText(a))
    .filter((a) => a.length > 0)
    .join('; ');
  const cleaned = normalizeText(main);
  return alias.length > 0 ? { main: cleaned, alias } : { main: cleaned };
}
