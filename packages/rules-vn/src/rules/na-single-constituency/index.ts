import { defineRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/** Điều 57 khoản 5: a National Assembly candidate is listed in one constituency only. */
export const naSingleConstituency = defineRule({
  id: 'vn/na-single-constituency',
  title: { vi: 'Chỉ ứng cử ở một đơn vị bầu cử', en: 'One National Assembly constituency per person' },
  description: {
    vi: 'Người ứng cử đại biểu Quốc hội chỉ được ghi tên vào danh sách ứng cử ở một đơn vị bầu cử.',
    en: 'A National Assembly candidate is listed in one constituency only.',
  },
  severity: 'error',
  scope: 'nominee',
  bodyKinds: ['national-assembly'],
  sources: [law('57', '5')],
  legalText: {
    vi: '“Người ứng cử đại biểu Quốc hội chỉ được ghi tên vào danh sách ứng cử đại biểu Quốc hội ở một đơn vị bầu cử.”',
    en: '“A candidate for the National Assembly may be entered on the list of National Assembly candidates in one constituency only.”',
  },
  notes: [
    {
      vi: 'Cùng một người được nhận ra bằng personId, hoặc bằng họ tên (không phân biệt hoa thường, dạng dựng sẵn/tổ hợp, vị trí dấu) và ngày sinh.',
      en: 'The same person is recognised by personId, or by full name (ignoring case, NFC/NFD and tone-mark placement) and date of birth.',
    },
  ],
  messages: {
    twice: {
      vi: '{name} có tên ở {count} đơn vị bầu cử đại biểu Quốc hội: {constituencies}',
      en: '{name} is listed in {count:plural:# National Assembly constituency|# National Assembly constituencies}: {constituencies}',
    },
  },
  fixes: {
    keepOne: {
      vi: 'Giữ tên người này ở một đơn vị bầu cử và rút khỏi các đơn vị còn lại',
      en: 'Keep this person in one constituency and remove them from the others',
    },
  },
  docsUrl: docsUrl('vn/na-single-constituency'),
  check(n, ctx) {
    if (ctx.countNominationsOf(n) < 2) return;
    const nominations = ctx.nominationsOf(n);
    const places = new Set<string>();
    for (const other of nominations) {
      const cid = other.nomination.constituencyId;
      if (other.nomination.bodyId === n.nomination.bodyId && cid !== undefined) places.add(cid);
    }
    if (places.size < 2) return;
    const name = n.person.fullName;
    const constituencies = [...places]
      .sort()
      .map((id) => ctx.nameOf('constituency', id) ?? id)
      .join('; ');
    ctx.report({
      messageId: 'twice',
      fixId: 'keepOne',
      target: { kind: 'nominee', id: n.id, name },
      data: { name, count: places.size, constituencies, actual: places.size, required: 1 },
    });
  },
});
