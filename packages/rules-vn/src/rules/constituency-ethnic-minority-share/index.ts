import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/**
 * Information, off by default: the 18% of Điều 8 khoản 2 counts the national list, so a constituency below it
 * breaks no law. Shown when staff want to see where the national share comes from.
 */
export const constituencyEthnicMinorityShare = quotaRule({
  id: 'vn/constituency-ethnic-minority-share',
  title: { vi: 'Tỷ lệ người dân tộc thiểu số theo đơn vị bầu cử', en: 'Share of ethnic minorities per constituency' },
  description: {
    vi: 'Cho biết các danh sách theo đơn vị bầu cử có tỷ lệ người dân tộc thiểu số dưới 18%. Chỉ để tham khảo: Luật tính tỷ lệ trên danh sách cả nước.',
    en: 'Shows the lists per constituency whose share of ethnic-minority people is below 18%. For information only: the Law counts the national list.',
  },
  severity: 'info',
  scope: 'constituency',
  attribute: 'ethnicMinority',
  subject: { vi: 'người dân tộc thiểu số', en: 'ethnic-minority person|ethnic-minority people' },
  min: { share: 0.18 },
  bodyKinds: ['national-assembly'],
  sources: [law('8', '2')],
  notes: [
    {
      vi: 'Tắt theo mặc định và không bao giờ là lỗi: Điều 8 khoản 2 tính trên tổng số người trong danh sách chính thức cả nước. Năm 2021 tỷ lệ cả nước là 21,31% dù nhiều đơn vị bầu cử ở đồng bằng không có người dân tộc thiểu số.',
      en: 'Off by default and never an error: Điều 8(2) counts the whole national official list. In 2021 the national share was 21.31% although many lowland constituencies had no ethnic-minority candidate.',
    },
  ],
  enabledByDefault: false,
  docsUrl: docsUrl('vn/constituency-ethnic-minority-share'),
});
