import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, NQ_1185 } from '../../sources';

/** NQ 1185 (2021) and NQ 1891 (2026): about 160 re-elected deputies expected. */
export const naIncumbents = quotaRule({
  id: 'vn/na-incumbents',
  title: { vi: 'Đại biểu khóa trước tái cử', en: 'Re-running deputies of the previous term' },
  description: {
    vi: 'Cơ cấu dự kiến có khoảng 160 đại biểu khóa trước tái cử; danh sách người ứng cử cần có ít nhất chừng ấy đại biểu khóa trước.',
    en: 'The expected structure has about 160 deputies of the previous term standing again; the list should hold at least that many deputies of the previous term.',
  },
  severity: 'warning',
  scope: 'body',
  attribute: 'incumbents',
  subject: { vi: 'đại biểu khóa trước tái cử', en: 're-running deputy of the previous term|re-running deputies of the previous term' },
  min: { count: 160 },
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: trong cơ cấu kết hợp, Nghị quyết 1185/NQ-UBTVQH14 dự kiến khoảng 160 đại biểu tái cử; Nghị quyết 1891/NQ-UBTVQH15 cũng khoảng 160, tức 32%.',
      en: 'A summary, not a quotation: in the combined structure, Resolution 1185/NQ-UBTVQH14 expects about 160 re-elected deputies; Resolution 1891/NQ-UBTVQH15 also about 160, i.e. 32%.',
    },
    {
      vi: 'Khóa trước được suy ra từ khóa của cơ quan được bầu (XV → XIV). Cách đếm “tái cử” khác nhau giữa các năm (2021: 205 đại biểu khóa XIV; 2026: 235 trong danh sách chính thức nhưng 145 trong báo cáo hiệp thương lần hai).',
      en: 'The previous term is derived from the body’s term (XV → XIV). Counting conventions for “re-running” differ between years (2021: 205 deputies of the XIV; 2026: 235 on the official list but 145 in the second-consultation report).',
    },
  ],
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-incumbents'),
});
