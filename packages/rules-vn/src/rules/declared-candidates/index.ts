import { defineRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/**
 * The published header of each constituency states "Số người ứng cử: Y người"; a list that disagrees with its
 * own header lost or gained a row somewhere between the official text and the data.
 */
export const declaredCandidates = defineRule({
  id: 'vn/declared-candidates',
  title: { vi: 'Số người ứng cử khớp với số đã công bố', en: 'Candidates match the published count' },
  description: {
    vi: 'Số người ứng cử tìm thấy ở mỗi đơn vị bầu cử bằng con số “Số người ứng cử” đã công bố.',
    en: 'The candidates found in each constituency match its published “Số người ứng cử”.',
  },
  severity: 'warning',
  scope: 'constituency',
  stages: ['official'],
  sources: [law('57', '4'), law('58', '2')],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn: Hội đồng bầu cử quốc gia (khoản 4 Điều 57) và Ủy ban bầu cử (khoản 2 Điều 58) công bố danh sách chính thức những người ứng cử theo từng đơn vị bầu cử; mỗi đơn vị ghi số đại biểu được bầu và số người ứng cử.',
      en: 'A summary, not a quotation: the National Election Council (Art. 57(4)) and the election committees (Art. 58(2)) publish the official list by constituency; each constituency states its seats and its number of candidates.',
    },
    {
      vi: 'Kiểm tra chất lượng dữ liệu, không phải quy định của Luật: chỉ chạy khi đơn vị bầu cử có declaredCandidates.',
      en: 'A data-quality check, not a rule of the Law: it runs only when the constituency has declaredCandidates.',
    },
    {
      vi: 'Người bị xóa tên hoặc rút khỏi danh sách sau khi công bố không được đếm; khi đơn vị bầu cử có constituency.listAdjustment, số người còn lại bằng số trong quyết định điều chỉnh là khớp.',
      en: 'Nominees removed or withdrawn after publication are not counted; when the constituency has a constituency.listAdjustment, the number left matching the adjusting decision is a match.',
    },
  ],
  messages: {
    mismatch: {
      vi: '{name}: tìm thấy {actual} người ứng cử, danh sách công bố ghi {required}',
      en: '{name}: {actual:plural:# candidate|# candidates} found, the published list states {required}',
    },
  },
  docsUrl: docsUrl('vn/declared-candidates'),
  check(c, ctx) {
    if (c.declaredCandidates === undefined) return;
    const actual = ctx.countIn(c.id);
    // After a removal the council's adjusted list is the one that counts, not the published header.
    if (actual === c.declaredCandidates || actual === c.listAdjustment?.candidates) return;
    const name = ctx.nameOf('constituency', c.id) ?? c.id;
    ctx.report({
      messageId: 'mismatch',
      target: { kind: 'constituency', id: c.id, name },
      data: { name, actual, required: c.declaredCandidates },
    });
  },
});
