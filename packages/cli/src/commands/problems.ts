/**
 * Import errors and warnings as the CLI prints them: one line each, "file, sheet, row, column: vi / en
 * [code]", the code being the rule the value broke. Warnings start with "Cảnh báo / Warning:".
 */
import type { ImportError } from '@ungcu/core/export';

function where(e: ImportError): string {
  const column = e.column === undefined ? undefined : `${e.column.letter === undefined ? '' : `${e.column.letter} `}(${e.column.header})`;
  return [
    e.file,
    e.sheet === undefined ? undefined : `trang/sheet ${e.sheet}`,
    // Row 0: the problem is the file itself (it cannot be opened, it is over a bound).
    e.row > 0 ? `dòng/row ${e.row}` : undefined,
    column === undefined ? undefined : `cột/column ${column}`,
  ]
    .filter((x) => x !== undefined)
    .join(', ');
}

export function formatProblems(problems: readonly ImportError[], prefix = ''): string {
  return problems.map((p) => `${prefix}${where(p)}: ${p.message.vi} / ${p.message.en} [${p.code}]\n`).join('');
}

export function formatWarnings(warnings: readonly ImportError[]): string {
  return formatProblems(warnings, 'Cảnh báo / Warning: ');
}
