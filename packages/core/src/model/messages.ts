/**
 * English zod messages on demand. Classic `zod` installs its English locale as soon as a schema is built;
 * `zod/mini`, which the model is written with, installs none, and its issues would all read "Invalid input".
 * The locale (about 1.4 kB gzipped) is installed here instead, by the code that shows zod messages to people
 * (ModelError, import errors, the election check), so a browser bundle that only parses carries none of it.
 */
import * as z from 'zod/mini';
// A named import from 'zod/locales' keeps the other locales out of a bundle; `z.locales.en` would pull all of
// them in (about 40 kB gzipped).
import { en } from 'zod/locales';

/**
 * Makes zod write its issue messages in English, as classic `zod` does by default. Call it before a parse
 * whose issue messages will be shown. A locale the app configured itself (`z.config(...)`) stays.
 */
export function ensureZodMessages(): void {
  if (z.config().localeError === undefined) z.config(en());
}
