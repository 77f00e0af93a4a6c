import { quotaRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/** Điều 8 khoản 2: at least 18% ethnic minorities on the official National Assembly list. */
export const naEthnicMinorityShare = quotaRule({
  id: 'vn/na-ethnic-minority-share',
  title: {
    vi: 'Tỷ lệ người dân tộc thiểu số trong danh sách ứng cử đại biểu Quốc hội',
    en: 'Share of ethnic minorities on the National Assembly list',
  },
  description: {
    vi: 'Ít nhất 18% tổng số người trong danh sách chính thức những người ứng cử đại biểu Quốc hội là người dân tộc thiểu số.',
    en: 'At least 18% of the people on the official list of National Assembly candidates belong to ethnic minorities.',
  },
  severity: 'error',
  scope: 'body',
  attribute: 'ethnicMinority',
  subject: { vi: 'người dân tộc thiểu số', en: 'ethnic-minority person|ethnic-minority people' },
  min: { share: 0.18 },
  bodyKinds: ['national-assembly'],
  stages: ['official'],
  sources: [law('8', '2')],
  legalText: {
    vi: '“Số lượng người dân tộc thiểu số được giới thiệu ứng cử đại biểu Quốc hội do Ủy ban thường vụ Quốc hội dự kiến trên cơ sở đề nghị của Hội đồng Dân tộc…, bảo đảm có ít nhất mười tám phần trăm tổng số người trong danh sách chính thức những người ứng cử đại biểu Quốc hội là người dân tộc thiểu số.”',
    en: '“The number of ethnic-minority people introduced to stand for the National Assembly is proposed by the National Assembly Standing Committee on the basis of the Ethnic Council’s proposal…, ensuring that at least eighteen percent of the total number of people on the official list of candidates for the National Assembly are ethnic-minority people.”',
  },
  notes: [
    {
      vi: 'Người dân tộc thiểu số là người thuộc một trong 53 dân tộc ngoài dân tộc Kinh; tên dân tộc được đối chiếu với danh mục 54 dân tộc (isEthnicMinority). Tên không nhận ra được không được tính.',
      en: 'An ethnic-minority person belongs to one of the 53 groups other than the Kinh; the written name is matched against the 54 groups (isEthnicMinority). A name that cannot be matched is not counted.',
    },
  ],
  // A figure of the national list: a province's own file can neither meet nor miss it.
  measures: 'whole-body',
  docsUrl: docsUrl('vn/na-ethnic-minority-share'),
});
