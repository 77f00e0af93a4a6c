import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, NQ_1185 } from '../../sources';

/** NQ 1185 (2021) and NQ 1891 (2026): about 50 deputies under 40 expected. */
export const naYoung = quotaRule({
  id: 'vn/na-young',
  title: { vi: 'Người trẻ tuổi trong danh sách ứng cử đại biểu Quốc hội', en: 'Young nominees for the National Assembly' },
  description: {
    vi: 'Cơ cấu dự kiến có khoảng 50 đại biểu Quốc hội trẻ tuổi (dưới 40 tuổi); danh sách ứng cử cần có ít nhất số người đó.',
    en: 'The expected structure has about 50 young deputies (under 40); the candidate list should hold at least that many.',
  },
  severity: 'warning',
  scope: 'body',
  attribute: 'young',
  subject: { vi: 'người trẻ tuổi', en: 'young person|young people' },
  min: { count: 50 },
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: trong cơ cấu kết hợp, Nghị quyết 1185/NQ-UBTVQH14 dự kiến khoảng 50 đại biểu trẻ tuổi (dưới 40 tuổi); Nghị quyết 1891/NQ-UBTVQH15 cũng khoảng 50, tức 10%.',
      en: 'A summary, not a quotation: in the combined structure, Resolution 1185/NQ-UBTVQH14 expects about 50 young deputies (under 40); Resolution 1891/NQ-UBTVQH15 also about 50, i.e. 10%.',
    },
    {
      vi: 'Ngưỡng tuổi là thiết lập youngUnderAge của bộ quy tắc (40). Tuổi tính tròn năm vào ngày bầu cử, hoặc vào ngày asOf nếu truyền vào: danh sách 2021 có 221 người dưới 40 tuổi vào ngày bầu cử, 224 người vào ngày 27/04/2021 (con số chính thức; ngày tham chiếu chính thức không được công bố).',
      en: 'The age threshold is the pack setting youngUnderAge (40). Age is in whole years on election day, or on `asOf` when given: the 2021 list has 221 people under 40 on election day and 224 on 27/04/2021 (the official figure; its reference date is not documented).',
    },
  ],
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-young'),
});
