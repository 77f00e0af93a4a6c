import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, NQ_1185 } from '../../sources';

/** NQ 1185 (2021): 207 central and 293 local deputies; NQ 1891 (2026): 217 and 283. */
export const naCentralLocalSplit = defineRule({
  id: 'vn/na-central-local-split',
  title: { vi: 'Cơ cấu trung ương và địa phương', en: 'Central and local nominees' },
  description: {
    vi: 'Danh sách có ít nhất số người do cơ quan trung ương và địa phương giới thiệu bằng số đại biểu trung ương và địa phương dự kiến.',
    en: 'The list holds at least as many central and local nominees as the expected central and local seats.',
  },
  severity: 'warning',
  scope: 'body',
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: Nghị quyết 1185/NQ-UBTVQH14 dự kiến 207 đại biểu ở trung ương (41,4%) và 293 đại biểu ở địa phương (58,6%); Nghị quyết 1891/NQ-UBTVQH15 dự kiến 217 ở trung ương (43,4%) và 283 ở địa phương (56,6%).',
      en: 'A summary, not a quotation: Resolution 1185/NQ-UBTVQH14 expects 207 central deputies (41.4%) and 293 local (58.6%); Resolution 1891/NQ-UBTVQH15 expects 217 central (43.4%) and 283 local (56.6%).',
    },
    {
      vi: 'Người tự ứng cử được tính vào địa phương như cách đếm năm 2021. Danh sách công bố không ghi nguồn giới thiệu; nếu không ai được đánh dấu là trung ương, quy tắc coi dữ liệu không ghi nguồn và không báo gì.',
      en: 'Self-nominated people count as local, as in 2021. The published list does not record who nominated whom; when nobody is marked central, the rule takes the data as not recording origins and reports nothing.',
    },
  ],
  options: z
    .object({ centralSeats: z.int().nonnegative().default(207), localSeats: z.int().nonnegative().default(293) })
    .strict(),
  messages: {
    fewCentral: {
      vi: '{name}: có {actual} người do trung ương giới thiệu, ít hơn {required} đại biểu trung ương dự kiến',
      en: '{name}: {actual:plural:# centrally nominated person|# centrally nominated people}, fewer than the {required} expected central {required:plural:deputy|deputies}',
    },
    fewLocal: {
      vi: '{name}: có {actual} người ở địa phương (kể cả tự ứng cử), ít hơn {required} đại biểu địa phương dự kiến',
      en: '{name}: {actual:plural:# local nominee|# local nominees} (self-nominated included), fewer than the {required} expected local {required:plural:deputy|deputies}',
    },
  },
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-central-local-split'),
  check(body, ctx) {
    const row = ctx.row('body', body.id);
    if (row === undefined || row.central === 0) return;
    const name = body.name ?? body.id;
    const target = { kind: 'body' as const, id: body.id, name };
    const { centralSeats, localSeats } = ctx.options;
    if (row.central < centralSeats) {
      ctx.report({
        messageId: 'fewCentral',
        target,
        data: { name, actual: row.central, required: centralSeats, shortfall: centralSeats - row.central },
      });
    }
    const local = row.local + row.selfNominated;
    if (local < localSeats) {
      ctx.report({
        messageId: 'fewLocal',
        target,
        data: { name, actual: local, required: localSeats, shortfall: localSeats - local },
      });
    }
  },
});
