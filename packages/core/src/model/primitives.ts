/**
 * Building blocks shared by every entity schema. Text fields normalise to NFC on the way in (zod's
 * `.normalize()` rewrites the value without changing its type, so the JSON Schema stays exact), which is
 * what makes "store, read back, compare" hold for Vietnamese text typed on any keyboard.
 */
import * as z from 'zod';

/** Entity ids are opaque strings chosen by the caller or the importer. */
export const Id = z.string().min(1).max(200).describe('Opaque identifier');
export type Id = z.infer<typeof Id>;

/** Calendar date without time zone, "YYYY-MM-DD"; rejects impossible dates such as 2021-02-29. */
export const IsoDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** Optimistic-concurrency counter: 0 when first stored, +1 on every update. */
export const Version = z.int().min(0).describe('Optimistic-concurrency version, set by the store');

/** Required human text: trimmed, NFC, non-empty. */
export const Text = z.string().trim().normalize('NFC').min(1).max(2000);
/** A person's or a place's name: trimmed, NFC, non-empty. */
export const Name = z.string().trim().normalize('NFC').min(1).max(300);

/** Text in the two languages ungcu speaks. */
export const LocalizedText = z.object({ vi: Text, en: Text });
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

/** A citation: law, article, clause, point (luật, điều, khoản, điểm). */
export const LegalReference = z.object({
  kind: z.enum(LEGAL_DOCUMENT_KINDS).optional(),
  document: Text.describe('Document number and name, e.g. "Luật 85/2015/QH13"'),
  article: z.string().trim().min(1).max(20).optional().describe('Điều'),
  clause: z.string().trim().min(1).max(20).optional().describe('Khoản'),
  point: z.string().trim().min(1).max(20).optional().describe('Điểm'),
  url: z.url().optional(),
});
export type LegalReference = z.infer<typeof LegalReference>;

/** The fields every stored entity carries. */
export const entityBase = {
  id: Id,
  version: Version.optional(),
};
