/**
 * The JSON scanner that locates faults agrees with the platform's JSON.parse on what is JSON (fast-check,
 * on valid documents and on documents with one character changed), and finds values by path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPath, lineColumn, offsetOfPath, syntaxErrorOffset } from '../src/json-locate';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const documents = fc.jsonValue().chain((value) =>
  fc.tuple(fc.constant(value), fc.constantFrom(0, 2, 4)).map(([v, indent]) => JSON.stringify(v, null, indent)),
);

describe('syntaxErrorOffset', () => {
  it('finds no fault in what JSON.stringify writes', () => {
    fc.assert(fc.property(documents, (text) => syntaxErrorOffset(text) === undefined), { numRuns: 500 });
  });

  it('agrees with JSON.parse on texts with one character replaced, inserted or removed', () => {
    const edited = fc
      .tuple(documents, fc.nat(), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '1', '-', '.', 'e', 'n', '\n', '\u0001', ''), fc.constantFrom('replace', 'insert'))
      .map(([text, at, char, how]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return how === 'replace' ? text.slice(0, i) + char + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i);
      });
    fc.assert(fc.property(edited, (text) => (syntaxErrorOffset(text) === undefined) === parses(text)), { numRuns: 3000 });
  });

  it('points at the first character that cannot continue a JSON text', () => {
    expect(syntaxErrorOffset('{"a":1,}')).toBe(7);
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset('[1,]')).toBe(3);
    expect(syntaxErrorOffset('{"a":tru}')).toBe(5);
    expect(syntaxErrorOffset('"a\u0001"')).toBe(2);
    expect(syntaxErrorOffset('{"a":1}x')).toBe(7);
    expect(syntaxErrorOffset('[1,2')).toBe(4);
    expect(syntaxErrorOffset('01')).toBe(1);
  });
});

describe('offsetOfPath and jsonPath', () => {
  const text = '{\n  "a": [1, {"b c": {"d": "}]\\"x"}}],\n  "e": null\n}';
  it('finds a value by keys and indexes, skipping strings that hold brackets and quotes', () => {
    expect(lineColumn(text, offsetOfPath(text, ['e']))).toEqual({ line: 3, column: 8 });
    expect(text.slice(offsetOfPath(text, ['a', 1, 'b c', 'd']))).toMatch(/^"\}\]\\"x"/u);
    // A path past what the text has: where the deepest existing ancestor starts.
    expect(text.slice(offsetOfPath(text, ['a', 1, 'missing', 'x']))).toMatch(/^\{"b c"/u);
    expect(offsetOfPath(text, ['a', 5])).toBe(text.indexOf('['));
  });

  it('agrees with JSON.parse about which value is at a path (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (generated, indent) => {
        // The value as JSON holds it: fast-check may generate -0, which JSON writes and reads back as 0.
        const value: unknown = JSON.parse(JSON.stringify(generated));
        const text = JSON.stringify(value, null, indent);
        const walk = (node: unknown, path: PropertyKey[]): void => {
          const at = offsetOfPath(text, path);
          const end = at + JSON.stringify(node).length;
          // The text at the offset parses as the same value when re-stringified compactly.
          if (indent === 0) expect(JSON.parse(text.slice(at, end))).toEqual(node);
          if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
          else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
        };
        walk(value, []);
      }),
      { numRuns: 200 },
    );
  });

  it('writes paths as JSONPath', () => {
    expect(jsonPath(['nominees', 3, 'person', 'fullName'])).toBe('$.nominees[3].person.fullName');
    expect(jsonPath(['nominees', 0, 'sourceText', 'Là đại biểu HĐND'])).toBe('$.nominees[0].sourceText["Là đại biểu HĐND"]');
    expect(jsonPath([])).toBe('$');
  });
});
