// fontkit (the font engine pdfkit uses) ships no types: the part the DOCX column sizing calls.
declare module 'fontkit' {
  export interface Font {
    readonly unitsPerEm: number;
    layout(text: string): { readonly advanceWidth: number };
  }
  export function create(buffer: Uint8Array): Font | { readonly fonts: Font[] };
}
