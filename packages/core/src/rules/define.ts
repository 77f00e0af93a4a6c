/**
 * defineRule() and defineRulePack(): identity functions with checks, so a pack author gets types and a
 * clear error at load time instead of a silent misconfiguration at validation time. As typescript-eslint's
 * RuleCreator infers message ids from `meta.messages`, defineRule infers the message ids, fix ids and each
 * message's placeholders from the catalogues (message-syntax.ts), and defineRulePack keeps its rules' ids and
 * option types so that validate()'s per-rule settings are checked by the compiler.
 */
import type { z } from 'zod';
import { ConfigError } from '../errors/classes';
import type { BodyKind } from '../model/election';
import type { IsoDate, LegalReference } from '../model/primitives';
import type { ImportElection } from '../export/ports';
import { isIsoDate } from '../text/dates';
import { placeholdersOf, printedValueKey, templateProblems } from './message-syntax';
import type {
  CalendarSpec,
  CompositionSettings,
  LocalizedMessage,
  MessageCatalogue,
  Milestone,
  NoMessages,
  Rule,
  RuleDefinition,
  RulePack,
  RuleSettings,
  RuleSettingsFor,
  Scope,
} from './types';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The values a template prints (name, with the format of a percent or weekday), once each, sorted. */
function printedValues(text: string): string[] {
  const keys = placeholdersOf(text).map(printedValueKey);
  return [...new Set(keys.filter((k) => k !== undefined))].sort();
}

/**
 * Each text must follow the grammar, and both languages must print the same values: otherwise one of them
 * would show another number, or fail to render. A plural that only chooses a word ("{n:plural:is|are}") must
 * choose it by a value the message has.
 */
function checkCatalogue(id: string, kind: string, catalogue: MessageCatalogue): void {
  for (const [key, message] of Object.entries(catalogue)) {
    for (const locale of ['vi', 'en'] as const) {
      const problem = templateProblems(message[locale], locale)[0];
      if (problem !== undefined) {
        throw new ConfigError({
          en: `Rule "${id}": ${kind} "${key}": ${problem.en}`,
          vi: `Quy tắc "${id}": ${kind} "${key}": ${problem.vi}`,
        });
      }
    }
    const names = new Set([...placeholdersOf(message.vi), ...placeholdersOf(message.en)].map((p) => p.name));
    const printed = new Set([...printedValues(message.vi), ...printedValues(message.en)].map((k) => k.split(':')[0]));
    const wordOnly = [...names].filter((name) => !printed.has(name));
    if (wordOnly.length > 0) {
      throw new ConfigError({
        en: `Rule "${id}": ${kind} "${key}" chooses words by ${wordOnly.join(', ')} without showing the value`,
        vi: `Quy tắc "${id}": ${kind} "${key}" chọn từ theo ${wordOnly.join(', ')} nhưng không hiển thị giá trị đó`,
      });
    }
    const vi = printedValues(message.vi);
    const en = printedValues(message.en);
    if (vi.join() !== en.join()) {
      throw new ConfigError({
        en: `Rule "${id}": ${kind} "${key}" uses different placeholders in Vietnamese (${vi.join(', ')}) and English (${en.join(', ')})`,
        vi: `Quy tắc "${id}": ${kind} "${key}" dùng tham số khác nhau giữa tiếng Việt (${vi.join(', ')}) và tiếng Anh (${en.join(', ')})`,
      });
    }
  }
}

export function defineRule<
  const Id extends string,
  S extends Scope,
  const Messages extends MessageCatalogue,
  const Fixes extends MessageCatalogue = NoMessages,
  Schema extends z.ZodType | undefined = undefined,
>(definition: RuleDefinition<S, Schema, Id, Messages, Fixes>): Rule<Id, Schema> {
  if (!RULE_ID.test(definition.id)) {
    throw new ConfigError({
      en: `Rule id "${definition.id}" must be kebab-case and pack-prefixed, e.g. "vn/na-women-share"`,
      vi: `Mã quy tắc "${definition.id}" phải viết dạng kebab-case và có tiền tố bộ quy tắc, ví dụ "vn/na-women-share"`,
    });
  }
  if (Object.keys(definition.messages).length === 0) {
    throw new ConfigError({
      en: `Rule "${definition.id}" declares no messages`,
      vi: `Quy tắc "${definition.id}" chưa khai báo thông điệp nào`,
    });
  }
  checkCatalogue(definition.id, 'message', definition.messages);
  if (definition.fixes !== undefined) checkCatalogue(definition.id, 'fix', definition.fixes);
  if (definition.options !== undefined) {
    // The defaults must satisfy the schema: a rule that cannot run with its own defaults is a bug.
    const parsed = definition.options.safeParse({});
    if (!parsed.success) {
      throw new ConfigError({
        en: `Rule "${definition.id}": its options schema rejects the defaults: ${parsed.error.message}`,
        vi: `Quy tắc "${definition.id}": lược đồ tùy chọn không chấp nhận giá trị mặc định: ${parsed.error.message}`,
      });
    }
  }
  return definition as unknown as Rule<Id, Schema>;
}

/** `R` is the union of the types of the rules the pack adds, `B` that of the pack it extends. */
export interface RulePackDefinition<R extends Rule = Rule, B extends Rule = Rule> {
  readonly id: string;
  readonly title: LocalizedMessage;
  readonly description?: LocalizedMessage;
  /** A pack this one builds on: its rules, settings and calendar are inherited, then overridden. */
  readonly extends?: RulePack<B>;
  readonly reference?: { readonly electionDay: IsoDate; readonly terms: Readonly<Partial<Record<BodyKind, string>>> };
  /** Rules added, or replacing an inherited rule with the same id. */
  readonly rules?: readonly R[];
  /** Per-rule settings: options, 'off' or 'on'. Objects are merged over the inherited ones. */
  readonly ruleSettings?: NoInfer<RuleSettingsFor<R | B>>;
  readonly ruleSources?: Readonly<Record<string, readonly LegalReference[]>>;
  readonly settings?: Partial<CompositionSettings>;
  /** The calendar; with `extends`, milestones with an inherited id replace it, new ids are added. */
  readonly calendar?: Partial<CalendarSpec> & { readonly removeMilestones?: readonly string[] };
}

export const DEFAULT_COMPOSITION_SETTINGS: CompositionSettings = { youngUnderAge: 40 };

export function mergeRuleSettings(base: RuleSettings, over: RuleSettings): RuleSettings {
  const merged: Record<string, RuleSettings[string]> = { ...base };
  for (const [id, setting] of Object.entries(over)) {
    const previous = merged[id];
    merged[id] =
      typeof setting === 'object' && typeof previous === 'object' ? { ...previous, ...setting } : setting;
  }
  return merged;
}

function mergeCalendar(
  base: CalendarSpec | undefined,
  over: RulePackDefinition['calendar'],
): CalendarSpec | undefined {
  if (over === undefined) return base;
  const removed = new Set(over.removeMilestones ?? []);
  const milestones = new Map<string, Milestone>();
  for (const m of base?.milestones ?? []) if (!removed.has(m.id)) milestones.set(m.id, m);
  for (const m of over.milestones ?? []) milestones.set(m.id, m);
  const electionWeekday = over.electionWeekday ?? base?.electionWeekday;
  if (electionWeekday === undefined) {
    throw new ConfigError({
      en: 'A rule pack calendar must set electionWeekday (0 = Sunday)',
      vi: 'Lịch của bộ quy tắc phải khai báo electionWeekday (0 = Chủ nhật)',
    });
  }
  return {
    electionWeekday,
    electionDaySources: over.electionDaySources ?? base?.electionDaySources ?? [],
    milestones: [...milestones.values()],
  };
}

/** The election of a pack's files: the day given or the reference one, the term from the reference. */
function packElection(
  packId: string,
  reference: RulePackDefinition['reference'],
  day: string | undefined,
): ImportElection {
  const electionDay = day ?? reference?.electionDay;
  if (electionDay === undefined) {
    throw new ConfigError({
      en: `Rule pack "${packId}" has no reference election: give the election day (YYYY-MM-DD)`,
      vi: `Bộ quy tắc "${packId}" không có cuộc bầu cử tham chiếu: hãy cho biết ngày bầu cử (YYYY-MM-DD)`,
    });
  }
  if (!isIsoDate(electionDay)) {
    throw new ConfigError({
      en: `The election day must be a real date written YYYY-MM-DD, got "${electionDay}"`,
      vi: `Ngày bầu cử phải là một ngày có thật, viết dạng YYYY-MM-DD; nhận được "${electionDay}"`,
    });
  }
  const term = reference?.terms['national-assembly'];
  return {
    id: `election-${electionDay}`,
    electionDay,
    rulePack: packId,
    ...(term === undefined ? {} : { term, name: `Bầu cử đại biểu Quốc hội khóa ${term}` }),
  };
}

export function defineRulePack<R extends Rule = never, B extends Rule = never>(
  definition: RulePackDefinition<R, B>,
): RulePack<R | B> {
  const base = definition.extends;
  const rules = new Map<string, R | B>();
  for (const rule of base?.rules ?? []) rules.set(rule.id, rule);
  const own = new Set<string>();
  for (const rule of definition.rules ?? []) {
    if (own.has(rule.id)) {
      throw new ConfigError({
        en: `Rule pack "${definition.id}" lists rule "${rule.id}" twice`,
        vi: `Bộ quy tắc "${definition.id}" khai báo quy tắc "${rule.id}" hai lần`,
      });
    }
    own.add(rule.id);
    rules.set(rule.id, rule);
  }
  const ruleSettings = mergeRuleSettings(base?.ruleSettings ?? {}, (definition.ruleSettings ?? {}) as RuleSettings);
  for (const id of Object.keys(ruleSettings)) {
    if (!rules.has(id)) {
      throw new ConfigError({
        en: `Rule pack "${definition.id}" configures rule "${id}", which it does not contain`,
        vi: `Bộ quy tắc "${definition.id}" cấu hình quy tắc "${id}" nhưng không chứa quy tắc này`,
      });
    }
  }
  const calendar = mergeCalendar(base?.calendar, definition.calendar);
  const reference = definition.reference ?? base?.reference;
  const description = definition.description ?? base?.description;
  return {
    id: definition.id,
    title: definition.title,
    ...(description === undefined ? {} : { description }),
    ...(reference === undefined ? {} : { reference }),
    rules: [...rules.values()],
    ruleSettings,
    ruleSources: { ...base?.ruleSources, ...definition.ruleSources },
    settings: { ...DEFAULT_COMPOSITION_SETTINGS, ...base?.settings, ...definition.settings },
    ...(calendar === undefined ? {} : { calendar }),
    ...(base === undefined ? {} : { extends: [...(base.extends ?? []), base.id] }),
    election: (day?: string) => packElection(definition.id, reference, day),
  };
}
