/**
 * The four faces of Tinos (@ungcu/documents' `tinosFaces`: the typeface Decree 30's Times New Roman is matched
 * with), registered in every PDF under the names SVG text is mapped to.
 */
import { ConfigError } from '@ungcu/core/errors';
import { type TinosFaces, TINOS_FILES, tinosFaces } from '@ungcu/documents';

/** The bytes of each face (TrueType or OpenType). */
export type PdfFonts = TinosFaces;

export type FontFace = keyof PdfFonts;

export { TINOS_FILES };

/** The names the faces are registered under in the PDF (and that SVG text is mapped to). */
export const FONT_NAMES: Readonly<Record<FontFace, string>> = {
  regular: 'Tinos',
  bold: 'Tinos-Bold',
  italic: 'Tinos-Italic',
  boldItalic: 'Tinos-BoldItalic',
};

/** The caller's faces, each checked to be there, or the packaged ones. */
export function resolveFonts(fonts: PdfFonts | undefined): PdfFonts {
  if (fonts === undefined) return tinosFaces();
  for (const face of Object.keys(FONT_NAMES) as FontFace[]) {
    if (!(fonts[face] instanceof Uint8Array) || fonts[face].byteLength === 0) {
      throw new ConfigError({
        vi: `Tùy chọn fonts thiếu phông chữ "${face}" (cần các byte của tệp TrueType cho regular, bold, italic, boldItalic)`,
        en: `The fonts option lacks the "${face}" face (give the bytes of a TrueType file for regular, bold, italic, boldItalic)`,
      });
    }
  }
  return fonts;
}
