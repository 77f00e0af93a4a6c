import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { COUNCIL_KINDS, docsUrl, law } from '../../sources';

/**
 * Điều 58 khoản 3: a council constituency lists more candidates than seats: at least one more for 1–2 seats,
 * two more for 3 seats, three more for 4 seats or more.
 */
export function requiredCouncilMargin(seats: number): number {
  return seats >= 4 ? 3 : seats === 3 ? 2 : 1;
}

export const councilCandidateSurplus = defineRule({
  id: 'vn/council-candidate-surplus',
  title: { vi: "Số dư người ứng cử đại biểu HĐND", en: "Surplus of People's Council candidates" },
  description: {
    vi: 'Số người ứng cử ở mỗi đơn vị bầu cử HĐND phải nhiều hơn số đại biểu được bầu: ít nhất 1 người (1–2 đại biểu), 2 người (3 đại biểu), 3 người (từ 4 đại biểu).',
    en: "Each People's Council constituency lists more candidates than seats: at least 1 more (1–2 seats), 2 more (3 seats), 3 more (4 seats or more).",
  },
  severity: 'error',
  scope: 'constituency',
  bodyKinds: COUNCIL_KINDS,
  stages: ['official'],
  sources: [law('58', '3')],
  legalText: {
    vi: '“Số người trong danh sách ứng cử đại biểu Hội đồng nhân dân ở mỗi đơn vị bầu cử phải nhiều hơn số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử đó; nếu đơn vị bầu cử được bầu ba đại biểu thì số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu ít nhất là hai người; nếu đơn vị bầu cử được bầu từ bốn đại biểu trở lên thì số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu ít nhất là ba người.”',
    en: '“The number of people on the list of People’s Council candidates in each constituency must exceed the number of deputies fixed for it; if the constituency elects three deputies, the list must exceed the seats by at least two; if it elects four or more, by at least three.”',
  },
  notes: [
    {
      vi: 'Trường hợp khuyết người ứng cử vì lý do bất khả kháng theo hướng dẫn của Hội đồng bầu cử quốc gia: liệt kê mã đơn vị bầu cử trong tùy chọn exemptConstituencies.',
      en: 'Force-majeure shortages under the National Election Council’s guidance: list the constituency ids in the option exemptConstituencies.',
    },
  ],
  options: z.object({ exemptConstituencies: z.array(z.string()).default([]) }).strict(),
  messages: {
    tooFew: {
      vi: '{name}: có {actual} người ứng cử cho {seats} đại biểu, cần ít nhất {required} người (nhiều hơn số đại biểu ít nhất {margin}), thiếu {shortfall}',
      en: '{name}: {actual:plural:# candidate|# candidates} for {seats:plural:# seat|# seats}; at least {required} {required:plural:is|are} required (at least {margin} more than the seats), {shortfall} short',
    },
  },
  fixes: {
    add: {
      vi: 'Bổ sung ít nhất {shortfall} người ứng cử vào đơn vị bầu cử này',
      en: 'Add at least {shortfall:plural:# candidate|# candidates} to this constituency',
    },
  },
  docsUrl: docsUrl('vn/council-candidate-surplus'),
  check(c, ctx) {
    if (ctx.options.exemptConstituencies.includes(c.id)) return;
    const actual = ctx.countIn(c.id);
    const margin = requiredCouncilMargin(c.seats);
    const required = c.seats + margin;
    if (actual >= required) return;
    const name = ctx.nameOf('constituency', c.id) ?? c.id;
    ctx.report({
      messageId: 'tooFew',
      fixId: 'add',
      target: { kind: 'constituency', id: c.id, name },
      data: { name, actual, seats: c.seats, required, margin, shortfall: required - actual },
    });
  },
});
