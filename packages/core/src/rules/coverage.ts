/**
 * Coverage: how much of a body's list the data holds. A provincial committee checks its own province's file,
 * and a rule that measures the whole national list (35% women of everyone on it, 500 seats in all) says
 * nothing true about one province. Such a rule declares `measures: 'whole-body'`; on a body whose data is
 * partial its findings become information, and the report lists it under `notChecked`.
 *
 * Coverage is the caller's (`ValidateOptions.coverage`) when given, else inferred: the seats of the body's
 * constituencies against the body's known size (`settings.bodySeats` of its kind, else the body's own
 * `totalSeats`). Fewer seats than that: part of the list. A body with no constituency yet is taken as whole,
 * so rules run on a list being planned as they always did.
 */
import { compareStrings, compositionKey } from './composition';
import type { DatasetIndex } from './dataset-index';
import type { Body } from '../model/election';
import type {
  BodyCoverage,
  CoverageDeclaration,
  CoverageKind,
  Finding,
  Locale,
  NotChecked,
  Rule,
  ValidateOptions,
} from './types';
import type { ActiveRule } from './engine';

function declaredFor(declaration: CoverageDeclaration | undefined, bodyId: string): CoverageKind | undefined {
  if (declaration === undefined || typeof declaration === 'string') return declaration;
  return declaration[bodyId];
}

/** What the data holds of a body's list: declared by the caller, or inferred from its seats. */
export function coverageOf(state: DatasetIndex, body: Body, declaration: CoverageDeclaration | undefined): BodyCoverage {
  const row = state.rows.get(compositionKey('body', body.id));
  const seats = row?.seats ?? 0;
  const knownSeats = state.options.settings.bodySeats?.[body.kind] ?? body.totalSeats;
  const declared = declaredFor(declaration, body.id);
  if (declared !== undefined) return { kind: declared, source: 'declared', seats, knownSeats };
  const partial = (row?.constituencies ?? 0) > 0 && seats < knownSeats;
  return { kind: partial ? 'part' : 'whole', source: 'inferred', seats, knownSeats };
}

/** True when the rule measures a whole body's list. */
export function measuresWholeBody(rule: Rule): boolean {
  return rule.measures === 'whole-body';
}

/** How many administrative units of the body the data holds (provinces, for the National Assembly). */
function unitsOf(state: DatasetIndex, bodyId: string): number {
  let units = 0;
  for (const row of state.unitRows()) if (row.bodyId === bodyId) units++;
  return units;
}

/**
 * The word for the units a body's list is split into: provinces ("tỉnh, thành phố", as officials write it) for
 * the National Assembly, administrative units for a council (its districts or communes).
 */
function unitWords(body: Body, units: number, locale: Locale): string {
  if (locale === 'vi') return body.kind === 'national-assembly' ? 'tỉnh, thành phố' : 'đơn vị hành chính';
  const [one, many] = body.kind === 'national-assembly' ? ['province', 'provinces'] : ['administrative unit', 'administrative units'];
  return units === 1 ? one : many;
}

/** Why a rule was not checked, in one language. */
function reason(coverage: BodyCoverage, units: number, body: Body, locale: Locale): string {
  const { seats, knownSeats, source } = coverage;
  const name = body.name ?? body.id;
  const unitWord = unitWords(body, units, locale);
  if (locale === 'vi') {
    const held =
      source === 'declared'
        ? `dữ liệu được khai báo là một phần danh sách (${seats} đại biểu được bầu, ${units} ${unitWord})`
        : `dữ liệu chỉ có ${seats}/${knownSeats} đại biểu được bầu (${units} ${unitWord})`;
    return `đo trên toàn bộ danh sách ${name}; ${held}`;
  }
  const held =
    source === 'declared'
      ? `the data is declared part of the list (${seats} seats, ${units} ${unitWord})`
      : `the data holds ${seats} of ${knownSeats} seats (${units} ${unitWord})`;
  return `measured over the whole list of ${name}; ${held}`;
}

/** A whole-body rule's finding on partial data: information, saying what it measures and what is here. */
export function partialFinding(
  finding: Finding,
  state: DatasetIndex,
  body: Body,
  coverage: BodyCoverage,
  locale: Locale,
): Finding {
  const units = unitsOf(state, body.id);
  const here = locale === 'vi' ? 'số liệu phần này' : 'figures for this part';
  const { fix: _fix, ...rest } = finding; // a fix for the whole list says nothing about this part of it
  return {
    ...rest,
    severity: 'info',
    message: `${capitalize(reason(coverage, units, body, locale))}. ${capitalize(here)}: ${finding.message}`,
    data: { ...finding.data, coverage: coverage.kind, coveredSeats: coverage.seats, knownSeats: coverage.knownSeats, coveredUnits: units },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The whole-body rules that could not be checked on a body the data holds only part of: one entry per rule
 * and body, sorted by rule id then body id. The rules run on the same targets a full run visits.
 */
export function notCheckedOf(
  state: DatasetIndex,
  active: readonly ActiveRule[],
  options: Pick<ValidateOptions, 'coverage' | 'stage'>,
  locale: Locale,
): NotChecked[] {
  const rules = active
    .map((a) => a.rule)
    .filter((r) => measuresWholeBody(r) && r.scope === 'body')
    .filter((r) => options.stage === undefined || r.stages === undefined || r.stages.includes(options.stage));
  if (rules.length === 0) return [];
  const out: NotChecked[] = [];
  const bodies = [...state.bodies.values()].sort((a, b) => compareStrings(a.id, b.id));
  for (const body of bodies) {
    const coverage = coverageOf(state, body, options.coverage);
    if (coverage.kind === 'whole') continue;
    const units = unitsOf(state, body.id);
    const name = body.name ?? body.id;
    for (const rule of rules) {
      if (rule.bodyKinds !== undefined && !rule.bodyKinds.includes(body.kind)) continue;
      out.push({
        ruleId: rule.id,
        target: { kind: 'body', id: body.id, name },
        coverage: { ...coverage, units },
        reason: reason(coverage, units, body, locale),
      });
    }
  }
  // Bodies were visited in id order and the sort is stable: sorting by rule keeps them so.
  return out.sort((a, b) => compareStrings(a.ruleId, b.ruleId));
}
