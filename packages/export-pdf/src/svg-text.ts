/**
 * SVG as svg-to-pdfkit draws it. Charting libraries give text a halo: a white stroke painted under the
 * letters (`paint-order="stroke"`), so a label stays readable over a bar. svg-to-pdfkit ignores paint-order
 * and strokes over the fill, so the halo covers the letters (ECharts' "35%" threshold label came out as a
 * white blot). The halo is dropped from text that asks for it; the text itself is unchanged.
 */
const TEXT_TAG = /<(text|tspan)\b[^>]*>/gu;
const HALO = /\bpaint-order\s*[=:]\s*["']?\s*stroke/u;
const STROKE_ATTRIBUTES = /\s(stroke|stroke-width|stroke-linejoin|stroke-miterlimit|paint-order)="[^"]*"/gu;

export function withoutTextHalos(svg: string): string {
  return svg.replace(TEXT_TAG, (tag) => (HALO.test(tag) ? tag.replace(STROKE_ATTRIBUTES, '') : tag));
}
