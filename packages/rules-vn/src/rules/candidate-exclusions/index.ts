import { defineRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/**
 * Điều 37: who may not stand. The data cannot know it from the official list: the rule reads the explicit
 * `person.exclusions` a committee records after checking a dossier, one finding per ground.
 */
export const candidateExclusions = defineRule({
  id: 'vn/candidate-exclusions',
  title: { vi: 'Những trường hợp không được ứng cử', en: 'People who may not stand' },
  description: {
    vi: 'Người thuộc một trong các trường hợp của Điều 37 không được ứng cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân.',
    en: "A person in one of the cases of Art. 37 may not stand for the National Assembly or a People's Council.",
  },
  severity: 'error',
  scope: 'nominee',
  sources: [law('37')],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn (trang dữ kiện pháp lý liệt kê năm trường hợp theo thứ tự): (1) người đang bị tước quyền ứng cử theo bản án, quyết định của Tòa án, người đang chấp hành hình phạt tù, người bị hạn chế hoặc mất năng lực hành vi dân sự; (2) người đang bị khởi tố bị can; (3) người đang chấp hành bản án, quyết định hình sự của Tòa án; (4) người đã chấp hành xong bản án nhưng chưa được xóa án tích; (5) người đang chấp hành biện pháp xử lý hành chính đưa vào cơ sở giáo dục bắt buộc, cơ sở cai nghiện bắt buộc hoặc giáo dục tại xã, phường. Số khoản theo thứ tự đó, chưa đối chiếu với văn bản Luật (xem docs/legal/disagreements.md).',
      en: 'A summary, not a quotation (the law-facts page lists five cases in order): (1) deprived of the right to stand by a court, serving a prison sentence, or with restricted or lost civil capacity; (2) being prosecuted as an accused; (3) serving a criminal judgment; (4) having served a sentence whose record is not yet expunged; (5) under an administrative measure of compulsory education, compulsory rehabilitation or education in the commune. The clause numbers follow that order and were not checked against the law text (see docs/legal/disagreements.md).',
    },
    {
      vi: 'Danh sách công bố không ghi các trường hợp này: quy tắc chỉ đọc trường person.exclusions do Ủy ban bầu cử hoặc cơ quan thẩm tra ghi lại; không có trường đó thì không có phát hiện.',
      en: 'The published list does not say any of this: the rule reads only person.exclusions, recorded by the election committee or the vetting body; without it there is no finding.',
    },
  ],
  messages: {
    'deprived-or-incapacitated': {
      vi: '{name} đang bị tước quyền ứng cử, đang chấp hành hình phạt tù hoặc bị hạn chế, mất năng lực hành vi dân sự: không được ứng cử (khoản 1 Điều 37)',
      en: '{name} is deprived of the right to stand, serving a prison sentence, or of restricted or no civil capacity: may not stand (Art. 37(1))',
    },
    accused: {
      vi: '{name} đang bị khởi tố bị can: không được ứng cử (khoản 2 Điều 37)',
      en: '{name} is being prosecuted as an accused: may not stand (Art. 37(2))',
    },
    'serving-sentence': {
      vi: '{name} đang chấp hành bản án, quyết định hình sự của Tòa án: không được ứng cử (khoản 3 Điều 37)',
      en: '{name} is serving a criminal judgment: may not stand (Art. 37(3))',
    },
    'criminal-record': {
      vi: '{name} đã chấp hành xong bản án nhưng chưa được xóa án tích: không được ứng cử (khoản 4 Điều 37)',
      en: '{name} has served a sentence whose record is not yet expunged: may not stand (Art. 37(4))',
    },
    'administrative-measure': {
      vi: '{name} đang chấp hành biện pháp xử lý hành chính (giáo dục bắt buộc, cai nghiện bắt buộc, giáo dục tại xã, phường): không được ứng cử (khoản 5 Điều 37)',
      en: '{name} is under an administrative measure (compulsory education or rehabilitation, education in the commune): may not stand (Art. 37(5))',
    },
  },
  docsUrl: docsUrl('vn/candidate-exclusions'),
  check(n, ctx) {
    const grounds = n.person.exclusions;
    if (grounds === undefined || grounds.length === 0) return;
    const name = n.person.fullName;
    for (const ground of new Set(grounds)) {
      ctx.report({ messageId: ground, target: { kind: 'nominee', id: n.id, name }, data: { name } });
    }
  },
});
