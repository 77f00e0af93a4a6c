import { defineRule, previousTerm, requiredForShare } from '@ungcu/core/rules';
import * as z from 'zod';
import { COUNCIL_KINDS, docsUrl, NQ_1187 } from '../../sources';

/**
 * NQ 1187/NQ-UBTVQH14 Điều 2.3(đ) (2021), NQ 107/2025/UBTVQH15 (2026): deputies of the previous term who
 * re-run make up at least 30% of each council. Like vn/na-incumbents (about 160 of 500 seats), the share is
 * of the council's seats: the list must hold at least that many re-running deputies for them to be elected.
 */
export const councilIncumbents = defineRule({
  id: 'vn/council-incumbents',
  title: {
    vi: 'Đại biểu HĐND nhiệm kỳ trước tái cử',
    en: "Re-running deputies of each People's Council's previous term",
  },
  description: {
    vi: 'Danh sách ứng cử của mỗi Hội đồng nhân dân có số đại biểu nhiệm kỳ trước tái cử ít nhất bằng 30% số đại biểu được bầu của Hội đồng.',
    en: "Each People's Council's list holds re-running deputies of the previous term at least equal to 30% of the council's seats.",
  },
  severity: 'warning',
  scope: 'body',
  bodyKinds: COUNCIL_KINDS,
  sources: [{ ...NQ_1187, article: '2', clause: '3', point: 'đ' }],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: Nghị quyết 1187/NQ-UBTVQH14 (Điều 2 khoản 3 điểm đ) đặt tỷ lệ đại biểu Hội đồng nhân dân nhiệm kỳ 2016-2021 tái cử ở mỗi cấp tối thiểu là 30%; Nghị quyết 107/2025/UBTVQH15 giữ mức tối thiểu 30% đại biểu nhiệm kỳ 2021-2026 tái cử.',
      en: 'A summary, not a quotation: Resolution 1187/NQ-UBTVQH14 (Art. 2(3)(đ)) sets at least 30% re-running deputies of the 2016-2021 term at each level; Resolution 107/2025/UBTVQH15 keeps at least 30% re-running 2021-2026 deputies.',
    },
    {
      vi: 'Nội dung điểm đ được tóm lược theo tài liệu luật của dự án, không trích nguyên văn. Cơ sở 30% được hiểu là số đại biểu được bầu của Hội đồng (totalSeats), như chỉ tiêu Quốc hội “khoảng 160 đại biểu tái cử” trên 500 ghế (vn/na-incumbents); đặt tùy chọn minShare nếu địa phương hiểu khác.',
      en: 'Point đ is summarised from the project’s law facts, not quoted verbatim. The 30% is read as a share of the council’s seats (totalSeats), like the National Assembly’s “about 160 re-elected” of 500 seats (vn/na-incumbents); set the option minShare where a locality reads it otherwise.',
    },
    {
      vi: 'Người tái cử là người có nhiệm kỳ trước (suy ra từ nhiệm kỳ của Hội đồng: 2021-2026 → 2016-2021) trong person.incumbencies với cùng loại Hội đồng; trường unitName không được so sánh.',
      en: "A re-running deputy has the previous term (derived from the council's term: 2021-2026 → 2016-2021) in person.incumbencies with the same council kind; unitName is not compared.",
    },
  ],
  options: z.object({ minShare: z.number().min(0).max(1).default(0.3) }).strict(),
  messages: {
    'below-min': {
      vi: '{name}: có {actual} đại biểu nhiệm kỳ {previousTerm} tái cử trong {total} người ứng cử, cần ít nhất {required} người ({requiredShare:percent} của {seats} đại biểu được bầu), thiếu {shortfall}',
      en: '{name}: {actual} {actual:plural:deputy|deputies} of the {previousTerm} term {actual:plural:re-runs|re-run} among {total:plural:# nominee|# nominees}; at least {required} {required:plural:is|are} required ({requiredShare:percent} of {seats:plural:# seat|# seats}), {shortfall} short',
    },
    'unknown-term': {
      vi: '{name}: không suy ra được nhiệm kỳ trước của nhiệm kỳ “{term}”, nên không đếm được đại biểu tái cử',
      en: '{name}: the term “{term}” does not tell which term came before, so re-running deputies cannot be counted',
    },
  },
  fixes: {
    add: {
      vi: 'Giới thiệu thêm ít nhất {shortfall} đại biểu nhiệm kỳ {previousTerm} tái cử',
      en: 'Nominate more re-running deputies of the {previousTerm} term: at least {shortfall}',
    },
  },
  docsUrl: docsUrl('vn/council-incumbents'),
  check(body, ctx) {
    const row = ctx.row('body', body.id);
    // A council whose list is not drawn up yet has nothing to check (as the quota rules).
    if (row === undefined || row.nominees === 0) return;
    const name = body.name ?? body.id;
    const previous = previousTerm(body.term);
    if (previous === undefined) {
      ctx.report({
        messageId: 'unknown-term',
        severity: 'info',
        target: { kind: 'body', id: body.id, name },
        data: { name, term: body.term },
      });
      return;
    }
    const { minShare } = ctx.options;
    const required = requiredForShare(minShare, body.totalSeats);
    const actual = row.incumbents;
    if (actual >= required) return;
    ctx.report({
      messageId: 'below-min',
      fixId: 'add',
      target: { kind: 'body', id: body.id, name },
      data: {
        name,
        actual,
        total: row.nominees,
        required,
        requiredShare: minShare,
        seats: body.totalSeats,
        shortfall: required - actual,
        previousTerm: previous,
      },
    });
  },
});
