import { quotaRule } from '@ungcu/core/rules';
import { COUNCIL_KINDS, docsUrl, NQ_1187 } from '../../sources';

/** NQ 1187/NQ-UBTVQH14 Điều 2.3(c) (2021), NQ 107/2025/UBTVQH15 (2026): non-party ≥ 10% of council nominees. */
export const councilNonParty = quotaRule({
  id: 'vn/council-non-party',
  title: { vi: 'Người ngoài Đảng trong danh sách ứng cử HĐND', en: "Non-party nominees for each People's Council" },
  description: {
    vi: 'Người ngoài Đảng chiếm ít nhất 10% tổng số người ứng cử đại biểu Hội đồng nhân dân mỗi cấp.',
    en: "Non-party people make up at least 10% of the nominees of each People's Council.",
  },
  severity: 'warning',
  scope: 'body',
  attribute: 'nonParty',
  subject: { vi: 'người ngoài Đảng', en: 'non-party person|non-party people' },
  min: { share: 0.1 },
  bodyKinds: COUNCIL_KINDS,
  sources: [{ ...NQ_1187, article: '2', clause: '3', point: 'c' }],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: Nghị quyết 1187/NQ-UBTVQH14 (Điều 2 khoản 3 điểm c) yêu cầu người ứng cử là người ngoài Đảng Cộng sản Việt Nam tối thiểu là 10% tổng số người ứng cử; Nghị quyết 107/2025/UBTVQH15 giữ mức 10%.',
      en: 'A summary, not a quotation: Resolution 1187/NQ-UBTVQH14 (Art. 2(3)(c)) asks that non-members of the Communist Party of Vietnam make up at least 10% of the nominees; Resolution 107/2025/UBTVQH15 keeps 10%.',
    },
  ],
  docsUrl: docsUrl('vn/council-non-party'),
});
