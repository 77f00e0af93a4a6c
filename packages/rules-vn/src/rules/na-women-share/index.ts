import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/** Điều 8 khoản 3: at least 35% women on the official National Assembly list, counted nationally. */
export const naWomenShare = quotaRule({
  id: 'vn/na-women-share',
  title: { vi: 'Tỷ lệ phụ nữ trong danh sách ứng cử đại biểu Quốc hội', en: 'Share of women on the National Assembly list' },
  description: {
    vi: 'Ít nhất 35% tổng số người trong danh sách chính thức những người ứng cử đại biểu Quốc hội là phụ nữ.',
    en: 'At least 35% of the people on the official list of National Assembly candidates are women.',
  },
  severity: 'error',
  scope: 'body',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.35 },
  bodyKinds: ['national-assembly'],
  stages: ['official'],
  sources: [law('8', '3')],
  legalText: {
    vi: '“…bảo đảm có ít nhất ba mươi lăm phần trăm tổng số người trong danh sách chính thức những người ứng cử đại biểu Quốc hội là phụ nữ.”',
    en: '“…ensuring that at least thirty-five percent of the total number of people on the official list of candidates for the National Assembly are women.”',
  },
  notes: [
    {
      vi: 'Tỷ lệ tính trên toàn bộ danh sách chính thức cả nước, không tính theo từng đơn vị bầu cử hay từng tỉnh (xem quy tắc thông tin vn/province-women-share).',
      en: 'The share is of the whole national official list, not of each constituency or province (see the information rule vn/province-women-share).',
    },
  ],
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-women-share'),
});
