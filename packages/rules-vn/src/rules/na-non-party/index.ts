import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, NQ_1185 } from '../../sources';

/** NQ 1185/NQ-UBTVQH14 (2021) and NQ 1891/NQ-UBTVQH15 (2026): 25 to 50 non-party deputies expected. */
export const naNonParty = quotaRule({
  id: 'vn/na-non-party',
  title: { vi: 'Người ngoài Đảng trong danh sách ứng cử đại biểu Quốc hội', en: 'Non-party nominees for the National Assembly' },
  description: {
    vi: 'Cơ cấu dự kiến có 25 đến 50 đại biểu Quốc hội là người ngoài Đảng; danh sách ứng cử cần có ít nhất số người ngoài Đảng đó.',
    en: 'The expected structure has 25 to 50 non-party deputies; the candidate list should hold at least that many non-party people.',
  },
  severity: 'warning',
  scope: 'body',
  attribute: 'nonParty',
  subject: { vi: 'người ngoài Đảng', en: 'non-party person|non-party people' },
  min: { count: 25 },
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: trong cơ cấu kết hợp, Nghị quyết 1185/NQ-UBTVQH14 dự kiến từ 25 đến 50 người ngoài Đảng; Nghị quyết 1891/NQ-UBTVQH15 giữ mức 25 đến 50, tức 5 đến 10%.',
      en: 'A summary, not a quotation: in the combined structure, Resolution 1185/NQ-UBTVQH14 expects 25 to 50 non-party people; Resolution 1891/NQ-UBTVQH15 keeps 25 to 50, i.e. 5 to 10%.',
    },
    {
      vi: 'Đây là chỉ tiêu, không phải quy định của Luật: vi phạm là cảnh báo. Người ngoài Đảng là người không có ngày vào Đảng. Con số 25–50 lấy từ báo chí nhà nước thuật lại Nghị quyết (VERIFIED-S).',
      en: 'A target, not a rule of the Law: a shortfall is a warning. A non-party person has no Party join date. The 25–50 figure comes from state media quoting the resolution (VERIFIED-S).',
    },
  ],
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-non-party'),
});
