/**
 * Text in the XML of a workbook. These run on every cell, so the common cell (no markup character, nothing
 * XML refuses) costs one regex test and is written as it is.
 */

// Anything that needs a second look: markup characters, a carriage return, an underscore (which may begin what
// reads as an OOXML escape), and what XML 1.0 cannot hold. One
// character class, no alternatives or lookarounds; it also matches a valid surrogate pair (an emoji), which
// XML_INVALID then clears.
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold are the point of this regex
const SPECIAL = /[&<>"\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold are the point of this regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character XML 1.0 cannot hold (a control character, a noncharacter, half a surrogate pair). */
export function xmlInvalidCharacter(text: string): string | undefined {
  return XML_INVALID.exec(text)?.[0];
}

/**
 * Text escaped for an element or a double-quoted attribute. A carriage return is written as a character
 * reference: a literal one would be read back as a line feed (XML normalises line ends).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#13;'));
}

/**
 * An inline-string cell's text element, or undefined when the text holds a character XML cannot hold
 * (`xmlInvalidCharacter` names it). Spaces at either end are kept only with xml:space="preserve".
 */
export function inlineText(text: string): string | undefined {
  let escaped = text;
  if (SPECIAL.test(text)) {
    if (XML_INVALID.test(text)) return undefined;
    escaped = escapeXstring(escapeXml(text));
  }
  // Space, tab, CR and LF are the whitespace an XML application may drop at the ends; all are code units <= 32.
  const edge = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32);
  return edge ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/**
 * OOXML text (ST_Xstring) gives `_xHHHH_` the meaning of the character U+HHHH: Excel writes a carriage return
 * in a shared string as `_x000D_` and shows `_x0041_` typed in a cell as "A". So text that holds such a
 * sequence literally is written with its underscore escaped (`_x005F_`), and read back decoded.
 */
const LITERAL_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/gu;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/gu;

export function escapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(LITERAL_ESCAPE, '_x005F_') : text;
}

/** The text of an ST_Xstring with its `_xHHHH_` escapes decoded, left to right, each once. */
export function decodeXstring(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
