/**
 * The typeface both document formats embed. Decree 30/2020/NĐ-CP prescribes Times New Roman; Tinos is
 * metric-compatible with it (same widths, so lines break where Word would break them), covers every
 * precomposed Vietnamese letter and the combining marks, and ships on npm (@expo-google-fonts/tinos, SIL
 * OFL), so no system font is needed. One reader of its four faces for the PDF and the DOCX renderers: in Node
 * they are read from that package, once per process; a browser passes their bytes (the renderers' `fonts`
 * option). `node:module` and `node:fs` are reached through `process.getBuiltinModule` at call time, so a
 * browser bundle never sees a Node import.
 */
import { ConfigError } from '@ungcu/core/errors';

/** The bytes of each face (TrueType or OpenType). */
export interface TinosFaces {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
  readonly boldItalic: Uint8Array;
}

/** The family name documents and charts are set in. */
export const TINOS_FAMILY = 'Tinos';

/** The files of @expo-google-fonts/tinos, by face. */
export const TINOS_FILES: Readonly<Record<keyof TinosFaces, string>> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

type NodeModule = { createRequire(from: string): { resolve(id: string): string } };
type NodeFs = { readFileSync(path: string): Uint8Array };

/** Where this module is, in either build: `import.meta.url` in ESM, `__filename` in CommonJS. */
function hereUrl(): string | undefined {
  if (typeof __filename === 'string') return __filename;
  try {
    return import.meta.url;
  } catch {
    return undefined;
  }
}

let cached: TinosFaces | undefined;

/** The Tinos faces from the font package, read once per process (Node only). */
export function tinosFaces(): TinosFaces {
  if (cached !== undefined) return cached;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeModule = proc?.getBuiltinModule?.('node:module') as NodeModule | undefined;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  const here = hereUrl();
  if (nodeModule === undefined || fs === undefined || here === undefined) {
    throw new ConfigError({
      vi: 'Không đọc được phông chữ từ gói @expo-google-fonts/tinos (ngoài Node.js): truyền các tệp phông chữ qua tùy chọn fonts { regular, bold, italic, boldItalic }',
      en: 'Cannot read the fonts of @expo-google-fonts/tinos outside Node.js: pass the font files as the fonts option { regular, bold, italic, boldItalic }',
    });
  }
  const require = nodeModule.createRequire(here);
  const read = (face: keyof TinosFaces): Uint8Array => {
    try {
      return fs.readFileSync(require.resolve(TINOS_FILES[face]));
    } catch (cause) {
      throw new ConfigError(
        {
          vi: `Không tìm thấy phông chữ ${TINOS_FILES[face]}: cài gói @expo-google-fonts/tinos, hoặc truyền phông chữ qua tùy chọn fonts`,
          en: `Font ${TINOS_FILES[face]} not found: install @expo-google-fonts/tinos, or pass the fonts option`,
        },
        { cause },
      );
    }
  };
  cached = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  return cached;
}
