/**
 * The font. Decree 30/2020 prescribes Times New Roman; Tinos (Apache-2.0, from the npm package
 * @expo-google-fonts/tinos) has the same metrics, so lines and pages break where they would in Times New
 * Roman, and it covers every Vietnamese letter. Its four faces are embedded, so the document prints the same
 * on a machine without the font.
 *
 * docx 9.7 embeds a font as a regular face only (one w:font per file, each with w:embedRegular). The four
 * faces are handed to it as four fonts, and the font table it writes is replaced (a Packer override) by one
 * w:font "Tinos" that points at them as w:embedRegular, w:embedBold, w:embedItalic and w:embedBoldItalic, so
 * Word uses the real bold and italic rather than slanting or thickening the regular face.
 *
 * The bytes are read on first use, in Node, from the package (@ungcu/documents' `tinosFaces`); elsewhere (a
 * browser) they are passed in.
 */
import { TINOS_FAMILY, type TinosFaces, tinosFaces } from '@ungcu/documents';

export const FONT_FAMILY = TINOS_FAMILY;

/** The bytes of the four faces: @ungcu/documents' `tinosFaces()` reads them from their package in Node. */
export type FontFaces = TinosFaces;

/** The order the faces are handed to docx, which numbers them font1.odttf … font4.odttf. */
export const FACE_ORDER: readonly (keyof FontFaces)[] = ['regular', 'bold', 'italic', 'boldItalic'];

export { tinosFaces };

const FONT_TABLE_NS =
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const EMBED_ELEMENTS: Readonly<Record<keyof FontFaces, string>> = {
  regular: 'w:embedRegular',
  bold: 'w:embedBold',
  italic: 'w:embedItalic',
  boldItalic: 'w:embedBoldItalic',
};

/**
 * word/fontTable.xml with one Tinos entry and its four embedded faces. `keys` are the obfuscation keys docx
 * gave the four fonts, in FACE_ORDER; docx's font table relationships are rId1…rId4 in the same order.
 */
export function fontTableXml(keys: readonly string[]): string {
  const embeds = FACE_ORDER.map((face, i) => `<${EMBED_ELEMENTS[face]} r:id="rId${i + 1}" w:fontKey="{${keys[i]!}}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts ${FONT_TABLE_NS}>` +
    `<w:font w:name="${FONT_FAMILY}"><w:altName w:val="Times New Roman"/><w:panose1 w:val="02020603050405020304"/>` +
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>' +
    '<w:sig w:usb0="E0002AFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>' +
    `${embeds}</w:font></w:fonts>`
  );
}

/**
 * word/settings.xml: what docx writes (background shape shown, one footer for odd and even pages, Word 2013
 * compatibility) plus w:embedTrueTypeFonts, which tells Word to keep the fonts embedded when the document is
 * edited and saved again, not only to use them when it is opened.
 */
export function settingsXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:displayBackgroundShape/><w:embedTrueTypeFonts/><w:evenAndOddHeaders w:val="false"/>' +
    '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat>' +
    '</w:settings>'
  );
}
