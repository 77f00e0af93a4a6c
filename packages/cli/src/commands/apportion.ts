/**
 * `ungcu apportion --method <name> --seats <n> --input <units.csv>`: seats (or nominee counts) across units by
 * one of @ungcu/apportion's methods, in exact arithmetic, with the step log, the ties and the
 * disproportionality indices. Exit 1 when a tie left seats unassigned (`--tie-rule report`, the default),
 * 2 when the call or the file is wrong.
 */
import type { Command } from 'commander';
import { APPORTION_METHODS, TIE_RULES, apportion, parseRational, type ApportionMethod, type ApportionResult, type ApportionUnit, type TieRule } from '@ungcu/apportion';
import { isUngcuError } from '@ungcu/core/errors';
import type { Dataset } from '@ungcu/core';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import type { RegisterCommand } from './index';
import { registerPackOptions, type PackFlags } from './pack-options';
import { readTableOrLists } from './read-files';
import { column, ID_COLUMNS, place, TableError, wholeNumber, type Table } from './read-table';
import { usage } from './usage';

interface ApportionFlags extends PackFlags {
  readonly method: string;
  readonly seats: string;
  readonly input: readonly string[];
  readonly format: string;
  readonly locale: string;
  readonly tieRule: string;
}

const WEIGHT_COLUMNS = ['weight', 'trọng số', 'trong_so', 'population', 'dân số'];

const FORMATS = ['text', 'json'] as const;

/** The documented JSON shape (docs/reference/cli-json.md). */
export interface ApportionJson {
  readonly method: ApportionMethod;
  readonly seats: Readonly<Record<string, number>>;
  readonly complete: boolean;
  readonly ties: ApportionResult['ties'];
  readonly steps: ApportionResult['steps'];
  readonly quotas: ApportionResult['quotas'];
  readonly indices: ApportionResult['indices'];
}

/**
 * A weight as written ("1234", "12.5"), exactly: every weight of the file is scaled by the same power of ten,
 * which changes no method's result, so no weight passes through a float.
 */
function weights(table: Table, name: string): bigint[] {
  const parsed = table.rows.map((row) => {
    const raw = row.cells[name] ?? '';
    // Thousands written with spaces or underscores (1 234 567) are read as one number.
    const match = /^(\d{1,30})(?:[.,](\d{1,12}))?$/u.exec(raw.replaceAll(/[\s_]/gu, ''));
    if (match === null) {
      const where = place(table.file, row.row, name);
      throw new TableError(`${where.vi}: "${raw}" không phải là một trọng số dương`, `${where.en}: "${raw}" is not a positive weight`);
    }
    if (match[2]?.length === 3) {
      // "1.234" is 1234 as Vietnamese write thousands and 1.234 as English write decimals: ask, never guess.
      const where = place(table.file, row.row, name);
      throw new TableError(
        `${where.vi}: "${raw}" có thể là ${match[1]}${match[2]} hoặc ${match[1]} phẩy ${match[2]}; hãy viết số không có dấu phân cách hàng nghìn`,
        `${where.en}: "${raw}" may mean ${match[1]}${match[2]} or ${match[1]} point ${match[2]}; write the number without thousands separators`,
      );
    }
    return { whole: match[1]!, fraction: match[2] ?? '' };
  });
  const digits = Math.max(0, ...parsed.map((p) => p.fraction.length));
  return parsed.map((p) => BigInt(p.whole + p.fraction.padEnd(digits, '0')));
}

export function readUnitTable(table: Table): ApportionUnit[] {
  const id = column(table, ID_COLUMNS);
  const weight = column(table, WEIGHT_COLUMNS);
  const scaled = weights(table, weight);
  return table.rows.map((row, i) => {
    const unitId = row.cells[id] ?? '';
    if (unitId === '') {
      const where = place(table.file, row.row, id);
      throw new TableError(`${where.vi}: thiếu mã đơn vị`, `${where.en}: the unit id is missing`);
    }
    const min = table.columns.includes('min') ? wholeNumber(table, row, 'min') : undefined;
    const max = table.columns.includes('max') ? wholeNumber(table, row, 'max') : undefined;
    return { id: unitId, weight: scaled[i]!, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  });
}

/**
 * Lists in the official layout as units: one a province (the unit of each constituency), weighted by its
 * number of nominees and capped at it, so a composition target (35% women) can be shared out in proportion
 * to list sizes. Named as the list names them.
 */
export function unitsOfLists(data: Dataset): { units: ApportionUnit[]; written: string[] } {
  const unitOf = new Map(data.constituencies.map((c) => [c.id, c.unitId]));
  const names = new Map(data.administrativeUnits.map((u) => [u.id, u.name]));
  const counts = new Map<string, number>();
  for (const n of data.nominees) {
    const unit = unitOf.get(n.nomination.constituencyId ?? '');
    const name = unit === undefined ? undefined : (names.get(unit) ?? unit);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const units = [...counts].map(([id, n]) => ({ id, weight: n, max: n }));
  return { units, written: units.map((u) => String(u.weight)) };
}

/** A table with an id column, else lists in the official layout read as `ungcu import` reads them. */
async function readUnits(flags: ApportionFlags, io: CliIo): Promise<{ units: ApportionUnit[]; written: string[] } | number> {
  const input = await readTableOrLists(flags.input, flags, io);
  if (typeof input === 'number') return input;
  if ('lists' in input) return unitsOfLists(input.lists);
  const { table } = input;
  const weight = column(table, WEIGHT_COLUMNS);
  return { units: readUnitTable(table), written: table.rows.map((row) => row.cells[weight] ?? '') };
}

export function toApportionJson(result: ApportionResult): ApportionJson {
  const { method, seats, complete, ties, steps, quotas, indices } = result;
  return { method, seats, complete, ties, steps, quotas, indices };
}

/** An exact quota ("4621/40") to four decimals, rounded half up in bigint: no float on the way. */
function fourDecimals(exact: string | undefined): string {
  if (exact === undefined) return '';
  const { num, den } = parseRational(exact);
  const scaled = (num * 20000n + den) / (2n * den);
  return `${scaled / 10000n}.${String(scaled % 10000n).padStart(4, '0')}`;
}

/** One line a unit, in the input's order (weights as the file wrote them), then the ties and the indices. */
export function formatApportionment(result: ApportionResult, units: readonly ApportionUnit[], locale: 'vi' | 'en', written?: readonly string[]): string {
  const vi = locale === 'vi';
  const total = Object.values(result.seats).reduce((a, b) => a + b, 0);
  const width = Math.max(...units.map((u) => u.id.length), 6);
  const lines = [
    vi ? `Phân bổ ${total} ghế theo phương pháp ${result.method}` : `${total} seats apportioned by ${result.method}`,
    `${(vi ? 'Đơn vị' : 'Unit').padEnd(width)}  ${(vi ? 'Trọng số' : 'Weight').padStart(14)}  ${(vi ? 'Hạn ngạch' : 'Quota').padStart(12)}  ${vi ? 'Số ghế' : 'Seats'}`,
  ];
  units.forEach((unit, i) => {
    const weight = written?.[i] ?? String(unit.weight);
    lines.push(`${unit.id.padEnd(width)}  ${weight.padStart(14)}  ${fourDecimals(result.quotas[unit.id]).padStart(12)}  ${result.seats[unit.id] ?? 0}`);
  });
  for (const tie of result.ties) {
    const who = tie.unitIds.join(', ');
    lines.push(
      tie.resolvedBy === undefined
        ? vi
          ? `Hòa: ${who} ngang nhau cho ${tie.seats} ghế còn lại; chưa phân ghế này (chọn --tie-rule để phân)`
          : `Tie: ${who} are equal for the last ${tie.seats} ${tie.seats === 1 ? 'seat' : 'seats'}; left unassigned (choose a --tie-rule to assign)`
        : vi
          ? `Hòa: ${who} ngang nhau cho ${tie.seats} ghế; phân theo quy tắc ${tie.resolvedBy}`
          : `Tie: ${who} were equal for ${tie.seats} ${tie.seats === 1 ? 'seat' : 'seats'}; assigned by the ${tie.resolvedBy} rule`,
    );
  }
  const { gallagher, loosemoreHanby } = result.indices;
  lines.push(
    vi
      ? `Chỉ số lệch tỷ lệ (điểm phần trăm): Gallagher ${gallagher.toFixed(4)}, Loosemore–Hanby ${loosemoreHanby.toFixed(4)}`
      : `Disproportionality (percentage points): Gallagher ${gallagher.toFixed(4)}, Loosemore–Hanby ${loosemoreHanby.toFixed(4)}`,
  );
  return `${lines.join('\n')}\n`;
}

export async function runApportion(flags: ApportionFlags, io: CliIo): Promise<number> {
  const methods = APPORTION_METHODS as readonly string[];
  if (!methods.includes(flags.method)) {
    return usage(io, `--method phải là một trong ${methods.join(', ')}`, `--method must be one of ${methods.join(', ')}`);
  }
  if (!/^\d{1,9}$/u.test(flags.seats) || Number(flags.seats) === 0) {
    return usage(io, `--seats phải là số nguyên dương (nhận được "${flags.seats}")`, `--seats must be a positive whole number (got "${flags.seats}")`);
  }
  if (!(TIE_RULES as readonly string[]).includes(flags.tieRule)) {
    return usage(io, `--tie-rule phải là một trong ${TIE_RULES.join(', ')}`, `--tie-rule must be one of ${TIE_RULES.join(', ')}`);
  }
  if (!(FORMATS as readonly string[]).includes(flags.format)) return usage(io, '--format phải là text hoặc json', '--format must be text or json');
  if (flags.locale !== 'vi' && flags.locale !== 'en') return usage(io, '--locale phải là vi hoặc en', '--locale must be vi or en');
  let units: ApportionUnit[];
  let written: string[];
  let result: ApportionResult;
  try {
    const read = await readUnits(flags, io);
    if (typeof read === 'number') return read;
    ({ units, written } = read);
    result = apportion({ units, seats: Number(flags.seats), method: flags.method as ApportionMethod, tieRule: flags.tieRule as TieRule });
  } catch (error) {
    if (error instanceof TableError) return usage(io, error.vi, error.en);
    if (isUngcuError(error)) return usage(io, error.text.vi, error.text.en);
    throw error;
  }
  io.stdout(flags.format === 'json' ? `${JSON.stringify(toApportionJson(result), null, 2)}\n` : formatApportionment(result, units, flags.locale, written));
  return result.complete ? EXIT.ok : EXIT.findings;
}

export const registerApportion: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('apportion')
    .description(
      'Phân bổ số ghế (hoặc số người được giới thiệu) cho các đơn vị theo một phương pháp, bằng số học chính xác.\n' +
        'Apportion seats (or nominee counts) across units by one method, in exact arithmetic.',
    )
    .requiredOption('--method <name>', `phương pháp / method (${APPORTION_METHODS.join(' | ')})`)
    .requiredOption('--seats <n>', 'tổng số ghế / number of seats')
    .requiredOption(
      '--input <files...>',
      'bảng đơn vị (cột id, weight, min, max tùy chọn) hoặc danh sách theo mẫu chính thức (mỗi tỉnh một đơn vị, trọng số là số người) / ' +
        'a units table (columns id, weight, optional min, max) or lists in the official layout (a unit a province, weighted by its nominees)',
    )
    .option('--tie-rule <rule>', `khi hòa / on a tie (${TIE_RULES.join(' | ')})`, 'report')
    .option('--format <format>', 'định dạng / output format (text | json)', 'text')
    .option('--locale <locale>', 'ngôn ngữ / language (vi | en)', 'vi');
  registerPackOptions(command);
  command.action(async (flags: ApportionFlags) => exit(await runApportion(flags, io)));
};
