import { defineRule } from '@ungcu/core/rules';
import { COUNCIL_KINDS, docsUrl, law } from '../../sources';
import { naSingleConstituency } from '../na-single-constituency/index';

/**
 * Điều 58 khoản 2 applies Điều 57 khoản 5 to People's Council lists: within one council, a candidate is listed in
 * one constituency only. Standing for two councils (Điều 36 khoản 3 allows two levels) is a different question,
 * left to vn/council-levels.
 */
export const councilSingleConstituency = defineRule({
  id: 'vn/council-single-constituency',
  title: { vi: 'Chỉ ứng cử ở một đơn vị bầu cử của mỗi Hội đồng nhân dân', en: "One constituency per People's Council" },
  description: {
    vi: 'Người ứng cử đại biểu Hội đồng nhân dân chỉ được ghi tên vào danh sách ứng cử của Hội đồng nhân dân đó ở một đơn vị bầu cử.',
    en: "A People's Council candidate is listed in one of that council's constituencies only.",
  },
  severity: 'error',
  scope: 'nominee',
  bodyKinds: COUNCIL_KINDS,
  sources: [law('58', '2'), law('57', '5')],
  notes: [
    {
      vi: 'Khoản 2 Điều 58 áp dụng khoản 5 Điều 57 (người ứng cử đại biểu Quốc hội chỉ được ghi tên ở một đơn vị bầu cử) cho danh sách người ứng cử đại biểu Hội đồng nhân dân. Nguyên văn khoản 2 Điều 58 chưa được đối chiếu (xem docs/legal/disagreements.md), nên trang này không trích dẫn.',
      en: "Điều 58(2) applies Điều 57(5) (a National Assembly candidate is listed in one constituency only) to People's Council lists. The exact wording of Điều 58(2) has not been checked (see docs/legal/disagreements.md), so this page does not quote it.",
    },
    {
      vi: 'Quy tắc xét từng Hội đồng nhân dân: cùng một người ứng cử ở Hội đồng nhân dân hai cấp (khoản 3 Điều 36 cho phép tối đa hai cấp) không bị báo ở đây.',
      en: 'The rule looks within each council: one person standing for councils at two levels (Điều 36(3) allows up to two) is not reported here.',
    },
    {
      vi: 'Cùng một người được nhận ra bằng personId, hoặc bằng họ tên (không phân biệt hoa thường, dạng dựng sẵn/tổ hợp, vị trí dấu) và ngày sinh.',
      en: 'The same person is recognised by personId, or by full name (ignoring case, NFC/NFD and tone-mark placement) and date of birth.',
    },
  ],
  messages: {
    twice: {
      vi: '{name} có tên ở {count} đơn vị bầu cử của cùng một Hội đồng nhân dân: {constituencies}',
      en: "{name} is listed in {count:plural:# constituency|# constituencies} of the same People's Council: {constituencies}",
    },
  },
  fixes: {
    keepOne: {
      vi: 'Giữ tên người này ở một đơn vị bầu cử và rút khỏi các đơn vị còn lại',
      en: 'Keep this person in one constituency and remove them from the others',
    },
  },
  docsUrl: docsUrl('vn/council-single-constituency'),
  // The same check as the National Assembly's: it counts the constituencies of the nominee's own body only.
  check: naSingleConstituency.check,
});
