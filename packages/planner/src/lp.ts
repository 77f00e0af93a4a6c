/**
 * A linear model written as CPLEX-LP text, the input highs reads. Built as data first so that the feasible
 * and the relaxation models share one writer, and a test can read the rows back.
 */

export type Term = readonly [coefficient: number, variable: string];

export interface LinearRow {
  readonly name: string;
  readonly terms: readonly Term[];
  readonly op: '>=' | '<=' | '=';
  readonly rhs: number;
}

export interface LinearModel {
  readonly sense: 'maximize' | 'minimize';
  readonly objective: readonly Term[];
  readonly rows: readonly LinearRow[];
  /** Variables with fixed values or integer ranges: [name, lower, upper]. */
  readonly bounds: readonly (readonly [string, number, number])[];
  readonly binaries: readonly string[];
  readonly integers: readonly string[];
}

function num(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const text = String(n);
  // The LP reader takes exponents, but a fixed form keeps the text stable across engines.
  return text.includes('e') ? n.toFixed(12) : text;
}

/** Terms over several lines: LP readers cap line lengths. */
function terms(list: readonly Term[]): string {
  if (list.length === 0) return '0';
  let out = '';
  list.forEach(([c, v], k) => {
    const sign = c < 0 ? '-' : '+';
    const magnitude = Math.abs(c);
    const part = `${k === 0 ? (c < 0 ? '-' : '') : ` ${sign}`} ${magnitude === 1 ? '' : `${num(magnitude)} `}${v}`;
    out += k > 0 && k % 16 === 0 ? `\n   ${part}` : part;
  });
  return out;
}

export function writeLp(model: LinearModel): string {
  const lines: string[] = [model.sense === 'maximize' ? 'Maximize' : 'Minimize'];
  // An objective needs a variable even when it is empty; the first binary with a zero weight will do.
  const objective = model.objective.length > 0 ? model.objective : model.binaries.length > 0 ? [[0, model.binaries[0]!] as const] : [];
  lines.push(` obj: ${terms(objective)}`, 'Subject To');
  for (const row of model.rows) {
    if (row.terms.length === 0) {
      const holds = row.op === '=' ? row.rhs === 0 : row.op === '>=' ? row.rhs <= 0 : row.rhs >= 0;
      // A row over no variables is a constant: true rows are dropped, and callers rule out false ones first.
      if (!holds) throw new Error(`LP row ${row.name} has no variables and cannot hold (0 ${row.op} ${row.rhs})`);
      continue;
    }
    lines.push(` ${row.name}: ${terms(row.terms)} ${row.op} ${num(row.rhs)}`);
  }
  if (model.bounds.length > 0) {
    lines.push('Bounds');
    for (const [v, lo, hi] of model.bounds) lines.push(lo === hi ? ` ${v} = ${num(lo)}` : ` ${num(lo)} <= ${v} <= ${num(hi)}`);
  }
  for (const [title, list] of [
    ['Binary', model.binaries],
    ['General', model.integers],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(title);
    for (let k = 0; k < list.length; k += 16) lines.push(` ${list.slice(k, k + 16).join(' ')}`);
  }
  lines.push('End');
  return lines.join('\n');
}
