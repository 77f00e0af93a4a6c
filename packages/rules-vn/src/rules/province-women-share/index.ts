import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/**
 * Information, off by default: the 35% of Điều 8 khoản 3 counts the national list, so a province below it
 * breaks no law. Shown when staff want to see where the national share comes from.
 */
export const provinceWomenShare = quotaRule({
  id: 'vn/province-women-share',
  title: { vi: 'Tỷ lệ phụ nữ theo tỉnh', en: 'Share of women per province' },
  description: {
    vi: 'Cho biết các danh sách theo tỉnh, thành phố có tỷ lệ phụ nữ dưới 35%. Chỉ để tham khảo: Luật tính tỷ lệ trên danh sách cả nước.',
    en: 'Shows the lists per province whose share of women is below 35%. For information only: the Law counts the national list.',
  },
  severity: 'info',
  scope: 'unit',
  attribute: 'women',
  subject: { vi: 'phụ nữ', en: 'woman|women' },
  min: { share: 0.35 },
  bodyKinds: ['national-assembly'],
  sources: [law('8', '3')],
  notes: [
    {
      vi: 'Tắt theo mặc định và không bao giờ là lỗi: Điều 8 khoản 3 tính trên tổng số người trong danh sách chính thức cả nước. Năm 2021 có 8/184 đơn vị bầu cử không có người ứng cử là nữ, nhiều tỉnh dưới 35% nữ, trong khi tỷ lệ cả nước là 45,28%.',
      en: 'Off by default and never an error: Điều 8(3) counts the whole national official list. In 2021, 8 of 184 constituencies had no woman candidate and several provinces were under 35% women, while the national share was 45.28%.',
    },
  ],
  enabledByDefault: false,
  docsUrl: docsUrl('vn/province-women-share'),
});
