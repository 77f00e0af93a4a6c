/**
 * Where in a JSON text a problem is, for error messages: the offset of the first syntax error (V8's
 * messages give it for some faults and not for others, "Unexpected token"), and the line a value at a path
 * starts on (zod names a path, people look for a line). Both scan iteratively, so a hostile file nested a
 * million levels deep cannot overflow the stack.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
const HEX4 = /[0-9a-fA-F]{4}/uy;

function skipWs(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) j++;
    else return j;
  }
}

/** The index after the string starting at `i` (a quote), or `~offset` of the fault. */
function scanString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return ~j;
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return ~(j + 1);
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else return ~(j + 1);
    } else j++;
  }
  return ~text.length;
}

/** The index after the scalar at `i`, or `~offset` of the fault. */
function scanScalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : ~i;
}

type State = 'value' | 'first-value' | 'key' | 'first-key' | 'after';

/** The offset of the first character that makes `text` not JSON, or undefined when it is JSON. */
export function syntaxErrorOffset(text: string): number | undefined {
  // true for an object, false for an array.
  const open: boolean[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    i = skipWs(text, i);
    const c = text[i];
    if (state === 'value' || state === 'first-value') {
      if (state === 'first-value' && c === ']') {
        open.pop();
        i++;
        state = 'after';
      } else if (c === '{' || c === '[') {
        open.push(c === '{');
        i++;
        state = c === '{' ? 'first-key' : 'first-value';
      } else {
        const end = scanScalar(text, i);
        if (end < 0) return ~end;
        i = end;
        state = 'after';
      }
    } else if (state === 'key' || state === 'first-key') {
      if (state === 'first-key' && c === '}') {
        open.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return ~end;
      i = skipWs(text, end);
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      if (open.length === 0) return i < text.length ? i : undefined;
      const inObject = open[open.length - 1];
      if (c === ',') {
        i++;
        state = inObject === true ? 'key' : 'value';
      } else if ((inObject === true && c === '}') || (inObject === false && c === ']')) {
        open.pop();
        i++;
      } else return i;
    }
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The index after the value starting at `i`, in a text known to be JSON. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c !== '{' && c !== '[') {
    const end = scanScalar(text, i);
    return end < 0 ? ~end : end;
  }
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const d = text[j];
    if (d === '"') {
      const end = scanString(text, j);
      j = end < 0 ? ~end : end;
      continue;
    }
    if (d === '{' || d === '[') depth++;
    else if (d === '}' || d === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

/**
 * The offset where the value at `path` starts in a text known to be JSON; for a path that goes further than
 * the text (a missing field), where its deepest existing ancestor starts.
 */
export function offsetOfPath(text: string, path: readonly PropertyKey[]): number {
  let i = skipWs(text, 0);
  for (const segment of path) {
    const c = text[i];
    let found = false;
    if (c === '{' && typeof segment === 'string') {
      let j = skipWs(text, i + 1);
      while (text[j] === '"') {
        const keyEnd = scanString(text, j);
        if (keyEnd < 0) break;
        const key = JSON.parse(text.slice(j, keyEnd)) as string;
        const valueStart = skipWs(text, skipWs(text, keyEnd) + 1);
        if (key === segment) {
          i = valueStart;
          found = true;
          break;
        }
        j = skipWs(text, skipValue(text, valueStart));
        if (text[j] !== ',') break;
        j = skipWs(text, j + 1);
      }
    } else if (c === '[' && typeof segment === 'number') {
      let j = skipWs(text, i + 1);
      for (let n = 0; text[j] !== ']' && j < text.length; n++) {
        if (n === segment) {
          i = j;
          found = true;
          break;
        }
        j = skipWs(text, skipValue(text, j));
        if (text[j] !== ',') break;
        j = skipWs(text, j + 1);
      }
    }
    if (!found) return i;
  }
  return i;
}

/** `$.nominees[3].person.fullName`: a path as JSONPath, the way JSON tools name a place in a file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/u.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
