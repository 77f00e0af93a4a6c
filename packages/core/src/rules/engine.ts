/**
 * Runs rules on targets. Shared by validate() (every target once) and the incremental validator (only the
 * targets a change touches), so both produce findings through exactly the same code.
 */
import { ConfigError } from '../errors/classes';
import type { Body, BodyKind } from '../model/election';
import type { LegalReference } from '../model/primitives';
import { compositionKey, compareStrings, sortRows, type CompositionRow } from './composition';
import { coverageOf, measuresWholeBody, partialFinding } from './coverage';
import { DEFAULT_COMPOSITION_SETTINGS, mergeRuleSettings } from './define';
import { fixTemplateOf, renderMessage } from './render';
import type { DatasetIndex } from './dataset-index';
import type {
  BodyCoverage,
  CompositionSettings,
  CoverageDeclaration,
  Finding,
  FindingInput,
  Locale,
  NotChecked,
  Rule,
  RuleContext,
  Report,
  RulePack,
  Scope,
  ScopeTargets,
  Severity,
  UnitTarget,
  ValidateOptions,
} from './types';

/** A rule ready to run: enabled, options parsed, citations resolved. */
export interface ActiveRule {
  readonly rule: Rule;
  readonly options: unknown;
  readonly sources: readonly LegalReference[];
}

export interface ResolvedRules {
  readonly active: readonly ActiveRule[];
  readonly settings: CompositionSettings;
}

/** Merges the packs (later wins) and the caller's overrides; unknown rule ids and bad options throw. */
export function resolveRules(options: ValidateOptions): ResolvedRules {
  const rules = new Map<string, Rule>();
  let ruleSettings = {};
  let sources: Record<string, readonly LegalReference[]> = {};
  let settings: CompositionSettings = DEFAULT_COMPOSITION_SETTINGS;
  for (const pack of options.packs) {
    for (const rule of pack.rules) rules.set(rule.id, rule);
    ruleSettings = mergeRuleSettings(ruleSettings, pack.ruleSettings);
    sources = { ...sources, ...pack.ruleSources };
    settings = { ...settings, ...pack.settings };
  }
  settings = { ...settings, ...options.settings };
  ruleSettings = mergeRuleSettings(ruleSettings, options.rules ?? {});
  const active: ActiveRule[] = [];
  for (const id of Object.keys(options.rules ?? {})) {
    if (!rules.has(id)) {
      throw new ConfigError({
        en: `Unknown rule "${id}" in the validate options; the packs given are: ${options.packs.map((p) => p.id).join(', ')}`,
        vi: `Không có quy tắc "${id}" trong các bộ quy tắc đã chọn (${options.packs.map((p) => p.id).join(', ')})`,
      });
    }
  }
  for (const rule of [...rules.values()].sort((a, b) => compareStrings(a.id, b.id))) {
    const setting = (ruleSettings as Record<string, unknown>)[rule.id];
    const enabled = setting === undefined ? rule.enabledByDefault !== false : setting !== 'off';
    if (!enabled) continue;
    const given = typeof setting === 'object' && setting !== null ? setting : {};
    let parsed: unknown = given;
    if (rule.options !== undefined) {
      const result = rule.options.safeParse(given);
      if (!result.success) {
        throw new ConfigError(
          {
            en: `Invalid options for rule "${rule.id}": ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
            vi: `Tùy chọn của quy tắc "${rule.id}" không hợp lệ: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          },
          { cause: result.error, details: { ruleId: rule.id } },
        );
      }
      parsed = result.data;
    }
    active.push({ rule, options: parsed, sources: sources[rule.id] ?? rule.sources });
  }
  return { active, settings };
}

/** Where a check ran: the key findings are stored under for incremental updates. */
export function targetKey(scope: Scope, id: string, bodyId?: string): string {
  return scope === 'unit' ? `unit:${JSON.stringify([bodyId ?? '', id])}` : `${scope}:${id}`;
}

function renderFinding(active: ActiveRule, input: FindingInput, locale: Locale): Finding {
  const { rule } = active;
  const data = input.data ?? {};
  const template = rule.messages[input.messageId];
  if (template === undefined) {
    throw new ConfigError({
      en: `Rule "${rule.id}" reported message "${input.messageId}", which its catalogue does not define`,
      vi: `Quy tắc "${rule.id}" báo thông điệp "${input.messageId}" không có trong danh mục thông điệp`,
    });
  }
  const fixTemplate = fixTemplateOf(rule, input.fixId);
  const severity: Severity = input.severity ?? rule.severity;
  return {
    ruleId: rule.id,
    severity,
    messageId: input.messageId,
    target: input.target,
    data,
    message: renderMessage(template[locale], data, locale),
    ...(fixTemplate === undefined ? {} : { fix: renderMessage(fixTemplate[locale], data, locale) }),
    sources: active.sources,
    ...(rule.docsUrl === undefined ? {} : { docsUrl: rule.docsUrl }),
  };
}

type Runnable = { readonly active: ActiveRule; readonly context: RuleContext<never> };

export class RuleRunner {
  private readonly byScope = new Map<Scope, Runnable[]>();
  /** The rules of a scope that apply to a body kind, worked out once per pair rather than once per target. */
  private readonly byScopeAndKind = new Map<Scope, Map<BodyKind | undefined, Runnable[]>>();
  /** Where the running check's findings go, created on the first one: most targets have none. */
  private out: Finding[] | undefined;

  constructor(
    readonly state: DatasetIndex,
    readonly resolved: ResolvedRules,
    readonly locale: Locale,
    /** The caller's word on what the data holds; absent, it is inferred per body (coverage.ts). */
    readonly coverage?: CoverageDeclaration,
  ) {
    const stage = state.options.stage;
    for (const active of resolved.active) {
      const { stages } = active.rule;
      if (stage !== undefined && stages !== undefined && !stages.includes(stage)) continue;
      const list = this.byScope.get(active.rule.scope) ?? [];
      list.push({ active, context: this.context(active) });
      this.byScope.set(active.rule.scope, list);
    }
  }

  private context(active: ActiveRule): RuleContext<never> {
    const { state, locale } = this;
    return {
      options: active.options as never,
      settings: this.resolved.settings,
      stage: state.options.stage,
      composition: state.rows,
      row: (scope, id, bodyId) => state.rows.get(compositionKey(scope, id, bodyId)),
      ageDate: (bodyId) => state.ageDate(bodyId),
      ageOf: (n) => state.ageOf(n),
      ageOnElectionDay: (n) => state.ageOnElectionDay(n),
      election: (id) => state.elections.get(id),
      body: (id) => state.bodies.get(id),
      unit: (id) => (id === undefined ? undefined : state.units.get(id)),
      constituency: (id) => (id === undefined ? undefined : state.constituency(id)),
      nomineesIn: (cid, order) => state.nomineesIn(cid, order),
      countIn: (cid) => state.countIn(cid),
      nomineesOfBody: (bodyId, order) => state.nomineesOfBody(bodyId, order),
      nominationsOf: (n) => state.nominationsOf(n),
      countNominationsOf: (n) => state.countNominationsOf(n),
      bodyKindOf: (n) => state.bodies.get(n.nomination.bodyId)?.kind,
      nameOf: (kind, id) => this.nameOf(kind, id),
      report: (input) => void (this.out ??= []).push(renderFinding(active, input, locale)),
    };
  }

  nameOf(kind: Scope, id: string): string | undefined {
    const { state } = this;
    switch (kind) {
      case 'election':
        return state.elections.get(id)?.name;
      case 'body':
        return state.bodies.get(id)?.name;
      case 'unit':
        return state.units.get(id)?.name;
      case 'constituency': {
        const c = state.constituency(id);
        if (c === undefined) return undefined;
        if (c.name !== undefined) return c.name;
        const unit = c.unitId === undefined ? undefined : state.units.get(c.unitId);
        return unit === undefined ? `Đơn vị bầu cử số ${c.number}` : `${unit.name}, đơn vị bầu cử số ${c.number}`;
      }
      case 'nominee':
        return state.nominee(id)?.person.fullName;
    }
  }

  private lastScope: Scope | undefined;
  private lastKind: BodyKind | undefined;
  private lastRules: Runnable[] | undefined;

  private rulesFor(scope: Scope, kind: BodyKind | undefined): Runnable[] | undefined {
    // Targets come in runs of one scope and kind (a full run walks each scope in turn).
    if (scope === this.lastScope && kind === this.lastKind) return this.lastRules;
    this.lastScope = scope;
    this.lastKind = kind;
    let byKind = this.byScopeAndKind.get(scope);
    if (byKind === undefined) this.byScopeAndKind.set(scope, (byKind = new Map()));
    let rules = byKind.get(kind);
    if (rules === undefined) byKind.set(kind, (rules = this.matchRules(scope, kind)));
    return (this.lastRules = rules);
  }

  /**
   * The rules of a scope that apply to a kind. Apart from rulesFor because its filter closes over scope and
   * kind: V8 would then allocate a context on every rulesFor call, fast path included (24 MB per national run).
   */
  private matchRules(scope: Scope, kind: BodyKind | undefined): Runnable[] {
    // Election rules apply to every kind; the others to the kinds they name (all when they name none).
    return (this.byScope.get(scope) ?? []).filter(({ active }) => {
      const kinds = active.rule.bodyKinds;
      return scope === 'election' || kinds === undefined || (kind !== undefined && kinds.includes(kind));
    });
  }

  /** The running target's findings so far (a method: the compiler would take the field for still unset). */
  private pending(): Finding[] | undefined {
    return this.out;
  }

  /** Runs every rule of the target's scope on it; returns its findings (unsorted). */
  runTarget<S extends Scope>(scope: S, target: ScopeTargets[S], bodyKind: BodyKind | undefined): Finding[] {
    const rules = this.rulesFor(scope, bodyKind);
    if (rules === undefined || rules.length === 0) return NONE;
    this.out = undefined;
    let coverage: BodyCoverage | undefined;
    for (const { active, context } of rules) {
      const before = this.pending()?.length ?? 0;
      (active.rule.check as (t: ScopeTargets[S], c: RuleContext<never>) => void)(target, context);
      const out = this.pending();
      // A whole-body rule on part of the body's list: its findings become information (coverage.ts).
      if (scope !== 'body' || out === undefined || out.length === before || !measuresWholeBody(active.rule)) continue;
      const body = target as Body;
      coverage ??= coverageOf(this.state, body, this.coverage);
      if (coverage.kind === 'whole') continue;
      for (let i = before; i < out.length; i++) out[i] = partialFinding(out[i]!, this.state, body, coverage, this.locale);
    }
    const out = this.out ?? NONE;
    this.out = undefined;
    return out;
  }

  /** The target behind a key, or undefined when it no longer exists (or is not checked). */
  runKey(key: string): Finding[] {
    const { state } = this;
    const colon = key.indexOf(':');
    const scope = key.slice(0, colon) as Scope;
    const rest = key.slice(colon + 1);
    switch (scope) {
      case 'election': {
        const e = state.elections.get(rest);
        return e === undefined ? [] : this.runTarget('election', e, undefined);
      }
      case 'body': {
        const b = state.bodies.get(rest);
        return b === undefined ? [] : this.runTarget('body', b, b.kind);
      }
      case 'unit': {
        const [bodyId, unitId] = JSON.parse(rest) as [string, string];
        const body = state.bodies.get(bodyId);
        const row = state.rows.get(compositionKey('unit', unitId, body?.id));
        if (body === undefined || row === undefined) return [];
        return this.runTarget('unit', this.unitTarget(row), body.kind);
      }
      case 'constituency': {
        const c = state.constituency(rest);
        const body = c === undefined ? undefined : state.bodies.get(c.bodyId);
        return c === undefined || body === undefined ? [] : this.runTarget('constituency', c, body.kind);
      }
      case 'nominee': {
        const n = state.nominee(rest);
        if (n === undefined || !state.isCounted(n)) return [];
        return this.runTarget('nominee', n, state.bodies.get(n.nomination.bodyId)?.kind);
      }
    }
  }

  unitTarget(row: CompositionRow): UnitTarget {
    return { body: this.state.bodies.get(row.bodyId ?? '')!, unit: this.state.units.get(row.id), unitId: row.id, row };
  }

  /**
   * Runs every rule on every target and hands over each target's findings with its key. A full run walks
   * the maps directly: building 500,000 keys only to parse them back would cost more than the rules.
   */
  runAll(found: (key: string, findings: Finding[]) => void): void {
    const { state } = this;
    const emit = (findings: Finding[], key: () => string) => {
      if (findings.length > 0) found(key(), findings);
    };
    for (const e of state.elections.values()) emit(this.runTarget('election', e, undefined), () => targetKey('election', e.id));
    for (const b of state.bodies.values()) emit(this.runTarget('body', b, b.kind), () => targetKey('body', b.id));
    for (const row of state.unitRows()) {
      const body = state.bodies.get(row.bodyId ?? '');
      if (body === undefined) continue;
      emit(this.runTarget('unit', this.unitTarget(row), body.kind), () => targetKey('unit', row.id, row.bodyId));
    }
    state.forEachConstituency((c, body) => {
      const findings = this.runTarget('constituency', c, body.kind);
      if (findings.length > 0) found(targetKey('constituency', c.id), findings);
    });
    if (!this.hasScope('nominee')) return;
    state.forEachCountedNominee((n, body) => {
      const findings = this.runTarget('nominee', n, body.kind);
      if (findings.length > 0) found(targetKey('nominee', n.id), findings);
    });
  }

  /** True when some active rule looks at this scope (lets the incremental validator skip nominee keys). */
  hasScope(scope: Scope): boolean {
    return (this.byScope.get(scope)?.length ?? 0) > 0;
  }
}

const NONE: Finding[] = [];
Object.freeze(NONE);

const SCOPE_ORDER: Readonly<Record<Scope, number>> = { election: 0, body: 1, unit: 2, constituency: 3, nominee: 4 };

/** Canonical order of findings, so a report does not depend on input row order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.ruleId, b.ruleId) ||
    SCOPE_ORDER[a.target.kind] - SCOPE_ORDER[b.target.kind] ||
    compareStrings(a.target.bodyId ?? '', b.target.bodyId ?? '') ||
    compareStrings(a.target.id, b.target.id) ||
    compareStrings(a.messageId, b.messageId) ||
    compareStrings(JSON.stringify(a.data), JSON.stringify(b.data))
  );
}

export function summarize(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The composition table, sorted; a copy unless the rows belong to nobody else (copy = false). */
export function compositionTable(rows: readonly CompositionRow[], copy = true): CompositionRow[] {
  return sortRows(copy ? rows.map((r) => ({ ...r })) : rows);
}

export function packIds(packs: readonly RulePack[]): string[] {
  return packs.map((p) => p.id);
}

/**
 * The report of sorted findings over a state's composition rows; validate() and the validator share it.
 * The validator keeps updating its rows, so its reports copy them; validate() drops its state and hands its
 * rows over (`copyRows` false).
 */
export function buildReport(
  findings: Finding[],
  rows: readonly CompositionRow[],
  options: Pick<ValidateOptions, 'packs' | 'stage'>,
  locale: Locale,
  notChecked: readonly NotChecked[],
  copyRows = true,
): Report {
  return {
    packs: packIds(options.packs),
    locale,
    stage: options.stage,
    summary: summarize(findings),
    findings,
    composition: compositionTable(rows, copyRows),
    notChecked,
  };
}
