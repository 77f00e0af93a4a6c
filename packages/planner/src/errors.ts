/**
 * The planner's own fault: the solver answered something the independent re-check rejects, or gave no
 * answer in time. Core's error codes are for caller and environment faults, and none of them says "the
 * engine failed", so this is a plain Error carrying the same bilingual text an UngcuError does.
 */
import type { Bilingual } from './types';

export class PlannerError extends Error {
  override readonly name = 'PlannerError';
  readonly text: Bilingual;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(text: Bilingual, details: Readonly<Record<string, unknown>> = {}, locale: 'vi' | 'en' = 'vi') {
    super(locale === 'en' ? `${text.en} / ${text.vi}` : `${text.vi} / ${text.en}`);
    this.text = text;
    this.details = details;
  }
}
