/**
 * Core's field labels and the nominee template's headers are one table: a re-import's change list names a
 * field as the template's column does ("ngày sinh"), and no template column holding a field is left out of it.
 */
import { describe, expect, it } from 'vitest';
import { NOMINEE_FIELD_LABELS, fieldLabel } from '@ungcu/core/export';
import { NOMINEE_TEMPLATE_COLUMNS } from '../src/index';

describe('nominee field labels', () => {
  it('are the template headers of the columns holding those fields, every one of them', () => {
    const fromTemplate = NOMINEE_TEMPLATE_COLUMNS.filter((c) => /^(person|nomination)\.[A-Za-z.]+$/u.test(c.field)).map(
      (c) => [c.field, { vi: c.header, en: c.headerEn }] as const,
    );
    expect(Object.fromEntries(fromTemplate)).toEqual(NOMINEE_FIELD_LABELS);
  });

  it('name the changes of a re-import in lower case', () => {
    expect(fieldLabel('person.dateOfBirth')).toEqual({ vi: 'ngày sinh', en: 'date of birth' });
    expect(fieldLabel('nomination.fullTime')).toEqual({ vi: 'dự kiến chuyên trách', en: 'expected full-time deputy' });
  });
});
