/**
 * What vn/na-constituency-seats and vn/council-constituency-seats share (Điều 10 khoản 4: at most three, or
 * five, deputies per constituency): the same messages, fix and check, with the maximum as the option.
 */
import type { Constituency } from '@ungcu/core';
import type { RuleContext } from '@ungcu/core/rules';

export const maxSeatsMessages = {
  tooMany: {
    vi: '{name}: được bầu {seats} đại biểu, vượt mức tối đa {maxSeats}',
    en: '{name}: elects {seats} deputies, more than the maximum of {maxSeats}',
  },
};

export const maxSeatsFixes = {
  split: {
    vi: 'Giảm số đại biểu xuống {maxSeats} hoặc chia đơn vị bầu cử',
    en: 'Reduce the seats to {maxSeats} or split the constituency',
  },
};

export function checkMaxSeats(c: Constituency, ctx: RuleContext<{ readonly maxSeats: number }>): void {
  const { maxSeats } = ctx.options;
  if (c.seats <= maxSeats) return;
  const name = ctx.nameOf('constituency', c.id) ?? c.id;
  ctx.report({
    messageId: 'tooMany',
    fixId: 'split',
    target: { kind: 'constituency', id: c.id, name },
    data: { name, seats: c.seats, maxSeats, actual: c.seats, required: maxSeats },
  });
}
