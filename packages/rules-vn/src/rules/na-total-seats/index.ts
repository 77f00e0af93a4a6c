import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, law } from '../../sources';

/** Điều 7 khoản 2: the National Assembly elects five hundred deputies; the constituencies must add up to that. */
export const naTotalSeats = defineRule({
  id: 'vn/na-total-seats',
  title: { vi: 'Tổng số đại biểu Quốc hội', en: 'Total National Assembly seats' },
  description: {
    vi: 'Tổng số đại biểu Quốc hội được bầu là năm trăm; tổng số đại biểu của các đơn vị bầu cử phải bằng con số đó.',
    en: 'The National Assembly elects five hundred deputies; the seats of its constituencies add up to that.',
  },
  severity: 'error',
  scope: 'body',
  bodyKinds: ['national-assembly'],
  sources: [law('7', '2')],
  legalText: {
    vi: '“Số lượng đại biểu tiếp theo được tính theo số dân và đặc điểm của mỗi địa phương, bảo đảm tổng số đại biểu Quốc hội dự kiến được bầu là năm trăm người.”',
    en: '“The further deputies are allocated by population and the features of each locality, ensuring that the total number of National Assembly deputies expected to be elected is five hundred.”',
  },
  notes: [
    {
      vi: 'Khi tổng số đại biểu của các đơn vị bầu cử ít hơn tổng số đại biểu Quốc hội, quy tắc chỉ cảnh báo: đó là dạng dữ liệu của danh sách một tỉnh. Khi nhiều hơn, đó là lỗi.',
      en: 'When the constituencies add up to fewer seats than the total, the rule only warns: that is what one province’s list looks like. More is an error.',
    },
    {
      vi: 'Bộ pháp điển ghi Điều 7 “có nội dung bị bãi bỏ bởi Luật 83/2025/QH15” nhưng vẫn giữ con số năm trăm; phạm vi phần bị bãi bỏ chưa xác định (xem docs/legal/disagreements.md).',
      en: 'The consolidated code marks Article 7 as “partly repealed by Law 83/2025/QH15” but still shows five hundred; the scope of the repeal is unclear (see docs/legal/disagreements.md).',
    },
  ],
  options: z.object({ totalSeats: z.int().positive().default(500) }).strict(),
  messages: {
    bodyTotal: {
      vi: '{name}: tổng số đại biểu được bầu là {actual}, Luật quy định {required}',
      en: '{name}: the body elects {actual:plural:# deputy|# deputies}; the Law sets {required}',
    },
    constituencyTotal: {
      vi: '{name}: tổng số đại biểu của các đơn vị bầu cử là {actual}, vượt tổng số {required}',
      en: '{name}: the constituencies add up to {actual:plural:# seat|# seats}, more than the total of {required}',
    },
    partialData: {
      vi: '{name}: tổng số đại biểu của các đơn vị bầu cử là {actual}/{required}; dữ liệu có thể chỉ gồm một phần cả nước',
      en: '{name}: the constituencies add up to {actual} of {required:plural:# seat|# seats}; the data may cover part of the country only',
    },
  },
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-total-seats'),
  check(body, ctx) {
    const name = body.name ?? body.id;
    const target = { kind: 'body' as const, id: body.id, name };
    const required = ctx.options.totalSeats;
    if (body.totalSeats !== required) {
      ctx.report({ messageId: 'bodyTotal', target, data: { name, actual: body.totalSeats, required } });
    }
    const row = ctx.row('body', body.id);
    // A body with no constituencies yet is still being planned: nothing to add up.
    if (row === undefined || row.constituencies === 0 || row.seats === required) return;
    // Fewer seats is what one province's own list looks like, so it is a warning; more can never be right.
    if (row.seats < required) {
      ctx.report({ messageId: 'partialData', severity: 'warning', target, data: { name, actual: row.seats, required } });
    } else {
      ctx.report({ messageId: 'constituencyTotal', target, data: { name, actual: row.seats, required } });
    }
  },
});
