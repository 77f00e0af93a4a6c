import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Dataset, type DatasetInput, type NomineeInput } from '../../src/index';
import { ConfigError } from '../../src/errors/index';
import {
  allowedForShare,
  compositionKey,
  type CompositionRow,
  defineRule,
  defineRulePack,
  formatReport,
  groupFindings,
  previousTerm,
  requiredForShare,
  toAddForShare,
  validate,
  type RuleContext,
  type RulePack,
  type Scope,
  type ScopeTargets,
} from '../../src/rules/index';
import { hanoiUnitOne } from '../fixtures';
import { testPack } from './test-pack';

function withNominees(mutate: (nominees: NomineeInput[]) => NomineeInput[]): Dataset {
  const input = hanoiUnitOne();
  return Dataset.parse({ ...input, nominees: mutate([...(input.nominees ?? [])]) } satisfies DatasetInput);
}

/** A pack of one info rule whose check only records what the context tells it. */
function probePack<S extends Scope>(scope: S, check: (target: ScopeTargets[S], ctx: RuleContext<unknown>) => void): RulePack {
  const probe = defineRule({
    id: 'test/probe',
    title: { vi: 'Thăm dò', en: 'Probe' },
    description: { vi: 'Thăm dò', en: 'Probe' },
    severity: 'info',
    scope,
    sources: [],
    messages: { seen: { vi: '{id}', en: '{id}' } },
    check,
  });
  return defineRulePack({ id: 'probe', title: { vi: 'Thăm dò', en: 'Probe' }, rules: [probe] });
}

describe('share arithmetic', () => {
  it('needs ceil(share × total), without floating-point drift at the boundary', () => {
    expect(0.07 * 100).not.toBe(7); // 7.000000000000001: a plain ceil would demand 8
    expect(requiredForShare(0.07, 100)).toBe(7);
    expect(0.35 * 180).not.toBe(63); // 62.99999999999999: a plain floor would allow only 62
    expect(allowedForShare(0.35, 180)).toBe(63);
    expect(requiredForShare(0.35, 20)).toBe(7);
    expect(requiredForShare(0.35, 868)).toBe(304);
    expect(requiredForShare(0.18, 868)).toBe(157);
    expect(allowedForShare(0.1, 50)).toBe(5);
  });
  it('counts how many to add when the list grows with them', () => {
    // 1 woman of 5: 35% of 5 needs 2 (replace 1); adding women: (1+k)/(5+k) ≥ 0.35 → k ≥ 1.15 → 2.
    expect(toAddForShare(0.35, 1, 5)).toBe(2);
    expect(toAddForShare(0.35, 2, 5)).toBe(0);
    expect(toAddForShare(1, 0, 5)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('previousTerm', () => {
  it('steps back a roman NA term and a council term', () => {
    expect(previousTerm('XV')).toBe('XIV');
    expect(previousTerm('xvi')).toBe('XV');
    expect(previousTerm('2021-2026')).toBe('2016-2021');
    expect(previousTerm('2026 – 2031')).toBe('2021-2026');
    expect(previousTerm('I')).toBeUndefined();
    expect(previousTerm('IIII')).toBeUndefined();
    expect(previousTerm('khóa mới')).toBeUndefined();
  });
});

describe('defineRule', () => {
  it('rejects an id that is not pack-prefixed kebab-case', () => {
    expect(() =>
      defineRule({
        id: 'WomenShare',
        title: { vi: 'a', en: 'a' },
        description: { vi: 'a', en: 'a' },
        severity: 'error',
        scope: 'body',
        sources: [],
        messages: { m: { vi: 'a', en: 'a' } },
        check() {},
      }),
    ).toThrow(ConfigError);
  });
  it('rejects messages whose languages use different placeholders', () => {
    expect(() =>
      defineRule({
        id: 'x/rule',
        title: { vi: 'a', en: 'a' },
        description: { vi: 'a', en: 'a' },
        severity: 'error',
        scope: 'body',
        sources: [],
        messages: { m: { vi: 'thiếu {shortfall}', en: 'short by {missing}' } },
        check() {},
      }),
    ).toThrow(/different placeholders/);
  });
  it('rejects an options schema that fails on its own defaults', () => {
    expect(() =>
      defineRule({
        id: 'x/rule',
        title: { vi: 'a', en: 'a' },
        description: { vi: 'a', en: 'a' },
        severity: 'error',
        scope: 'body',
        sources: [],
        options: z.object({ required: z.number() }),
        messages: { m: { vi: 'a', en: 'a' } },
        check() {},
      }),
    ).toThrow(ConfigError);
  });
});

describe('validate on Hà Nội constituency 1 (2021 official list)', () => {
  const dataset = Dataset.parse(hanoiUnitOne());

  it('passes the law rules: 1 woman of 5 is below 35%, so the women rule fires with the numbers', () => {
    const report = validate(dataset, { packs: [testPack], locale: 'en' });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['test/women-share']);
    const women = report.findings.find((f) => f.ruleId === 'test/women-share')!;
    expect(women.target).toEqual({ kind: 'body', id: 'na-xv' });
    expect(women.data).toMatchObject({ actual: 1, total: 5, required: 2, shortfall: 1, toAdd: 2 });
    expect(women.message).toBe(
      'na-xv: 1 woman among 5 nominees (20%); at least 2 are required (a minimum share of 35%), 1 short',
    );
    expect(women.fix).toBe('Add at least 2 women to the list, or have 1 woman replace a nominee on it');
    expect(women.sources).toEqual([{ kind: 'law', document: 'Luật 85/2015/QH13', article: '8', clause: '3' }]);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it('renders Vietnamese, whole percentages without decimals', () => {
    const report = validate(dataset, { packs: [testPack], locale: 'vi' });
    const women = report.findings.find((f) => f.ruleId === 'test/women-share')!;
    expect(women.message).toBe(
      'na-xv: có 1/5 phụ nữ (20%), cần ít nhất 2 người (tỷ lệ tối thiểu 35%), thiếu 1',
    );
    expect(women.fix).toBe('Bổ sung ít nhất 2 phụ nữ vào danh sách, hoặc thay 1 người trong danh sách bằng phụ nữ');
  });

  it('counts the composition of every scope in one table', () => {
    const report = validate(dataset, { packs: [testPack] });
    const body = report.composition.find((r) => r.scope === 'body')!;
    expect(body).toMatchObject({ id: 'na-xv', nominees: 5, seats: 3, women: 1, nonParty: 1, incumbents: 1, local: 5 });
    // Only Vũ Tiến Vượng (born 1997, aged 23) is under 40 on 2021-05-23.
    expect(body.young).toBe(1);
    expect(report.composition.map((r) => `${r.scope}:${r.id}`)).toEqual([
      'election:vn-2021',
      'body:na-xv',
      'unit:01',
      'constituency:na-xv-01-1',
    ]);
  });

  it('applies per-rule options, turns rules off and on', () => {
    const loose = validate(dataset, {
      packs: [testPack],
      rules: { 'test/women-share': { minShare: 0.2 }, 'test/constituency-women': 'on' },
    });
    expect(loose.findings).toEqual([]);
    const strict = validate(dataset, { packs: [testPack], rules: { 'test/constituency-women': { minCount: 2 } } });
    expect(strict.findings.map((f) => `${f.ruleId} ${f.severity}`)).toContain('test/constituency-women info');
  });

  it('uses asOf for ages: Vũ Tiến Vượng turns 21 in 2018', () => {
    expect(validate(dataset, { packs: [testPack], asOf: '2018-06-24' }).findings.map((f) => f.ruleId)).not.toContain(
      'test/minimum-age',
    );
    const report = validate(dataset, { packs: [testPack], asOf: '2018-06-23' });
    expect(report.findings.find((f) => f.ruleId === 'test/minimum-age')?.data).toMatchObject({ age: 20 });
  });

  it('runs only the rules of the stage asked for, counting only nominees at that stage', () => {
    const report = validate(dataset, { packs: [testPack], stage: 'preliminary' });
    expect(report.composition.find((r) => r.scope === 'body')?.nominees).toBe(0);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['test/surplus']);
  });

  it('reports a constituency short of candidates and a person in two constituencies', () => {
    const ds = withNominees((list) => [
      ...list.slice(0, 4),
      { ...list[4]!, nomination: { ...list[4]!.nomination, constituencyId: 'na-xv-01-2' } },
    ]);
    const withSecond = Dataset.parse({
      ...ds,
      constituencies: [...ds.constituencies, { ...ds.constituencies[0]!, id: 'na-xv-01-2', number: 2, seats: 4 }],
      nominees: [...ds.nominees, { ...ds.nominees[0]!, id: 'hn2-dup', nomination: { ...ds.nominees[0]!.nomination, constituencyId: 'na-xv-01-2' } }],
    });
    const report = validate(withSecond, { packs: [testPack], locale: 'en' });
    const ids = report.findings.map((f) => `${f.ruleId} ${f.target.id}`);
    expect(ids).toContain('test/surplus na-xv-01-1');
    expect(ids).toContain('test/surplus na-xv-01-2');
    expect(ids).toContain('test/max-seats na-xv-01-2');
    expect(ids).toContain('test/one-constituency hn1-1');
    expect(ids).toContain('test/one-constituency hn2-dup');
    const groups = groupFindings(report.findings, (f) => f.ruleId);
    expect(groups.get('test/surplus')).toHaveLength(2);
    expect(formatReport(report, 'en')).toContain('[ERROR] test/max-seats: Hà Nội, đơn vị bầu cử số 2: 4 seats, at most 3');
    // Counting a person's nominations agrees with listing them, for the nominee being checked and any other.
    const counts: string[] = [];
    const other = withSecond.nominees[0]!;
    const people = probePack('nominee', (n, ctx) => {
      counts.push(`${n.id} ${ctx.countNominationsOf(n)}=${ctx.nominationsOf(n).length} ${ctx.countNominationsOf(other)}=${ctx.nominationsOf(other).length}`);
    });
    validate(withSecond, { packs: [people] });
    expect(counts).toContain('hn1-1 2=2 2=2');
    expect(counts).toContain('hn2-dup 2=2 2=2');
    expect(counts.filter((c) => c.includes(' 1=1 '))).toHaveLength(4);
  });

  it('hands checks the same nominees in id order, in any order, and as a count', () => {
    const seen: string[] = [];
    const lists = probePack('constituency', (c, ctx) => {
      const ordered = ctx.nomineesIn(c.id).map((n) => n.id);
      const any = ctx.nomineesIn(c.id, 'any').map((n) => n.id);
      const ofBody = ctx.nomineesOfBody(c.bodyId).map((n) => n.id);
      seen.push(JSON.stringify({ ordered, any: [...any].sort(), count: ctx.countIn(c.id), ofBody }));
    });
    // Rows reversed: the official list is in name order, not id order.
    validate({ ...dataset, nominees: [...dataset.nominees].reverse() }, { packs: [lists] });
    const ids = dataset.nominees.map((n) => n.id).sort();
    expect(seen.map((s) => JSON.parse(s))).toEqual([{ ordered: ids, any: ids, count: 5, ofBody: ids }]);
  });

  it('gives checks the composition as a map by compositionKey, with the rows of the report', () => {
    let seen: [string, CompositionRow][] = [];
    let size = -1;
    let lookups: boolean[] = [];
    const table = probePack('election', (_election, ctx) => {
      seen = [...ctx.composition.entries()];
      size = ctx.composition.size;
      lookups = seen.map(([key, row]) => ctx.composition.get(key) === row && ctx.composition.has(key));
      lookups.push(!ctx.composition.has(compositionKey('constituency', 'nowhere')));
    });
    const report = validate(dataset, { packs: [testPack, table] });
    expect(seen.map(([key]) => key).sort()).toEqual(report.composition.map((r) => compositionKey(r.scope, r.id, r.bodyId)).sort());
    expect(seen.map(([key]) => key)).toContain(compositionKey('constituency', 'na-xv-01-1'));
    expect(size).toBe(report.composition.length);
    expect(lookups.every(Boolean)).toBe(true);
  });

  it('throws a ConfigError for an unknown rule or bad options, never for bad data', () => {
    // A pack typed only as RulePack (loaded at run time) takes any id; the engine refuses the unknown one.
    const untyped: RulePack = testPack;
    expect(() => validate(dataset, { packs: [untyped], rules: { 'test/nope': 'off' } })).toThrow(ConfigError);
    expect(() => validate(dataset, { packs: [testPack], rules: { 'test/women-share': { minShare: 2 } } })).toThrow(
      ConfigError,
    );
    const broken = Dataset.parse({ nominees: hanoiUnitOne().nominees });
    expect(validate(broken, { packs: [testPack] }).findings).toEqual([]);
  });
});

describe('ids are opaque', () => {
  it('runs unit rules when body and unit ids contain "/" and ":" (importers make such ids)', () => {
    const input = hanoiUnitOne();
    const bodyId = 'election-2021-05-23/na-xv';
    const unitId = 'province:ha-noi/01';
    const ds = Dataset.parse({
      ...input,
      administrativeUnits: [{ ...input.administrativeUnits![0]!, id: unitId }],
      bodies: [{ ...input.bodies![0]!, id: bodyId }],
      constituencies: [{ ...input.constituencies![0]!, bodyId, unitId, seats: 2 }],
      nominees: input.nominees!.map((n) => ({ ...n, nomination: { ...n.nomination, bodyId } })),
    });
    const report = validate(ds, { packs: [testPack] });
    expect(report.findings.filter((f) => f.ruleId === 'test/province-seats')).toMatchObject([
      { target: { kind: 'unit', id: unitId, bodyId }, data: { seats: 2 } },
    ]);
    expect(report.composition.find((r) => r.scope === 'unit')).toMatchObject({ id: unitId, bodyId, nominees: 5 });
  });
});

describe('defineRulePack', () => {
  it('extends a pack, overrides options and adds rules', () => {
    const strict = defineRulePack({
      id: 'strict',
      title: { vi: 'Chặt', en: 'Strict' },
      extends: testPack,
      ruleSettings: { 'test/women-share': { minShare: 0.5 }, 'test/surplus': 'off' },
      settings: { youngUnderAge: 42 },
    });
    expect(strict.rules.map((r) => r.id)).toEqual(testPack.rules.map((r) => r.id));
    expect(strict.extends).toEqual(['test-pack']);
    expect(strict.settings.youngUnderAge).toBe(42);
    const report = validate(Dataset.parse(hanoiUnitOne()), { packs: [strict] });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['test/women-share']);
    expect(report.findings[0]?.data).toMatchObject({ required: 3, requiredShare: 0.5 });
    expect(report.composition.find((r) => r.scope === 'body')?.young).toBe(1);
  });
  it('refuses settings for a rule it does not contain', () => {
    expect(() =>
      defineRulePack({ id: 'x', title: { vi: 'x', en: 'x' }, extends: testPack as RulePack, ruleSettings: { 'test/none': 'off' } }),
    ).toThrow(ConfigError);
  });
});
