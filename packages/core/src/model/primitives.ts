/**
 * Building blocks shared by every entity schema. Text fields are trimmed and normalised to NFC on the way in
 * (one zod overwrite check, ./nfc: it rewrites the value without changing its type, so the JSON Schema stays
 * exact), which is what makes "store, read back, compare" hold for Vietnamese text typed on any keyboard.
 *
 * The model is written with `zod/mini`, zod's tree-shakable API (functions instead of methods): a browser
 * bundle then carries only the parts of zod the model uses (docs/concepts/model.md, "Why zod/mini"). Its
 * objects are built with `object` (./object), zod/mini's object with zod's generated parser, for speed.
 */
import * as z from 'zod/mini';
import { object } from './object';
import { described } from './described';
import { trimNfc } from './nfc';

/** Entity ids are opaque strings chosen by the caller or the importer. */
export const Id = described(z.string().check(z.minLength(1), z.maxLength(200)), 'Opaque identifier');
export type Id = z.infer<typeof Id>;

/** Calendar date without time zone, "YYYY-MM-DD"; rejects impossible dates such as 2021-02-29. */
export const IsoDate = described(z.iso.date(), 'Calendar date, YYYY-MM-DD');
/** A moment, ISO 8601 in UTC with the Z (what the audit log and approvals record). */
export const IsoDateTime = described(z.iso.datetime(), 'Timestamp, ISO 8601 UTC, e.g. 2021-04-27T09:30:00.000Z');
export type IsoDate = z.infer<typeof IsoDate>;

/** Optimistic-concurrency counter: 0 when first stored, +1 on every update. */
export const Version = described(z.int().check(z.minimum(0)), 'Optimistic-concurrency version, set by the store');

/** Required human text: trimmed, NFC, non-empty. */
export const Text = z.string().check(trimNfc(), z.minLength(1), z.maxLength(2000));
/** A person's or a place's name: trimmed, NFC, non-empty. */
export const Name = z.string().check(trimNfc(), z.minLength(1), z.maxLength(300));

/** Text in the two languages ungcu speaks. */
export const LocalizedText = object({ vi: Text, en: Text });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LEGAL_DOCUMENT_KINDS = [
  'constitution',
  'law',
  'resolution',
  'decision',
  'plan',
  'party-guidance',
  'party-conclusion',
  'circular',
] as const;

/** A short trimmed label of a citation: article, clause or point. */
const citationPart = (description: string) =>
  described(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))), description);

/** A citation: law, article, clause, point (luật, điều, khoản, điểm). */
export const LegalReference = object({
  kind: z.optional(z.enum(LEGAL_DOCUMENT_KINDS)),
  document: described(Text, 'Document number and name, e.g. "Luật 85/2015/QH13"'),
  article: citationPart('Điều'),
  clause: citationPart('Khoản'),
  point: citationPart('Điểm'),
  url: z.optional(z.url()),
});
export type LegalReference = z.infer<typeof LegalReference>;

/** The fields every stored entity carries. */
export const entityBase = {
  id: Id,
  version: z.optional(Version),
};
