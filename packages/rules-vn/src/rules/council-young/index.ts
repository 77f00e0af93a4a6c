import { quotaRule } from '@ungcu/core/rules';
import { COUNCIL_KINDS, docsUrl, NQ_1187 } from '../../sources';

/** NQ 1187/NQ-UBTVQH14 Điều 2.3(d) (2021), NQ 107/2025/UBTVQH15 (2026): young ≥ 15% of council nominees. */
export const councilYoung = quotaRule({
  id: 'vn/council-young',
  title: { vi: 'Người trẻ tuổi trong danh sách ứng cử HĐND', en: "Young nominees for each People's Council" },
  description: {
    vi: 'Người trẻ tuổi chiếm ít nhất 15% tổng số người ứng cử đại biểu Hội đồng nhân dân mỗi cấp.',
    en: "Young people make up at least 15% of the nominees of each People's Council.",
  },
  severity: 'warning',
  scope: 'body',
  attribute: 'young',
  subject: { vi: 'người trẻ tuổi', en: 'young person|young people' },
  min: { share: 0.15 },
  bodyKinds: COUNCIL_KINDS,
  sources: [{ ...NQ_1187, article: '2', clause: '3', point: 'd' }],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: Nghị quyết 1187/NQ-UBTVQH14 (Điều 2 khoản 3 điểm d) yêu cầu người ứng cử là người trẻ tuổi (dưới 40 tuổi) tối thiểu là 15% tổng số người ứng cử; Nghị quyết 107/2025/UBTVQH15 giữ mức 15%.',
      en: 'A summary, not a quotation: Resolution 1187/NQ-UBTVQH14 (Art. 2(3)(d)) asks that young people (under 40) make up at least 15% of the nominees; Resolution 107/2025/UBTVQH15 keeps 15%.',
    },
    {
      vi: 'Ngưỡng tuổi là thiết lập youngUnderAge của bộ quy tắc. Với nhiệm kỳ 2026-2031, tờ trình dự thảo Nghị quyết 107 nêu “dưới 42 tuổi” nhưng văn bản cuối cùng chưa được kiểm chứng (RECALLED): bộ vn-2026 giữ 40, người dùng đặt settings.youngUnderAge nếu cần.',
      en: 'The age threshold is the pack setting youngUnderAge. For 2026-2031 the draft of Resolution 107 said “under 42” but the final text was not verified (RECALLED): vn-2026 keeps 40; set settings.youngUnderAge if needed.',
    },
  ],
  docsUrl: docsUrl('vn/council-young'),
});
