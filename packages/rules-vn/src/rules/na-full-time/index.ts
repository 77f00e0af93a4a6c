import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, NQ_1891 } from '../../sources';

/** NQ 1891/NQ-UBTVQH15: 145 full-time central deputies in NA bodies plus 55 full-time local deputies. */
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
  sources: [NQ_1891],
  legalText: {
    vi: 'Nghị quyết 1891/NQ-UBTVQH15: 145 đại biểu chuyên trách ở các cơ quan của Quốc hội (trung ương) và 55 đại biểu chuyên trách ở địa phương.',
    en: 'Resolution 1891/NQ-UBTVQH15: 145 full-time deputies in the National Assembly’s bodies (central) and 55 full-time local deputies.',
  },
  notes: [
    {
      vi: 'Tắt theo mặc định: danh sách công bố không ghi ai là đại biểu chuyên trách, nên chỉ bật khi dữ liệu có trường nomination.fullTime. Con số 200 là của năm 2026; con số tương ứng năm 2021 (Nghị quyết 1185) không tìm được, người dùng tự đặt minCount.',
      en: 'Off by default: the published lists do not say who is expected to be full-time, so turn it on only when the data fills nomination.fullTime. The 200 is the 2026 figure; the 2021 figure (Resolution 1185) was not found, set minCount yourself.',
    },
  ],
  enabledByDefault: false,
  docsUrl: docsUrl('vn/na-full-time'),
});
