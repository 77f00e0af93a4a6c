/**
 * Nominee.sourceText: cells kept as written, by column header. The zod schema and the JSON Schema other
 * languages validate with agree on what it accepts.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { Dataset, Nominee, modelJsonSchema } from '../../src/index';
import { hanoiUnitOne } from '../fixtures';

const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
const CELL = 'Tỉnh Thái Bình từ khóa XIII đến XVI; Huyện Vũ Thư (tỉnh Thái Bình) khóa XVII';

function withSourceText(sourceText: unknown) {
  const data = structuredClone(hanoiUnitOne());
  (data.nominees![0] as Record<string, unknown>).sourceText = sourceText;
  return data;
}

function jsonSchemaAccepts(data: unknown): boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(modelJsonSchema())(data);
}

describe('Nominee.sourceText', () => {
  it('is optional, and keeps a cell under its header as NFC text', () => {
    const plain = Dataset.parse(hanoiUnitOne()).nominees[0]!;
    expect('sourceText' in plain).toBe(false);
    const kept = Dataset.parse(withSourceText({ 'Là đại biểu HĐND': ` ${CELL.normalize('NFD')} ` })).nominees[0]!;
    expect(kept.sourceText).toEqual({ 'Là đại biểu HĐND': CELL });
    expect(Nominee.parse(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(jsonSchemaAccepts(withSourceText({ 'Là đại biểu HĐND': CELL }))).toBe(true);
  });

  it('refuses an empty cell, an empty header and a value that is not text, in zod and in the JSON Schema', () => {
    for (const bad of [{ 'Là đại biểu HĐND': '' }, { '': CELL }, { 'Là đại biểu HĐND': 12 }, ['x'], 'x']) {
      const data = withSourceText(bad);
      expect(Dataset.safeParse(data).success, JSON.stringify(bad)).toBe(false);
      expect(jsonSchemaAccepts(data), JSON.stringify(bad)).toBe(false);
    }
  });
});
