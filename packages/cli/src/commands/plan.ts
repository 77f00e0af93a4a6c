/**
 * `ungcu plan --pool <pool> --quotas <quotas.csv> --size <k>`: picks a list of k from a pool that meets every
 * quota, or says which quotas conflict and the smallest change that makes them hold (@ungcu/planner).
 * The pool is a table with an `id` column and one column per attribute, or a list in the official layout
 * (CSV or XLSX, as `ungcu import` reads it), whose attributes the model derives. Exit 1 when the quotas
 * cannot all hold, 2 when the call or a file is wrong.
 */
import type { Command } from 'commander';
import { isUngcuError } from '@ungcu/core/errors';
import { plan, poolFromDataset, type Bound, type PlanQuota, type PlanResult, type PoolMember, type QuotaScope } from '@ungcu/planner';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import type { RegisterCommand } from './index';
import { registerPackOptions, type PackFlags } from './pack-options';
import { readTableOrLists } from './read-files';
import { column, ID_COLUMNS, place, readTable, TableError, type Table } from './read-table';
import { usage } from './usage';

interface PlanFlags extends PackFlags {
  readonly pool: readonly string[];
  readonly quotas: string;
  readonly size: string;
  readonly seed?: string;
  readonly format: string;
  readonly locale: string;
}

/** The documented JSON shape (docs/reference/cli-json.md). */
export type PlanJson =
  | { readonly feasible: true; readonly selected: readonly string[]; readonly counts: Readonly<Record<string, number>> }
  | {
      readonly feasible: false;
      readonly conflicts: readonly { readonly quotas: readonly PlanQuota[]; readonly reason: string; readonly message: { vi: string; en: string } }[];
      readonly relaxation: readonly { readonly feature: string; readonly value: string | number | boolean; readonly bound: string; readonly from: number; readonly to: number }[];
      readonly explanation: { readonly vi: string; readonly en: string };
    };

const TRUE_WORDS = new Set(['true', '1', 'có', 'x', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'không', '', 'no']);

/** A pool table: an `id` column, every other column an attribute; `constituency`, `unit`, `organization` place a member. */
export function readPoolTable(table: Table): PoolMember[] {
  const id = column(table, ID_COLUMNS);
  const placed = new Set(['constituency', 'unit', 'organization', 'score']);
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const memberId = row.cells[id] ?? '';
    const where = place(table.file, row.row, id);
    if (memberId === '') throw new TableError(`${where.vi}: thiếu mã`, `${where.en}: the id is missing`);
    if (seen.has(memberId)) throw new TableError(`${where.vi}: mã "${memberId}" trùng`, `${where.en}: the id "${memberId}" appears twice`);
    seen.add(memberId);
    const attributes = Object.fromEntries(table.columns.filter((c) => c !== id && !placed.has(c)).map((c) => [c, row.cells[c] ?? '']));
    const score = row.cells['score'];
    if (score !== undefined && score !== '' && !Number.isFinite(Number(score))) {
      const at = place(table.file, row.row, 'score');
      throw new TableError(`${at.vi}: "${score}" không phải là một số`, `${at.en}: "${score}" is not a number`);
    }
    return {
      id: memberId,
      attributes,
      ...(row.cells['constituency'] ? { constituencyId: row.cells['constituency'] } : {}),
      ...(row.cells['unit'] ? { unitId: row.cells['unit'] } : {}),
      ...(row.cells['organization'] ? { organizationId: row.cells['organization'] } : {}),
      ...(score === undefined || score === '' ? {} : { score: Number(score) }),
    };
  });
}

/** "12" is a head count; "35%" or "0.35" a share of the list in the quota's scope. */
function bound(table: Table, row: number, name: string, raw: string): Bound | undefined {
  if (raw === '') return undefined;
  const percent = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/u.exec(raw);
  if (percent !== null) {
    const share = Number(percent[1]!.replace(',', '.')) / 100;
    if (share <= 1) return { share };
  } else if (/^\d{1,9}$/u.test(raw)) {
    return { count: Number(raw) };
  } else if (/^0?[.,]\d+$/u.test(raw)) {
    return { share: Number(raw.replace(',', '.')) };
  }
  const where = place(table.file, row, name);
  throw new TableError(
    `${where.vi}: "${raw}" không phải là số người (12) hay tỷ lệ (35% hoặc 0.35)`,
    `${where.en}: "${raw}" is neither a head count (12) nor a share (35% or 0.35)`,
  );
}

/** The scope column: body (default), constituency, unit or organization, optionally ":<id>" for one of them. */
function scope(table: Table, row: number, raw: string): QuotaScope {
  if (raw === '' || raw === 'body') return { kind: 'body' };
  const [kind, id] = raw.split(':', 2) as [string, string | undefined];
  if (kind === 'constituency' || kind === 'unit' || kind === 'organization') return id === undefined || id === '' ? { kind } : { kind, id };
  const where = place(table.file, row, 'scope');
  throw new TableError(
    `${where.vi}: phạm vi "${raw}" không hợp lệ (body, constituency, unit, organization, có thể kèm :mã)`,
    `${where.en}: the scope "${raw}" is not valid (body, constituency, unit, organization, optionally :id)`,
  );
}

/**
 * A quotas table: `feature,value,min,max` (or the sortition field's `category,name,min,max`), and an optional
 * `scope`. A value is compared with the pool's attribute as the pool holds it: a yes/no attribute takes
 * true/false (also 1/0, có/không).
 */
export function readQuotas(table: Table, pool: readonly PoolMember[]): PlanQuota[] {
  const feature = column(table, ['feature', 'category']);
  const value = column(table, ['value', 'name']);
  column(table, ['min', 'max']);
  return table.rows.map((row) => {
    const name = row.cells[feature] ?? '';
    const where = place(table.file, row.row, feature);
    if (name === '') throw new TableError(`${where.vi}: thiếu tên thuộc tính`, `${where.en}: the feature is missing`);
    const sample = pool.find((m) => m.attributes[name] !== undefined)?.attributes[name];
    if (sample === undefined) {
      const known = [...new Set(pool.flatMap((m) => Object.keys(m.attributes)))].join(', ');
      throw new TableError(
        `${where.vi}: nguồn không có thuộc tính "${name}" (có: ${known})`,
        `${where.en}: the pool has no attribute "${name}" (has: ${known})`,
      );
    }
    const raw = row.cells[value] ?? '';
    let typed: string | number | boolean = raw;
    if (typeof sample === 'boolean') {
      const word = raw.toLowerCase();
      if (!TRUE_WORDS.has(word) && !FALSE_WORDS.has(word)) {
        const at = place(table.file, row.row, value);
        throw new TableError(`${at.vi}: "${raw}" không phải là có/không`, `${at.en}: "${raw}" is not yes/no`);
      }
      typed = TRUE_WORDS.has(word);
    } else if (typeof sample === 'number') {
      typed = Number(raw);
    }
    const min = bound(table, row.row, 'min', row.cells['min'] ?? '');
    const max = bound(table, row.row, 'max', row.cells['max'] ?? '');
    if (min === undefined && max === undefined) {
      const at = place(table.file, row.row, 'min');
      throw new TableError(`${at.vi}: chỉ tiêu cần mức tối thiểu, tối đa hoặc cả hai`, `${at.en}: a quota needs a min, a max or both`);
    }
    return {
      feature: name,
      value: typed,
      scope: scope(table, row.row, row.cells['scope'] ?? ''),
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    };
  });
}

export function toPlanJson(result: PlanResult): PlanJson {
  if (result.feasible) return { feasible: true, selected: result.selected, counts: result.counts };
  return {
    feasible: false,
    conflicts: result.conflicts.map(({ quotas, reason, message }) => ({ quotas, reason, message })),
    relaxation: result.relaxation.map(({ feature, value, bound: b, from, to }) => ({ feature, value, bound: b, from, to })),
    explanation: result.explanation,
  };
}

export function formatPlan(result: PlanResult, locale: 'vi' | 'en'): string {
  const vi = locale === 'vi';
  if (!result.feasible) return `${result.explanation[locale]}\n`;
  const lines = [
    vi
      ? `Chọn được danh sách ${result.selected.length} người đáp ứng mọi chỉ tiêu:`
      : `A list of ${result.selected.length} that meets every quota:`,
    result.selected.join(', '),
    vi ? 'Cơ cấu:' : 'Composition:',
    ...Object.entries(result.counts).map(([key, n]) => `  ${key}: ${n}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Official-list files are read by the SDK's importers; a table with an `id` column is a plain pool. */
async function readPool(flags: PlanFlags, io: CliIo): Promise<PoolMember[] | number> {
  const input = await readTableOrLists(flags.pool, flags, io);
  if (typeof input === 'number') return input;
  return 'table' in input ? readPoolTable(input.table) : poolFromDataset(input.lists, { pack: input.session.pack });
}

export async function runPlan(flags: PlanFlags, io: CliIo): Promise<number> {
  if (!/^\d{1,9}$/u.test(flags.size) || Number(flags.size) === 0) {
    return usage(io, `--size phải là số nguyên dương (nhận được "${flags.size}")`, `--size must be a positive whole number (got "${flags.size}")`);
  }
  if (flags.seed !== undefined && !/^\d{1,9}$/u.test(flags.seed)) {
    return usage(io, `--seed phải là số nguyên không âm (nhận được "${flags.seed}")`, `--seed must be a whole, non-negative number (got "${flags.seed}")`);
  }
  if (flags.format !== 'text' && flags.format !== 'json') return usage(io, '--format phải là text hoặc json', '--format must be text or json');
  if (flags.locale !== 'vi' && flags.locale !== 'en') return usage(io, '--locale phải là vi hoặc en', '--locale must be vi or en');
  let result: PlanResult;
  try {
    const pool = await readPool(flags, io);
    if (typeof pool === 'number') return pool;
    const quotas = readQuotas(await readTable(flags.quotas), pool);
    result = await plan(
      { pool, size: Number(flags.size), quotas },
      { locale: flags.locale, ...(flags.seed === undefined ? {} : { seed: Number(flags.seed) }) },
    );
  } catch (error) {
    if (error instanceof TableError) return usage(io, error.vi, error.en);
    if (isUngcuError(error)) return usage(io, error.text.vi, error.text.en);
    throw error;
  }
  io.stdout(flags.format === 'json' ? `${JSON.stringify(toPlanJson(result), null, 2)}\n` : formatPlan(result, flags.locale));
  return result.feasible ? EXIT.ok : EXIT.findings;
}

export const registerPlan: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('plan')
    .description(
      'Chọn danh sách đáp ứng mọi chỉ tiêu cơ cấu, hoặc chỉ ra chỉ tiêu nào mâu thuẫn và cần nới ít nhất ở đâu.\n' +
        'Pick a list that meets every composition quota, or show which quotas conflict and the smallest change that makes them hold.',
    )
    .requiredOption('--pool <files...>', 'nguồn: bảng có cột id, hoặc danh sách theo mẫu chính thức (.csv, .xlsx) / pool: a table with an id column, or lists in the official layout')
    .requiredOption('--quotas <quotas.csv>', 'chỉ tiêu: cột feature, value, min, max, scope (tùy chọn) / quotas: columns feature, value, min, max, optional scope')
    .requiredOption('--size <k>', 'số người cần chọn / how many to pick')
    .option('--seed <n>', 'hạt giống để kết quả lặp lại được / seed, for a repeatable choice')
    .option('--format <format>', 'định dạng / output format (text | json)', 'text')
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi');
  registerPackOptions(command);
  command.action(async (flags: PlanFlags) => exit(await runPlan(flags, io)));
};
