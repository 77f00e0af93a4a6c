/**
 * What vn/na-constituency-seats and vn/council-constituency-seats share (Điều 10 khoản 4: at most three, or
 * five, deputies per constituency): the same messages, fix and check, with the maximum as the option.
 */
import type { Constituency } from '@ungcu/core';
import type { FindingInputFor, MessageCatalogue, RuleContext } from '@ungcu/core/rules';

export const maxSeatsMessages = {
  tooMany: {
    vi: '{name}: được bầu {seats} đại biểu, vượt mức tối đa {maxSeats}',
    en: '{name}: elects {seats:plural:# deputy|# deputies}, more than the maximum of {maxSeats}',
  },
} as const satisfies MessageCatalogue;

export const maxSeatsFixes = {
  split: {
    vi: 'Giảm số đại biểu xuống {maxSeats} hoặc chia đơn vị bầu cử',
    en: 'Reduce the seats to {maxSeats} or split the constituency',
  },
} as const satisfies MessageCatalogue;

/** The context of both rules: their options, and reports typed by the shared catalogues. */
type MaxSeatsContext = RuleContext<
  { readonly maxSeats: number },
  FindingInputFor<typeof maxSeatsMessages, typeof maxSeatsFixes>
>;

export function checkMaxSeats(c: Constituency, ctx: MaxSeatsContext): void {
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
