import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dataset, modelJsonSchema } from '../../src/index';
import { hanoiUnitOne } from '../fixtures';

// ajv-formats is CommonJS; under ESM its function sits on .default.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/** Validates with ajv, an independent JSON Schema implementation, as an agency in another language would. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(modelJsonSchema());
}

describe('JSON Schema of the model', () => {
  it('names every entity under $defs', () => {
    const defs = Object.keys((modelJsonSchema() as { $defs: object }).$defs).sort();
    expect(defs).toEqual(
      [
        'AdministrativeUnit',
        'Body',
        'Constituency',
        'ConsultationRound',
        'Dataset',
        'Election',
        'NominatingOrganization',
        'Nominee',
        'Proposal',
        'StructurePlan',
        'VettingCase',
        'WorkProgramme',
      ].sort(),
    );
  });

  it('accepts what the zod schema accepts, input and output form', () => {
    const validate = validator();
    expect(validate(hanoiUnitOne()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(Dataset.parse(hanoiUnitOne()))))).toBe(true);
  });

  it('rejects what the zod schema rejects', () => {
    const validate = validator();
    const bad = structuredClone(hanoiUnitOne());
    bad.nominees![0]!.person.dateOfBirth = '1974-02-30';
    bad.nominees![1]!.person.gender = 'Nam' as never;
    expect(validate(bad)).toBe(false);
    const paths = [...new Set((validate.errors ?? []).map((e) => e.instancePath))].sort();
    expect(paths).toEqual(['/nominees/0/person/dateOfBirth', '/nominees/1/person/gender']);
    expect(Dataset.safeParse(bad).success).toBe(false);
  });

  it('matches the copy published in docs/reference (regenerate: node packages/core/scripts/write-json-schema.mjs --docs)', () => {
    const published = JSON.parse(readFileSync(new URL('../../../../docs/reference/ungcu.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(modelJsonSchema());
  });
});
