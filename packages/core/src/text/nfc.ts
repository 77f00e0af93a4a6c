/**
 * NFC without the cost of normalising text that is NFC already. String.prototype.normalize walks and copies
 * every text it is given; an import calls it on each of millions of cells, nearly all of them NFC as written.
 *
 * A text made only of the characters below is NFC: each of them is NFC alone, none composes with another of
 * them, and none has a combining class that reorders (each one and each pair was checked against normalize()).
 * They are Latin with its precomposed letters (U+0000–U+02FF), the precomposed Vietnamese letters of Latin
 * Extended Additional (U+1E00–U+1EFF) and general punctuation (spaces U+2002–U+200A, dashes, quotes, ‰...).
 * Not included: combining marks (U+0300–U+036F), which NFC may compose, and U+2000/U+2001, which NFC rewrites.
 * Any other character sends the text through normalize(), so the result is always exactly normalize('NFC').
 */
// Without the `u` flag, which is faster: a surrogate (outside every range) sends the text to normalize().
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 because control characters are NFC too
const MAY_CHANGE = /[^\u0000-\u02FF\u1E00-\u1EFF\u2002-\u200A\u2010-\u2027\u2030-\u205E]/;

export function toNfc(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize('NFC') : text;
}
