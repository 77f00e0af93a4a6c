/** Text halos (paint-order="stroke"), which svg-to-pdfkit would paint over the letters, are dropped; nothing else is. */
import { describe, expect, it } from 'vitest';
import { withoutTextHalos } from '../src/svg-text';

describe('withoutTextHalos', () => {
  it("drops the halo's stroke from text that asks for one, as ECharts writes its mark-line labels", () => {
    const label = '<text dominant-baseline="central" style="font-size:9px;font-family:Tinos;" fill="#333" stroke="rgb(255,255,255)" stroke-width="2" paint-order="stroke" stroke-miterlimit="2">35%</text>';
    expect(withoutTextHalos(`<svg>${label}</svg>`)).toBe('<svg><text dominant-baseline="central" style="font-size:9px;font-family:Tinos;" fill="#333">35%</text></svg>');
  });

  it('keeps strokes on paths and on text without a halo', () => {
    const svg = '<svg><path d="M0 0L1 1" stroke="#000" stroke-width="2"/><text stroke="#f00" fill="#000">Hà Nội</text></svg>';
    expect(withoutTextHalos(svg)).toBe(svg);
  });
});
