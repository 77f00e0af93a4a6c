/** The words of vetting messages, in both languages, from the glossary (thẩm tra / xác minh / thẩm định). */
import type { VettingCase } from '@ungcu/core';
import type { VettingStepKind } from './due-dates';

export const STEP_WORDS: Readonly<Record<VettingStepKind, { readonly vi: string; readonly en: string }>> = {
  review: { vi: 'thẩm tra', en: 'review' },
  verification: { vi: 'xác minh', en: 'verification' },
  appraisal: { vi: 'thẩm định', en: 'appraisal' },
};

export const STATUS_WORDS: Readonly<Record<VettingCase['status'], { readonly vi: string; readonly en: string }>> = {
  open: { vi: 'mở', en: 'open' },
  'in-review': { vi: 'đang thẩm tra', en: 'in review' },
  concluded: { vi: 'kết luận', en: 'concluded' },
  withdrawn: { vi: 'rút', en: 'withdrawn' },
};
