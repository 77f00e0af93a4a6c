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
    {
      vi: 'Người ứng cử bị xóa tên hoặc được rút khỏi danh sách sau khi công bố (nomination.status là removed hoặc withdrawn, nomination.removal ghi ngày, điều luật, quyết định) không được tính: quy tắc đếm những người còn ứng cử. Khi đơn vị bầu cử có constituency.listAdjustment (quyết định điều chỉnh danh sách, ví dụ Nghị quyết 688/NQ-HĐBCQG ngày 16/05/2021 cho đơn vị bầu cử số 10 thành phố Hà Nội) và số người còn lại đúng bằng số trong quyết định, quy tắc cho thông tin thay vì lỗi.',
      en: 'Nominees removed or withdrawn after publication (nomination.status removed or withdrawn, nomination.removal with the day, article and decision) are not counted: the rule counts those still standing. When the constituency has a constituency.listAdjustment (the decision re-fixing its list, e.g. Resolution 688/NQ-HĐBCQG of 16/05/2021 for Hà Nội constituency 10) and the number left matches it, the rule gives information instead of an error.',
    },
  ],
  options: z.object({ exemptConstituencies: z.array(z.string()).default([]) }).strict(),
  messages: {
    adjusted: {
      vi: '{name}: có {actual} người ứng cử cho {seats} đại biểu, ít hơn mức {required} của Luật; danh sách đã được điều chỉnh theo {decision} ngày {date:date} (trường hợp bất khả kháng)',
      en: '{name}: {actual:plural:# candidate|# candidates} for {seats:plural:# seat|# seats}, fewer than the {required} the law requires; the list was adjusted by {decision} of {date:date} (force majeure)',
    },
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
    // A list the council fixed again after a removal (force majeure) is its decision to make: information.
    const adjustment = c.listAdjustment;
    if (adjustment !== undefined && adjustment.candidates === actual) {
      ctx.report({
        messageId: 'adjusted',
        severity: 'info',
        target: { kind: 'constituency', id: c.id, name },
        data: { name, actual, seats: c.seats, required, decision: adjustment.decision, date: adjustment.date },
      });
      return;
    }
    ctx.report({
      messageId: 'tooFew',
      fixId: 'add',
      target: { kind: 'constituency', id: c.id, name },
      data: { name, actual, seats: c.seats, required, margin, shortfall: required - actual },
    });
  },
});
