import { describe, expect, it } from 'vitest';
import * as text from './index';

describe('@ungcu/core/text entry point', () => {
  it('exports the public API', () => {
    for (const name of [
      'splitFullName',
      'compareVietnameseNames',
      'sortByVietnameseName',
      'vietnameseSortKey',
      'adminUnitKey',
      'sameAdminUnit',
      'parseAdminUnitName',
      'findAdminUnit',
      'parseDayFirstDate',
      'formatDayFirstDate',
      'parseVietnameseNumber',
      'toVietnameseNumberWords',
      'normalizeTonePlacement',
      'comparisonKey',
    ]) {
      expect(typeof (text as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
