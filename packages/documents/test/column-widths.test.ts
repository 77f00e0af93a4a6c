/** The column sizing both renderers use: widths add up to the table's, and no column is narrower than its longest word. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths, tableColumnWidths } from '../src/index';
import type { TableBlock } from '../src/model';

describe('columnWidths', () => {
  it('adds up to the total and keeps every least width that fits, whatever the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 20 }), (columns) => {
        const total = 700;
        const weights = columns.map(([w]) => w);
        const least = columns.map(([, l]) => l);
        const widths = columnWidths(total, weights, least);
        expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
        // When all least widths fit within a quarter of the table each, every one is kept.
        if (least.reduce((a, b) => a + b, 0) <= total) widths.forEach((w, c) => expect(w).toBeGreaterThanOrEqual(least[c]! - 1e-9));
      }),
    );
  });

  it('gives a column of one long word at least that word, against a tiny relative width', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: 'Ngày sinh', width: 1, align: 'center' },
        { header: 'Nơi công tác', width: 30, align: 'left' },
      ],
      rows: [{ cells: ['28/11/1974', 'Văn phòng Quốc hội'] }],
    };
    // One unit per character: the date needs 10 units plus the padding of 2.
    const widths = tableColumnWidths(table, 100, (word) => [...word].length, 2);
    expect(widths[0]).toBeGreaterThanOrEqual(12);
    expect(widths[0]! + widths[1]!).toBeCloseTo(100, 6);
  });
});
