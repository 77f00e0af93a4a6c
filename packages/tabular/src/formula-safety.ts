/**
 * Formula-injection safety for text formats (OWASP "CSV injection"). A cell starting with = + - @, a tab or a
 * carriage return is run as a formula by spreadsheet programs when a CSV is opened; such a value is written
 * with a leading apostrophe, which spreadsheet programs read as "this is text". A value that already starts
 * with an apostrophe gets a second one, so that reading strips exactly one and every value round-trips.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutralizeFormula(value: string): string {
  const first = value[0];
  return first !== undefined && (TRIGGERS.has(first) || first === "'") ? `'${value}` : value;
}

/** The inverse of neutralizeFormula: removes one leading apostrophe. */
export function restoreFormula(value: string): string {
  // Called on every cell an importer reads: a char code test is the cheapest way to ask.
  return value.charCodeAt(0) === APOSTROPHE ? value.slice(1) : value;
}

const APOSTROPHE = 0x27;
