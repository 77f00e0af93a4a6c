import { defineRule } from '@ungcu/core/rules';
import { sortByVietnameseName } from '@ungcu/core/text';
import { docsUrl, law } from '../../sources';

/**
 * Điều 57 khoản 5 (and, for councils, Điều 58 khoản 2): the official list of each constituency is in alphabetical
 * order. The list's own numbers (STT, `listNumber`) are compared with the order core gives the names.
 */
export const officialListOrder = defineRule({
  id: 'vn/official-list-order',
  title: { vi: 'Thứ tự tên trong danh sách chính thức', en: 'Order of names on the official list' },
  description: {
    vi: 'Danh sách chính thức những người ứng cử ở mỗi đơn vị bầu cử được xếp theo vần chữ cái A, B, C.',
    en: 'The official list of candidates of each constituency is in alphabetical order (A, B, C).',
  },
  severity: 'warning',
  scope: 'constituency',
  stages: ['official'],
  sources: [law('57', '5'), law('58', '2')],
  notes: [
    {
      vi: 'Thứ tự so sánh là thứ tự của các danh sách chính thức: theo tên trước, rồi đến họ và tên đệm; từng chữ cái theo bảng chữ cái tiếng Việt, nguyên âm mang dấu thanh đứng ngay sau nguyên âm không dấu (a à á ả ã ạ ă …). Thứ tự này tái hiện đúng 183 trên 184 đơn vị bầu cử đại biểu Quốc hội năm 2021.',
      en: 'The order compared against is the one official lists use: given name first, then the family and middle names; letter by letter in the Vietnamese alphabet, a vowel with a tone mark right after the plain vowel (a à á ả ã ạ ă …). It reproduces 183 of the 184 National Assembly constituencies of 2021.',
    },
    {
      vi: 'Ngoại lệ duy nhất năm 2021: đơn vị bầu cử số 3 tỉnh Thái Bình ghi “Nguyễn Văn Thân” (số 4) trước “Phạm Thị Thắng (Phạm Thị Thùy)” (số 5), trong khi bảng chữ cái đặt ă trước â (Thắng trước Thân). Đây là cặp tên duy nhất của cả danh sách phân biệt bằng ă và â, nên quy tắc báo đơn vị này. Vì vậy quy tắc chỉ cảnh báo: một danh sách đã công bố có thể lệch thứ tự mà không sai về nội dung.',
      en: 'The one exception in 2021: Thái Bình constituency 3 lists “Nguyễn Văn Thân” (4) before “Phạm Thị Thắng (Phạm Thị Thùy)” (5), while the alphabet puts ă before â (Thắng before Thân). It is the only pair of the whole list that ă against â decides, and the rule reports this constituency. That is why the rule only warns: a published list can be out of order without being wrong in substance.',
    },
    {
      vi: 'Chỉ xét những người có số thứ tự (STT) trong danh sách; tên gọi khác ghi trong ngoặc không dùng để xếp.',
      en: 'Only candidates with a list number (STT) are compared; an alias in parentheses does not count for the order.',
    },
  ],
  messages: {
    outOfOrder: {
      vi: '{name}: {expected} phải đứng ở số {required} theo vần chữ cái A, B, C, nhưng danh sách ghi {listed} ở số {required} và {expected} ở số {actual}',
      en: '{name}: {expected} should be number {required} in alphabetical order, but the list has {listed} at {required} and {expected} at {actual}',
    },
  },
  fixes: {
    renumber: {
      vi: 'Đánh lại số thứ tự của danh sách theo vần chữ cái A, B, C',
      en: 'Renumber the list in alphabetical order',
    },
  },
  docsUrl: docsUrl('vn/official-list-order'),
  check(c, ctx) {
    const numbered = ctx.nomineesIn(c.id).filter((n) => n.nomination.listNumber !== undefined);
    if (numbered.length < 2) return;
    const listed = [...numbered].sort((a, b) => a.nomination.listNumber! - b.nomination.listNumber!);
    const expected = sortByVietnameseName(listed, (n) => n.person.fullName);
    const at = expected.findIndex((n, i) => n !== listed[i]);
    if (at < 0) return;
    // The first place where the list departs from the order: who should be there, and who the list put there.
    const should = expected[at]!;
    const name = ctx.nameOf('constituency', c.id) ?? c.id;
    ctx.report({
      messageId: 'outOfOrder',
      fixId: 'renumber',
      target: { kind: 'constituency', id: c.id, name },
      data: {
        name,
        expected: should.person.fullName,
        listed: listed[at]!.person.fullName,
        actual: should.nomination.listNumber!,
        required: listed[at]!.nomination.listNumber!,
      },
    });
  },
});
