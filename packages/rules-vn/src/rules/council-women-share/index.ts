import { quotaRule } from '@ungcu/core/rules';
import { amendedSources, COUNCIL_KINDS, docsUrl, law } from '../../sources';

/**
 * Điều 9 of the 2015 text has one clause per council level: khoản 1 the province, khoản 2 the district, khoản 3
 * the commune. Law 83/2025/QH15 left two levels: khoản 1 the province, khoản 2 the commune (xã, phường, đặc khu).
 */
export const COUNCIL_WOMEN_SHARE_SOURCES_2026 = amendedSources([law('9', '1'), law('9', '2')]);

/** Điều 9: at least 35% women on the official list of each People's Council. */
export const councilWomenShare = quotaRule({
  id: 'vn/council-women-share',
  title: {
    vi: 'Tỷ lệ phụ nữ trong danh sách ứng cử đại biểu Hội đồng nhân dân',
    en: "Share of women on each People's Council list",
  },
  description: {
    vi: 'Ít nhất 35% tổng số người trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân mỗi cấp là phụ nữ.',
    en: "At least 35% of the people on the official candidate list of each People's Council are women.",
  },
  severity: 'error',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.35 },
  bodyKinds: COUNCIL_KINDS,
  stages: ['official'],
  sources: [law('9', '1'), law('9', '2'), law('9', '3')],
  legalText: {
    vi: '“…bảo đảm có ít nhất ba mươi lăm phần trăm tổng số người trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân là phụ nữ.”',
    en: "“…ensuring that at least thirty-five percent of the total number of people on the official list of candidates for the People's Council are women.”",
  },
  notes: [
    {
      vi: 'Luật số 85/2015/QH13 quy định tỷ lệ này cho từng cấp: khoản 1 Điều 9 đối với Hội đồng nhân dân cấp tỉnh, khoản 2 đối với cấp huyện, khoản 3 đối với cấp xã. Sau khi sửa đổi bởi Luật số 83/2025/QH15 chỉ còn hai cấp: khoản 1 đối với cấp tỉnh, khoản 2 đối với cấp xã; bộ quy tắc vn-2026 dẫn hai khoản này.',
      en: "Law 85/2015/QH13 sets the share for each level: clause 1 of Art. 9 for provincial People's Councils, clause 2 for district ones, clause 3 for commune ones. As amended by Law 83/2025/QH15 two levels remain: clause 1 for the province, clause 2 for the commune; the vn-2026 pack cites those two clauses.",
    },
    {
      vi: 'Mỗi Hội đồng nhân dân (mỗi tỉnh, mỗi xã…) là một danh sách riêng. Luật không quy định tỷ lệ tối thiểu người dân tộc thiểu số cho Hội đồng nhân dân.',
      en: "Each People's Council (each province, each commune…) is its own list. The law sets no minimum ethnic-minority share for councils.",
    },
  ],
  docsUrl: docsUrl('vn/council-women-share'),
});
