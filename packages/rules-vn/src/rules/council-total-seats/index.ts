import type { LegalReference } from '@ungcu/core';
import { defineRule } from '@ungcu/core/rules';
import { COUNCIL_KINDS, LAW_83_URL, LAW_85_AMENDED, docsUrl, law } from '../../sources';

/** The local-government law of the 2021 term; its article numbers were not verified, so none is cited. */
const LOCAL_GOVERNMENT_LAW_2015: LegalReference = {
  kind: 'law',
  document: 'Luật Tổ chức chính quyền địa phương năm 2015, sửa đổi, bổ sung năm 2019',
};

/** vn-2026: the amended Điều 10 khoản 3, and the 2025 local-government law that sets each council's size. */
export const COUNCIL_TOTAL_SEATS_SOURCES_2026: readonly LegalReference[] = [
  { kind: 'law', document: LAW_85_AMENDED, article: '10', clause: '3', url: LAW_83_URL },
  { kind: 'law', document: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15', article: '30' },
];

/**
 * Each council's size (`totalSeats`) comes from the local-government law; its constituencies (Điều 10 khoản 3) must
 * add up to it, as the National Assembly's must add up to five hundred (vn/na-total-seats).
 */
export const councilTotalSeats = defineRule({
  id: 'vn/council-total-seats',
  title: { vi: 'Tổng số đại biểu Hội đồng nhân dân', en: "Total People's Council seats" },
  description: {
    vi: 'Tổng số đại biểu được bầu của các đơn vị bầu cử phải bằng tổng số đại biểu Hội đồng nhân dân được bầu.',
    en: "The seats of a People's Council's constituencies add up to the number of deputies the council elects.",
  },
  severity: 'error',
  scope: 'body',
  bodyKinds: COUNCIL_KINDS,
  sources: [law('10', '3'), LOCAL_GOVERNMENT_LAW_2015],
  notes: [
    {
      vi: 'Tổng số đại biểu của mỗi Hội đồng nhân dân do Luật Tổ chức chính quyền địa phương quy định theo số dân; quy tắc không tính lại con số đó mà lấy tổng số đại biểu (totalSeats) ghi cho Hội đồng nhân dân. Nhiệm kỳ 2026-2031: Điều 30 Luật số 72/2025/QH15; nhiệm kỳ 2021-2026: điều khoản chưa xác minh (xem docs/legal/disagreements.md).',
      en: "Each council's size is set by the local-government law from its population; the rule does not recompute it but reads the council's totalSeats. 2026-2031 term: Article 30 of Law 72/2025/QH15; 2021-2026 term: the article is unverified (see docs/legal/disagreements.md).",
    },
    {
      vi: 'Khi tổng số đại biểu của các đơn vị bầu cử ít hơn tổng số đại biểu được bầu, quy tắc chỉ cảnh báo: danh sách có thể chưa nhập đủ các đơn vị. Khi nhiều hơn, đó là lỗi.',
      en: 'When the constituencies add up to fewer seats than the total, the rule only warns: the list may not have all its constituencies yet. More is an error.',
    },
  ],
  messages: {
    constituencyTotal: {
      vi: '{name}: tổng số đại biểu của các đơn vị bầu cử là {actual}, vượt tổng số {required}',
      en: '{name}: the constituencies add up to {actual:plural:# seat|# seats}, more than the total of {required}',
    },
    partialData: {
      vi: '{name}: tổng số đại biểu của các đơn vị bầu cử là {actual}/{required}; danh sách có thể chưa đủ các đơn vị bầu cử',
      en: '{name}: the constituencies add up to {actual} of {required:plural:# seat|# seats}; the list may not have all its constituencies',
    },
  },
  docsUrl: docsUrl('vn/council-total-seats'),
  check(body, ctx) {
    const name = ctx.nameOf('body', body.id) ?? body.name ?? body.id;
    const required = body.totalSeats;
    const row = ctx.row('body', body.id);
    // A council with no constituencies yet is still being planned: nothing to add up.
    if (row === undefined || row.constituencies === 0 || row.seats === required) return;
    const target = { kind: 'body' as const, id: body.id, name };
    // Fewer seats is what a list still being entered looks like, so it is a warning; more can never be right.
    if (row.seats < required) {
      ctx.report({ messageId: 'partialData', severity: 'warning', target, data: { name, actual: row.seats, required } });
    } else {
      ctx.report({ messageId: 'constituencyTotal', target, data: { name, actual: row.seats, required } });
    }
  },
});
