/**
 * Coverage: a rule that measures a body's whole list (meta `measures: 'whole-body'`) gives information, not an
 * error, on data holding part of that list, and the report says what it did not check. Coverage is the
 * caller's word when given, else inferred from the seats present against the body's known size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Body, Constituency, Dataset, Nominee } from '../../src/index';
import { createValidator, defineRulePack, formatReport, validate, type DatasetChange, type ValidateOptions } from '../../src/rules/index';
import { constituencyArb, datasetArb, nomineeArb } from './arbitraries';
import { testPack, womenShare } from './test-pack';

/** The test pack with its national women share declared as measuring the whole body. */
const wholeBodyPack = defineRulePack({
  id: 'test-coverage',
  title: { vi: 'Bộ thử nghiệm phạm vi', en: 'Coverage test pack' },
  extends: testPack,
  rules: [{ ...womenShare, measures: 'whole-body' as const }],
});

const person = (i: number, gender: 'male' | 'female') => ({
  fullName: `Người ${i}`,
  dateOfBirth: '1980-01-01',
  gender,
  ethnicity: 'Kinh',
});

/** One province's list: a 3-seat constituency of a 500-seat body, 1 woman of 5 (20%, under the 35%). */
function oneProvince(totalSeats = 500): Dataset {
  return Dataset.parse({
    elections: [{ id: 'e', name: 'Bầu cử', electionDay: '2021-05-23', rulePack: 'test-coverage' }],
    bodies: [{ id: 'e/na', electionId: 'e', kind: 'national-assembly', name: 'Quốc hội khóa XV', term: 'XV', totalSeats }],
    administrativeUnits: [{ id: '04', name: 'Cao Bằng', level: 'province' }],
    constituencies: [{ id: 'c1', bodyId: 'e/na', unitId: '04', number: 1, seats: 3 }],
    nominees: [0, 1, 2, 3, 4].map((i) => ({
      id: `n${i}`,
      person: person(i, i === 0 ? 'female' : 'male'),
      nomination: { bodyId: 'e/na', constituencyId: 'c1', origin: 'local', stage: 'official' },
    })),
  });
}

const women = (options: ValidateOptions, data = oneProvince()) =>
  validate(data, options).findings.filter((f) => f.ruleId === 'test/women-share');

describe('coverage inferred from the seats present', () => {
  it('turns the whole-body error into information on 3 of 500 seats, and lists it as not checked', () => {
    const report = validate(oneProvince(), { packs: [wholeBodyPack], locale: 'vi' });
    const [finding, ...rest] = report.findings.filter((f) => f.ruleId === 'test/women-share');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'info',
      data: { actual: 1, total: 5, coverage: 'part', coveredSeats: 3, knownSeats: 500, coveredUnits: 1 },
    });
    expect(finding?.message).toMatch(
      /^Đo trên toàn bộ danh sách Quốc hội khóa XV; dữ liệu chỉ có 3\/500 đại biểu được bầu \(1 tỉnh, thành phố\)\. Số liệu phần này: Quốc hội khóa XV: có 1\/5/,
    );
    expect(finding?.fix).toBeUndefined();
    expect(report.summary.errors).toBe(0);
    expect(report.notChecked).toEqual([
      {
        ruleId: 'test/women-share',
        target: { kind: 'body', id: 'e/na', name: 'Quốc hội khóa XV' },
        coverage: { kind: 'part', source: 'inferred', seats: 3, knownSeats: 500, units: 1 },
        reason: 'đo trên toàn bộ danh sách Quốc hội khóa XV; dữ liệu chỉ có 3/500 đại biểu được bầu (1 tỉnh, thành phố)',
      },
    ]);
  });

  it('keeps the error when the seats present are the whole body (3 of 3)', () => {
    const report = validate(oneProvince(3), { packs: [wholeBodyPack] });
    expect(report.findings.filter((f) => f.ruleId === 'test/women-share').map((f) => f.severity)).toEqual(['error']);
    expect(report.notChecked).toEqual([]);
  });

  it('takes the known size from settings.bodySeats over the body’s own total (an importer sets it to the file’s seats)', () => {
    const options: ValidateOptions = { packs: [wholeBodyPack], settings: { bodySeats: { 'national-assembly': 500 } } };
    expect(women(options, oneProvince(3)).map((f) => f.severity)).toEqual(['info']);
    // A known size of 3 (the seats present) is the whole list again.
    expect(women({ ...options, settings: { bodySeats: { 'national-assembly': 3 } } }).map((f) => f.severity)).toEqual(['error']);
  });

  it('leaves rules that do not measure the whole body as they are', () => {
    expect(women({ packs: [testPack] }).map((f) => f.severity)).toEqual(['error']);
    expect(validate(oneProvince(), { packs: [testPack] }).notChecked).toEqual([]);
  });
});

describe('coverage declared by the caller', () => {
  it('checks partial-looking data in full when declared whole', () => {
    const report = validate(oneProvince(), { packs: [wholeBodyPack], coverage: 'whole' });
    expect(report.findings.filter((f) => f.ruleId === 'test/women-share').map((f) => f.severity)).toEqual(['error']);
    expect(report.notChecked).toEqual([]);
  });

  it('declares one body part of its list, whatever its seats say, in English', () => {
    const report = validate(oneProvince(3), { packs: [wholeBodyPack], coverage: { 'e/na': 'part' }, locale: 'en' });
    expect(report.notChecked).toEqual([
      expect.objectContaining({
        coverage: { kind: 'part', source: 'declared', seats: 3, knownSeats: 3, units: 1 },
        reason: 'measured over the whole list of Quốc hội khóa XV; the data is declared part of the list (3 seats, 1 province)',
      }),
    ]);
    expect(formatReport(report)).toContain(
      '\nNot checked (1):\n  test/women-share (Quốc hội khóa XV): measured over the whole list of Quốc hội khóa XV; the data is declared part of the list',
    );
    expect(formatReport(report, 'vi')).toContain('\nChưa kiểm tra (1):\n  test/women-share (Quốc hội khóa XV): ');
  });
});

describe('the incremental validator with coverage', () => {
  // Constituency edits move the seats present across the body's size (6 or 12): coverage flips both ways.
  const changeArb: fc.Arbitrary<DatasetChange> = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }).chain((i) => nomineeArb(`n${i}`)).map((n) => ({ type: 'upsert' as const, collection: 'nominees' as const, entity: Nominee.parse(n) })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }).map((i) => ({ type: 'remove' as const, collection: 'nominees' as const, id: `n${i}` })) },
    { weight: 3, arbitrary: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5').chain(constituencyArb).map((c) => ({ type: 'upsert' as const, collection: 'constituencies' as const, entity: Constituency.parse(c) })) },
    { weight: 2, arbitrary: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5').map((id) => ({ type: 'remove' as const, collection: 'constituencies' as const, id })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(6, 12, 500).map((totalSeats) => ({
        type: 'upsert' as const,
        collection: 'bodies' as const,
        entity: Body.parse({ id: 'e/na', electionId: 'e', kind: 'national-assembly', term: 'XV', totalSeats }),
      })),
    },
  );

  it('follows the caller’s declared coverage, as validate() does', () => {
    for (const coverage of ['whole', 'part', { 'e/na': 'part' }] as const) {
      const options: ValidateOptions = { packs: [wholeBodyPack], coverage };
      const validator = createValidator(oneProvince(3), options);
      expect(validator.report()).toEqual(validate(oneProvince(3), options));
      validator.apply({ type: 'remove', collection: 'nominees', id: 'n4' });
      const after = oneProvince(3);
      expect(validator.report()).toEqual(validate({ ...after, nominees: after.nominees.filter((n) => n.id !== 'n4') }, options));
    }
  });

  it('always equals a full validate(), not-checked list included', () => {
    const options: ValidateOptions = { packs: [wholeBodyPack], locale: 'en' };
    const start = datasetArb.map((d) => ({ ...d, bodies: d.bodies.map((b) => (b.id === 'e/na' ? { ...b, totalSeats: 6 } : b)) }));
    let sawPart = 0;
    let sawWhole = 0;
    fc.assert(
      fc.property(start, fc.array(changeArb, { minLength: 1, maxLength: 12 }), (initial, changes) => {
        const validator = createValidator(initial, options);
        let dataset = initial;
        for (const change of changes) {
          const list = dataset[change.collection] as { id: string }[];
          const id = change.type === 'upsert' ? change.entity.id : change.id;
          const kept = list.filter((e) => e.id !== id);
          dataset = { ...dataset, [change.collection]: change.type === 'upsert' ? [...kept, change.entity] : kept };
          validator.apply(change);
          const full = validate(dataset, options);
          expect(validator.report()).toEqual(full);
          if (full.notChecked.length > 0) sawPart++;
          else if (full.findings.some((f) => f.ruleId === 'test/women-share')) sawWhole++;
        }
      }),
      { numRuns: 150 },
    );
    // The property saw both sides of the boundary, or it would prove nothing about coverage.
    expect(sawPart).toBeGreaterThan(0);
    expect(sawWhole).toBeGreaterThan(0);
  });
});
