/**
 * Resolution 85 file → examples/data/vn-na-2026/constituencies.json. Run from the repository root:
 *   node --import tsx tools/src/resolution-85/main.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseResolution85 } from './parse';
import { resolutionToDataset, type ConversionResult, type ReferenceProvince } from './to-dataset';

const DATA = new URL('../../../examples/data/', import.meta.url);
export const INPUT_FILE = fileURLToPath(new URL('vn-na-2026/resolution-85-NQ-HDBCQG-constituencies.md', DATA));
export const OUTPUT_FILE = fileURLToPath(new URL('vn-na-2026/constituencies.json', DATA));
const UNITS_FILE = fileURLToPath(new URL('vn-admin-units-2025/units.json', DATA));

export function convertResolution85(): ConversionResult {
  const text = readFileSync(INPUT_FILE, 'utf8');
  const reference = JSON.parse(readFileSync(UNITS_FILE, 'utf8')) as ReferenceProvince[];
  return resolutionToDataset(parseResolution85(text), reference);
}

/** The file's exact text: stable key order and a trailing newline, so reruns give the same bytes. */
export function serialize(result: ConversionResult): string {
  return `${JSON.stringify(result.data, null, 1)}\n`;
}
