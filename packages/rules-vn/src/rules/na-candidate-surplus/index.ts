import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, law } from '../../sources';

/** Điều 57 khoản 6: each NA constituency lists at least two more candidates than its seats. */
export const naCandidateSurplus = defineRule({
  id: 'vn/na-candidate-surplus',
  title: { vi: 'Số dư người ứng cử đại biểu Quốc hội', en: 'Surplus of National Assembly candidates' },
  description: {
    vi: 'Số người trong danh sách ứng cử ở mỗi đơn vị bầu cử phải nhiều hơn số đại biểu được bầu ít nhất là hai người.',
    en: 'Each constituency lists at least two more candidates than the deputies it elects.',
  },
  severity: 'error',
  scope: 'constituency',
  bodyKinds: ['national-assembly'],
  stages: ['official'],
  sources: [law('57', '6')],
  legalText: {
    vi: '“Số người trong danh sách ứng cử đại biểu Quốc hội ở mỗi đơn vị bầu cử phải nhiều hơn số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử đó ít nhất là hai người. Trong trường hợp khuyết người ứng cử vì lý do bất khả kháng thì Hội đồng Bầu cử quốc gia xem xét, quyết định.”',
    en: '“The number of people on the list of National Assembly candidates in each constituency must exceed the number of deputies fixed for that constituency by at least two. Where candidates are missing for reasons of force majeure, the National Election Council considers and decides.”',
  },
  notes: [
    {
      vi: 'Trường hợp bất khả kháng do Hội đồng bầu cử quốc gia quyết định: liệt kê mã đơn vị bầu cử trong tùy chọn exemptConstituencies.',
      en: 'Force-majeure cases decided by the National Election Council: list the constituency ids in the option exemptConstituencies.',
    },
    {
      vi: 'Người ứng cử bị xóa tên hoặc được rút khỏi danh sách sau khi công bố (nomination.status là removed hoặc withdrawn, nomination.removal ghi ngày, điều luật, quyết định) không được tính: quy tắc đếm những người còn ứng cử. Khi đơn vị bầu cử có constituency.listAdjustment (quyết định điều chỉnh danh sách, ví dụ Nghị quyết 688/NQ-HĐBCQG ngày 16/05/2021 cho đơn vị bầu cử số 10 thành phố Hà Nội) và số người còn lại đúng bằng số trong quyết định, quy tắc cho thông tin thay vì lỗi.',
      en: 'Nominees removed or withdrawn after publication (nomination.status removed or withdrawn, nomination.removal with the day, article and decision) are not counted: the rule counts those still standing. When the constituency has a constituency.listAdjustment (the decision re-fixing its list, e.g. Resolution 688/NQ-HĐBCQG of 16/05/2021 for Hà Nội constituency 10) and the number left matches it, the rule gives information instead of an error.',
    },
  ],
  options: z
    .object({
      margin: z.int().nonnegative().default(2),
      exemptConstituencies: z.array(z.string()).default([]),
    })
    .strict(),
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
  docsUrl: docsUrl('vn/na-candidate-surplus'),
  check(c, ctx) {
    if (ctx.options.exemptConstituencies.includes(c.id)) return;
    const actual = ctx.countIn(c.id);
    const required = c.seats + ctx.options.margin;
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
      data: { name, actual, seats: c.seats, required, margin: ctx.options.margin, shortfall: required - actual },
    });
  },
});
