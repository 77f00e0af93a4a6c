import { quotaRule } from '@ungcu/core/rules';
import { COUNCIL_KINDS, docsUrl, law } from '../../sources';

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
  sources: [law('9', '1'), law('9', '2')],
  legalText: {
    vi: '“…bảo đảm có ít nhất ba mươi lăm phần trăm tổng số người trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân là phụ nữ.”',
    en: "“…ensuring that at least thirty-five percent of the total number of people on the official list of candidates for the People's Council are women.”",
  },
  notes: [
    {
      vi: 'Mỗi Hội đồng nhân dân (mỗi tỉnh, mỗi xã…) là một danh sách riêng. Luật không quy định tỷ lệ tối thiểu người dân tộc thiểu số cho Hội đồng nhân dân.',
      en: "Each People's Council (each province, each commune…) is its own list. The law sets no minimum ethnic-minority share for councils.",
    },
  ],
  docsUrl: docsUrl('vn/council-women-share'),
});
