/**
 * The independent structural reader: a zip read with node:zlib (not docx's JSZip) and the WordprocessingML
 * looked at as text. Small on purpose: it finds parts, tables, rows and cells, and the text Word would show
 * in each (w:t, with w:tab as a tab and w:br as a line break), which is what the tests compare.
 */
import { inflateRawSync } from 'node:zlib';

/** Every entry of a zip archive, by path, read from its central directory. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 0 ? new Uint8Array(data) : new Uint8Array(inflateRawSync(data)));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

export interface DocxParts {
  readonly entries: Map<string, Uint8Array>;
  text(path: string): string;
  readonly document: string;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const entries = unzip(bytes);
  const text = (path: string): string => {
    const entry = entries.get(path);
    if (entry === undefined) throw new Error(`the DOCX has no ${path}`);
    return new TextDecoder().decode(entry);
  };
  return { entries, text, document: text('word/document.xml') };
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#[0-9]+);/giu, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** The text of a piece of WordprocessingML as Word shows it: paragraphs joined by line feeds. */
export function xmlText(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/gu) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/gu)]
        .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1]!)))
        .join(''),
    )
    .join('\n');
}

/** Top-level elements of a body in order, splitting on tables (nested tables are inside their cell). */
export function tables(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/gu)) {
    if (m[0] === '<w:tbl>') {
      if (depth === 0) start = m.index;
      depth++;
    } else {
      depth--;
      if (depth === 0) out.push(xml.slice(start, m.index + m[0].length));
    }
  }
  return out;
}

export function rows(table: string): string[] {
  return table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/gu) ?? [];
}

export function cells(row: string): string[] {
  return (row.match(/<w:tc>[\s\S]*?<\/w:tc>/gu) ?? []).map(xmlText);
}

/** A table as rows of cell texts. */
export function tableCells(table: string): string[][] {
  return rows(table).map(cells);
}

/** How the document numbers its pages: each section's title-page switch and header references, resolved to the header parts' XML. */
export interface PageNumbering {
  readonly sections: readonly { readonly titlePage: boolean; readonly headers: Readonly<Record<string, string>>; readonly footers: number }[];
}

export function pageNumbering(docx: DocxParts): PageNumbering {
  const rels = docx.text('word/_rels/document.xml.rels');
  const target = (id: string): string => {
    const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`, 'u').exec(rels)?.[0];
    const path = rel === undefined ? undefined : /Target="([^"]+)"/u.exec(rel)?.[1];
    if (path === undefined) throw new Error(`no relationship ${id}`);
    return docx.text(`word/${path}`);
  };
  const sections = (docx.document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? []).map((sectPr) => ({
    titlePage: /<w:titlePg(?: w:val="(?:1|true|on)")?\/>/u.test(sectPr),
    headers: Object.fromEntries([...sectPr.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/gu)].map((m) => [m[1]!, target(m[2]!)])),
    footers: (sectPr.match(/<w:footerReference /gu) ?? []).length,
  }));
  return { sections };
}
