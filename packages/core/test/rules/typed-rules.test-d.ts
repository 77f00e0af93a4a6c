/**
 * Type tests, checked by `tsc` (the package's typecheck target includes test/): each `@ts-expect-error` line is
 * a mistake that must not compile, and fails the typecheck the day it compiles again. Next to each, the right
 * spelling compiles.
 */
import { expectTypeOf } from 'vitest';
import * as z from 'zod';
import type { Body, Dataset, Election } from '../../src/index';
import {
  defineRule,
  defineRulePack,
  quotaRule,
  validate,
  type DatasetChange,
  type MessageData,
  type PlaceholderEntries,
  type RulePack,
  type RuleSettings,
} from '../../src/rules/index';

const surplus = defineRule({
  id: 'test/surplus',
  title: { vi: 'Số dư', en: 'Surplus' },
  description: { vi: 'Số dư', en: 'Surplus' },
  severity: 'error',
  scope: 'constituency',
  sources: [],
  options: z.object({ margin: z.int().nonnegative().default(2) }).strict(),
  messages: {
    tooFew: {
      vi: '{name}: {actual} người cho {seats} đại biểu, thiếu {shortfall}',
      en: '{name}: {actual:plural:# candidate|# candidates} for {seats} seats, {shortfall} short',
    },
    noSeats: { vi: 'Không có đại biểu', en: 'No seats' },
  },
  fixes: { add: { vi: 'Bổ sung {shortfall} người', en: 'Add {shortfall:plural:# candidate|# candidates}' } },
  check(c, ctx) {
    expectTypeOf(ctx.options).toEqualTypeOf<{ margin: number }>();
    const data = { name: c.id, actual: 1, seats: c.seats, shortfall: 2 };
    const target = { kind: 'constituency' as const, id: c.id };
    ctx.report({ messageId: 'tooFew', fixId: 'add', target, data });
    ctx.report({ messageId: 'noSeats', target }); // no placeholders: data may be left out
    // @ts-expect-error a message id the catalogue does not have
    ctx.report({ messageId: 'tooFw', target, data });
    // @ts-expect-error a fix id the catalogue does not have
    ctx.report({ messageId: 'tooFew', fixId: 'nope', target, data });
    // @ts-expect-error {shortfall} is missing from data
    ctx.report({ messageId: 'tooFew', target, data: { name: c.id, actual: 1, seats: c.seats } });
    // @ts-expect-error the fix needs {shortfall}, which the message alone would not
    ctx.report({ messageId: 'noSeats', fixId: 'add', target, data: {} });
    // @ts-expect-error {actual:plural:…} counts: it needs a number
    ctx.report({ messageId: 'tooFew', target, data: { ...data, actual: 'one' } });
    // @ts-expect-error a message with placeholders needs its data
    ctx.report({ messageId: 'tooFew', target });
    // Extra data is raw data for callers, and is allowed.
    ctx.report({ messageId: 'tooFew', target, data: { ...data, required: 3 } });
    const row = ctx.row('constituency', c.id);
    expectTypeOf(row?.nominees).toEqualTypeOf<number | undefined>();
    // @ts-expect-error a nominee has no composition row
    ctx.row('nominee', c.id);
  },
});

const women = quotaRule({
  id: 'test/women-share',
  title: { vi: 'Nữ', en: 'Women' },
  description: { vi: 'Nữ', en: 'Women' },
  severity: 'error',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.35 },
  sources: [],
});

const pack = defineRulePack({ id: 'test', title: { vi: 'Thử', en: 'Test' }, rules: [surplus, women] });
declare const dataset: Dataset;

validate(dataset, { packs: [pack], rules: { 'test/women-share': { minShare: 0.4 }, 'test/surplus': { margin: 3 } } });
validate(dataset, { packs: [pack], rules: { 'test/women-share': 'off', 'test/surplus': 'on' } });
// @ts-expect-error a rule id the packs do not have
validate(dataset, { packs: [pack], rules: { 'test/women-shar': { minShare: 0.4 } } });
// @ts-expect-error an option the rule does not have
validate(dataset, { packs: [pack], rules: { 'test/women-share': { minShar: 0.4 } } });
// @ts-expect-error an option of the wrong type
validate(dataset, { packs: [pack], rules: { 'test/surplus': { margin: '3' } } });

// A pack extending another is typed by both: its settings and validate()'s.
const strict = defineRulePack({
  id: 'strict',
  title: { vi: 'Chặt', en: 'Strict' },
  extends: pack,
  ruleSettings: { 'test/women-share': { minShare: 0.5 } },
});
validate(dataset, { packs: [strict], rules: { 'test/surplus': 'off' } });
// @ts-expect-error settings of a pack are typed by its rules too
defineRulePack({ id: 'x', title: { vi: 'x', en: 'x' }, extends: pack, ruleSettings: { 'test/nope': 'off' } });

// Untyped callers: a pack loaded at run time, or settings read from a file, fall back to RuleSettings.
declare const loaded: RulePack;
declare const fromFile: RuleSettings;
validate(dataset, { packs: [loaded], rules: { 'any/rule': { anything: 1 } } });
validate(dataset, { packs: [loaded, pack], rules: fromFile });

// The type-level grammar reads what the renderer reads.
expectTypeOf<PlaceholderEntries<'{a} {b:percent} {c:plural:# x|# y} {not valid} {d:other} {{e}}'>>().toEqualTypeOf<
  ['a', 'value'] | ['b', 'number'] | ['c', 'number'] | ['d', 'unknown'] | ['e', 'value']
>();
expectTypeOf<MessageData<{ vi: '{n}'; en: '{n:plural:# a|# b}' }>['n']>().toEqualTypeOf<number>();
expectTypeOf<MessageData<{ vi: string; en: string }>>().toEqualTypeOf<Readonly<Record<string, string | number | boolean>>>();

// DatasetChange is typed per collection.
declare const election: Election;
declare const body: Body;
const change: DatasetChange = { type: 'upsert', collection: 'bodies', entity: body };
// @ts-expect-error an Election is not a Body
const wrong: DatasetChange = { type: 'upsert', collection: 'bodies', entity: election };
export { change, strict, wrong };

// {name:date} takes the ISO date as a string; a number, or a name used both as a date and as a count, cannot fill it.
expectTypeOf<MessageData<{ vi: 'sinh {d:date}'; en: 'born {d:date}' }>['d']>().toEqualTypeOf<string>();
expectTypeOf<MessageData<{ vi: 'sinh {d:date}'; en: '{d:percent}' }>['d']>().toEqualTypeOf<never>();
