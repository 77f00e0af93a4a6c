/**
 * JSON text written a piece at a time: a document whose large members are arrays comes out as chunks of
 * about 64 KiB, each holding whole entities, so a national list is never one giant string. The text is
 * exactly what `JSON.stringify(document, null, indent)` writes for the same document (a test holds it to
 * that), so the streamed and the in-memory file cannot differ.
 */

/** A member of the document: a value written at once, or the items of an array, written as they come. */
export type JsonMember = readonly [key: string, value: unknown] | readonly [key: string, items: Iterable<unknown>, 'items'];

const CHUNK_CHARS = 64 * 1024;

/** Chunks of UTF-8 bytes for an object document of `members`, in order; members valued `undefined` are left out. */
export function* jsonDocumentChunks(members: Iterable<JsonMember>, indent: number): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  const pretty = indent > 0;
  const pad = pretty ? ' '.repeat(indent) : '';
  const newline = pretty ? '\n' : '';
  const colon = pretty ? ': ' : ':';
  // JSON.stringify indents nested lines by the depth: a value placed at depth d gets d pads after each newline.
  const at = (value: unknown, depth: number): string | undefined => {
    const text = JSON.stringify(value, null, indent);
    return text === undefined || !pretty ? text : text.replaceAll('\n', `\n${pad.repeat(depth)}`);
  };
  let buffer = '{';
  let first = true;
  for (const member of members) {
    const [key, value] = member;
    if (member.length === 2) {
      const text = at(value, 1);
      if (text === undefined) continue;
      buffer += `${first ? '' : ','}${newline}${pad}${JSON.stringify(key)}${colon}${text}`;
      first = false;
      continue;
    }
    buffer += `${first ? '' : ','}${newline}${pad}${JSON.stringify(key)}${colon}[`;
    first = false;
    let empty = true;
    for (const item of value as Iterable<unknown>) {
      // As JSON.stringify does: an item that has no JSON form is written as null.
      const text = at(item, 2) ?? 'null';
      buffer += `${empty ? '' : ','}${newline}${pad}${pad}${text}`;
      empty = false;
      if (buffer.length >= CHUNK_CHARS) {
        yield encoder.encode(buffer);
        buffer = '';
      }
    }
    buffer += empty ? ']' : `${newline}${pad}]`;
  }
  buffer += first ? '}' : `${newline}}`;
  yield encoder.encode(buffer);
}
