import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, NQ_1185 } from '../../sources';

/**
 * The expected full-time deputies of the Standing Committee's structure resolution: NQ 1185/NQ-UBTVQH14 in
 * 2021 (its figure was not found), NQ 1891/NQ-UBTVQH15 in 2026 (vn-2026 cites it through sources2026).
 */
export const naFullTime = quotaRule({
  id: 'vn/na-full-time',
  title: { vi: 'Người dự kiến là đại biểu chuyên trách', en: 'Nominees expected to be full-time deputies' },
  description: {
    vi: 'Danh sách cần có ít nhất số người dự kiến làm đại biểu Quốc hội chuyên trách theo cơ cấu dự kiến.',
    en: 'The list should hold at least as many people expected to be full-time deputies as the expected structure plans.',
  },
  severity: 'warning',
  scope: 'body',
  attribute: 'fullTime',
  subject: { vi: 'người dự kiến chuyên trách', en: 'expected full-time deputy|expected full-time deputies' },
  min: { count: 200 },
  bodyKinds: ['national-assembly'],
  sources: [NQ_1185],
  notes: [
    {
      vi: 'Tắt theo mặc định: danh sách công bố không ghi ai là đại biểu chuyên trách, nên chỉ bật khi dữ liệu có trường nomination.fullTime.',
      en: 'Off by default: the published lists do not say who is expected to be full-time, so turn it on only when the data fills nomination.fullTime.',
    },
    {
      vi: 'Con số 200 là của năm 2026: theo báo chí thuật lại, Nghị quyết 1891/NQ-UBTVQH15 dự kiến 145 đại biểu chuyên trách ở các cơ quan của Quốc hội và 55 đại biểu chuyên trách ở địa phương (tóm lược, không phải nguyên văn). Năm 2021 cơ cấu dự kiến do Nghị quyết 1185/NQ-UBTVQH14 quy định, nhưng số đại biểu chuyên trách dự kiến trong đó chưa xác minh được: khi kiểm tra danh sách năm 2021, người dùng tự đặt minCount.',
      en: "The 200 is the 2026 figure: as state media report it, Resolution 1891/NQ-UBTVQH15 expects 145 full-time deputies in the National Assembly's bodies and 55 full-time local deputies (a summary, not a quotation). In 2021 the expected structure was set by Resolution 1185/NQ-UBTVQH14, whose full-time figure is unverified: to check a 2021 list, set minCount yourself.",
    },
  ],
  enabledByDefault: false,
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-full-time'),
});
