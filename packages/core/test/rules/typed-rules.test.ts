/**
 * What the types refuse, refused again at run time for rules and packs that escape the compiler (JavaScript,
 * a pack loaded from a file, a cast): a bad catalogue at load time, a bad report or setting when validating.
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/index';
import { ConfigError } from '../../src/errors/index';
import { defineRule, defineRulePack, validate, type FindingInput, type Rule, type RulePack } from '../../src/rules/index';
import { hanoiUnitOne } from '../fixtures';

const meta = {
  title: { vi: 'Thử', en: 'Probe' },
  description: { vi: 'Thử', en: 'Probe' },
  severity: 'error',
  scope: 'constituency',
  sources: [],
} as const;

/** A rule whose check reports `input` as given, bypassing the types, as a JavaScript rule would. */
function reporting(input: Omit<FindingInput, 'target'>): RulePack {
  const rule = defineRule({
    ...meta,
    id: 'test/probe',
    messages: { short: { vi: 'thiếu {shortfall}', en: '{shortfall} short' } },
    fixes: { add: { vi: 'Bổ sung {shortfall:plural:# người}', en: 'Add {shortfall:plural:# candidate|# candidates}' } },
    check(c, ctx) {
      (ctx.report as (f: FindingInput) => void)({ ...input, target: { kind: 'constituency', id: c.id } });
    },
  });
  return defineRulePack({ id: 'probe', title: meta.title, rules: [rule] });
}

const dataset = Dataset.parse(hanoiUnitOne());

describe('a report the catalogue cannot render throws a ConfigError naming the mistake', () => {
  it('renders a correct report, plural included', () => {
    const [finding] = validate(dataset, { packs: [reporting({ messageId: 'short', fixId: 'add', data: { shortfall: 1 } })], locale: 'en' }).findings;
    expect(finding).toMatchObject({ message: '1 short', fix: 'Add 1 candidate' });
  });
  it('an unknown message id', () => {
    expect(() => validate(dataset, { packs: [reporting({ messageId: 'tooFw', data: { shortfall: 1 } })] })).toThrow(
      /reported message "tooFw"/,
    );
  });
  it('an unknown fix id, which used to be dropped', () => {
    const pack = reporting({ messageId: 'short', fixId: 'nope', data: { shortfall: 1 } });
    expect(() => validate(dataset, { packs: [pack] })).toThrow(ConfigError);
    expect(() => validate(dataset, { packs: [pack] })).toThrow(/reported fix "nope"/);
  });
  it('a missing placeholder, which used to be printed as "{shortfall}"', () => {
    expect(() => validate(dataset, { packs: [reporting({ messageId: 'short', data: {} })] })).toThrow(
      /\{shortfall\} has no value/,
    );
  });
  it('a value of the wrong type for its format', () => {
    const pack = reporting({ messageId: 'short', fixId: 'add', data: { shortfall: 'một' } });
    expect(() => validate(dataset, { packs: [pack], locale: 'en' })).toThrow(/needs a number, got "một"/);
  });
});

describe('defineRule refuses a catalogue outside the grammar', () => {
  const define = (messages: Record<string, { vi: string; en: string }>) => () =>
    defineRule({ ...meta, id: 'test/probe', messages, check() {} });
  it('an English plural without its two forms, a Vietnamese one with more than one', () => {
    expect(define({ m: { vi: '{n} người', en: '{n:plural:# nominees}' } })).toThrow(/needs 2 forms in en \(one\|other\), it has 1/);
    expect(define({ m: { vi: '{n:plural:# người|# người}', en: '{n:plural:# nominee|# nominees}' } })).toThrow(/needs 1 forms in vi/);
  });
  it('an unknown format', () => {
    expect(define({ m: { vi: '{n:percentage}', en: '{n:percentage}' } })).toThrow(/unknown format "percentage"/);
  });
  it('languages that print different values, formats included', () => {
    expect(define({ m: { vi: '{share:percent}', en: '{share}' } })).toThrow(/different placeholders/);
    expect(define({ m: { vi: 'thiếu {n}', en: '{n} {n:plural:is|are} missing' } })).not.toThrow();
  });
  it('a plural that chooses a word by a value the message never shows', () => {
    expect(define({ m: { vi: 'thiếu người', en: '{n:plural:a nominee is|nominees are} missing' } })).toThrow(
      /chooses words by n without showing the value/,
    );
  });
});

describe('settings the compiler could not check', () => {
  it('are refused at run time when they name a rule the packs do not have', () => {
    const pack = reporting({ messageId: 'short', data: { shortfall: 1 } });
    const rules = JSON.parse('{"test/prob": "off"}') as Record<string, 'off'>;
    expect(() => validate(dataset, { packs: [pack], rules })).toThrow(/Unknown rule "test\/prob"/);
  });
  it('keep the rule ids and options of a typed pack readable as plain data', () => {
    const rule: Rule = reporting({ messageId: 'short', data: { shortfall: 1 } }).rules[0]!;
    expect(rule.id).toBe('test/probe');
  });
});
