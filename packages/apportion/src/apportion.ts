/**
 * `apportion()`: check the input, run the method, and assemble the result (seats, log, ties, exact quotas,
 * indices) the same way for every method.
 */
import { apportionByDivisor } from './divisor';
import { apportionByHamilton } from './hamilton';
import { indicesOf } from './indices';
import { normalizeInput } from './input';
import { Ledger } from './ledger';
import { format, rational } from './rational';
import type { ApportionInput, ApportionResult } from './types';

/**
 * Apportions `seats` among `units` by `method`, exactly. Throws a ConfigError (bilingual, naming the unit and
 * the field) on bad input; a tie for the last seats is not an error: under tieRule 'report' the result is
 * `complete: false` with the tie listed.
 */
export function apportion(input: ApportionInput): ApportionResult {
  const normal = normalizeInput(input);
  const ledger = new Ledger(normal);
  if (normal.method === 'hamilton') apportionByHamilton(normal, ledger);
  else apportionByDivisor(normal, ledger);
  const seats: Record<string, number> = {};
  const quotas: Record<string, string> = {};
  for (const unit of normal.units) {
    seats[unit.id] = ledger.held[unit.index]!;
    quotas[unit.id] = format(rational(unit.weight * BigInt(normal.seats), normal.totalWeight));
  }
  return {
    method: input.method,
    seats,
    complete: ledger.complete,
    ties: ledger.ties,
    steps: ledger.steps,
    quotas,
    indices: indicesOf(
      normal.units.map((u) => u.weight),
      ledger.held,
    ),
  };
}
