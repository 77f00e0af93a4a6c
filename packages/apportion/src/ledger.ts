/**
 * The running state of one apportionment, shared by every method: seats so far, the step log and the ties.
 * Methods decide; the ledger records, so that every method logs and breaks ties the same way.
 */
import type { NormalInput, NormalUnit } from './input';
import { format, type Rational } from './rational';
import type { ApportionStep, ApportionTie, StepReason } from './types';

export class Ledger {
  readonly held: number[];
  readonly steps: ApportionStep[] = [];
  readonly ties: ApportionTie[] = [];
  complete = true;
  assigned = 0;

  constructor(readonly input: NormalInput) {
    this.held = input.units.map(() => 0);
  }

  get remaining(): number {
    return this.input.seats - this.assigned;
  }

  give(unit: NormalUnit, reason: StepReason, priority?: Rational): void {
    this.held[unit.index]! += 1;
    this.assigned += 1;
    this.steps.push({
      seat: this.assigned,
      unitId: unit.id,
      reason,
      ...(priority === undefined ? {} : { priority: format(priority) }),
    });
  }

  /** The units' minimum seats, first, in input order. */
  giveMinimums(minimumOf: (unit: NormalUnit) => number): void {
    for (const unit of this.input.units) {
      for (let k = this.held[unit.index]!; k < minimumOf(unit); k++) this.give(unit, 'minimum');
    }
  }

  /**
   * Units tied at `priority` for `seats` seats, fewer than they are. Under 'report' nobody gets them and the
   * apportionment stops incomplete; otherwise the tie rule picks and the tie is still listed. Returns the
   * units that won, in the rule's order.
   */
  breakTie(tied: readonly NormalUnit[], seats: number, priority: Rational): readonly NormalUnit[] {
    const { tieRule } = this.input;
    const tie = { unitIds: tied.map((u) => u.id), seats, priority: format(priority) };
    if (tieRule === 'report') {
      this.ties.push(tie);
      this.complete = false;
      return [];
    }
    this.ties.push({ ...tie, resolvedBy: tieRule });
    const byId = (a: NormalUnit, b: NormalUnit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const order =
      tieRule === 'id'
        ? [...tied].sort(byId)
        : [...tied].sort((a, b) => (a.weight > b.weight ? -1 : a.weight < b.weight ? 1 : byId(a, b)));
    return order.slice(0, seats);
  }
}
