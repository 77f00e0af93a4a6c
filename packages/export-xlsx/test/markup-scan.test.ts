/**
 * The cheap first pass finds exactly the <row> and <mergeCell> tags a parser would, wherever the inflated
 * chunks happen to be cut: not in comments, CDATA or processing instructions, not <rowBreaks>, with quoted
 * attributes that hold '>' or the other quote.
 */
import { describe, expect, it } from 'vitest';
import { MarkupScanner, attribute } from '../src/markup-scan';
import { parseRange } from '../src/merges';

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<worksheet><!-- <row r="99"> <mergeCell ref="Z1:Z9"/> -->',
  '<sheetData><row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t><![CDATA[<row r="98">]]></t></is></c></row>',
  "<row\tr='2'><c r=\"A2\"><v>1</v></c></row><row r=\"3\"/>",
  '<?pi <row r="97"> ?><row r="4"></row></sheetData>',
  '<rowBreaks count="1"><brk id="3"/></rowBreaks>',
  '<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell note="a > b" ref=\'B1:C1\' /></mergeCells></worksheet>',
].join('\n');

function scan(chunkSize: number): { rows: string[]; merges: string[] } {
  const rows: string[] = [];
  const merges: string[] = [];
  const scanner = new MarkupScanner({
    row: () => true,
    rowAttributes: (a) => rows.push(attribute(a, 'r') ?? '?'),
    mergeCell: (a) => merges.push(attribute(a, 'ref') ?? '?'),
  });
  const bytes = new TextEncoder().encode(SHEET);
  for (let i = 0; i < bytes.byteLength; i += chunkSize) scanner.write(bytes.subarray(i, i + chunkSize));
  scanner.end();
  return { rows, merges };
}

describe('the row and merged-range scan', () => {
  it.each([1, 2, 3, 7, 16, 10_000])('finds the same tags in chunks of %i bytes', (size) => {
    expect(scan(size)).toEqual({ rows: ['1', '2', '3', '4'], merges: ['A2:A4', 'B1:C1'] });
  });

  it('reads ranges, and ignores a single cell or an unreadable ref', () => {
    expect(parseRange('B2:A9')).toEqual({ top: 2, left: 0, bottom: 9, right: 1 });
    expect(parseRange('$A$1:$XFD$1048576')).toEqual({ top: 1, left: 0, bottom: 1_048_576, right: 16_383 });
    expect(parseRange('C3:C3')).toBeUndefined();
    expect(parseRange('A1')).toBeUndefined();
    expect(parseRange('A1:B2:C3')).toBeUndefined();
    expect(parseRange('1A:B2')).toBeUndefined();
  });
});
