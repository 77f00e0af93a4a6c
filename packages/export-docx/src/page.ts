/**
 * The page of Decree 30/2020/NĐ-CP (Appendix I, part II): A4, margins top and bottom 20–25 mm, left 30–35 mm
 * (the bound edge), right 15–20 mm. The smallest margins of each range are used, so a wide list keeps as
 * much width as the Decree allows. Word measures in twentieths of a point (twips).
 */
import { PageOrientation } from 'docx';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

export const A4 = { width: twips(210), height: twips(297) } as const;

export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const MARGINS = {
  top: twips(MARGINS_MM.top),
  bottom: twips(MARGINS_MM.bottom),
  left: twips(MARGINS_MM.left),
  right: twips(MARGINS_MM.right),
  // The page number sits in the top margin (Decree 30), its line 10 mm below the edge: 13 pt ends by 15 mm.
  header: twips(10),
  footer: twips(10),
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Width between the margins, in twips: what tables and the heading share out. */
export function printableWidth(orientation: Orientation): number {
  const across = orientation === 'landscape' ? A4.height : A4.width;
  return across - MARGINS.left - MARGINS.right;
}

/** The page properties of every section. docx takes the portrait size and turns it for landscape. */
export function pageProperties(orientation: Orientation) {
  return {
    size: {
      width: A4.width,
      height: A4.height,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: MARGINS,
  };
}
