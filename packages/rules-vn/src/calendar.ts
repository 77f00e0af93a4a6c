/**
 * The statutory calendar of §1e of the law facts (docs/legal/vn-election-law.md), with the day counts of each
 * law version: the 2015 text (elections of 2016 and 2021) and the text amended by Law 83/2025/QH15 (2026).
 * A step whose 2015 count was never confirmed is left out of vn-2021 rather than guessed; a count that is
 * only recalled is kept, marked `recalled`, and its docs say so.
 */
import type { Milestone, MilestoneBound } from '@ungcu/core/rules';
import type { LegalReference } from '@ungcu/core';
import { amendedSources, constitution, law } from './sources';

interface Step {
  readonly id: string;
  readonly title: { vi: string; en: string };
  readonly concerns: { vi: string; en: string };
  readonly articles: readonly LegalReference[];
  readonly bound: MilestoneBound;
  /** Offsets from election day (negative = before) in the 2015 text and after Law 83/2025; undefined = not in that version. */
  readonly v2015?: number;
  readonly v2025?: number;
  /** For a window: the offset of its last day. */
  readonly end2015?: number;
  readonly end2025?: number;
  readonly recalled2015?: boolean;
  readonly notes?: { vi: string; en: string };
}

/** Days to lodge and to decide a complaint about results (Art. 87): 5 and 30 in the 2015 text, 3 and 7 since 2025. */
const RESULT_COMPLAINTS = { v2015: { lodge: 5, decide: 30 }, v2025: { lodge: 3, decide: 7 } } as const;
/** Results are announced no later than E + 10 by both bodies since 2025 (Art. 86). */
const RESULTS_2025 = 10;

const STEPS: readonly Step[] = [
  {
    id: 'announce-election-day',
    title: { vi: 'Công bố ngày bầu cử', en: 'Announce election day' },
    concerns: { vi: 'Quốc hội', en: 'National Assembly' },
    articles: [law('5')],
    bound: 'no-later-than',
    v2015: -115,
    v2025: -115,
  },
  {
    id: 'set-structure',
    title: {
      vi: 'Dự kiến cơ cấu, thành phần, phân bổ số lượng người ứng cử',
      en: 'Set the expected structure, composition and allocation of nominees',
    },
    concerns: { vi: 'Ủy ban thường vụ Quốc hội; Thường trực HĐND', en: "NA Standing Committee; People's Council standing bodies" },
    // The National Election Council's 2016 schedule cites "Điều 7, 8, 9" for this step.
    articles: [law('7'), law('8', '1'), law('9')],
    bound: 'no-later-than',
    v2015: -105,
    v2025: -105,
  },
  {
    id: 'election-committees',
    title: { vi: 'Thành lập Ủy ban bầu cử', en: 'Set up the election committees' },
    concerns: { vi: 'Ủy ban nhân dân, Thường trực HĐND', en: "People's Committees and council standing bodies" },
    articles: [law('22')],
    bound: 'no-later-than',
    v2015: -105,
    v2025: -105,
  },
  {
    id: 'consultation-1',
    title: { vi: 'Hội nghị hiệp thương lần thứ nhất', en: 'First consultation conference' },
    concerns: { vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam', en: 'Vietnam Fatherland Front committees' },
    articles: [law('38'), law('39'), law('50')],
    bound: 'no-later-than',
    v2015: -95,
    v2025: -95,
  },
  {
    id: 'adjustment-1',
    title: { vi: 'Điều chỉnh lần thứ nhất cơ cấu, thành phần, số lượng', en: 'First adjustment of structure, composition and numbers' },
    concerns: { vi: 'Ủy ban thường vụ Quốc hội; Thường trực HĐND', en: "NA Standing Committee; council standing bodies" },
    articles: [law('40'), law('51')],
    bound: 'no-later-than',
    v2015: -90,
    v2025: -90,
  },
  {
    id: 'constituencies',
    title: { vi: 'Ấn định và công bố đơn vị bầu cử, số đại biểu được bầu', en: 'Fix and publish constituencies and seats' },
    concerns: { vi: 'Hội đồng bầu cử quốc gia; Ủy ban bầu cử', en: 'National Election Council; election committees' },
    articles: [law('10', '2'), law('10', '3')],
    bound: 'no-later-than',
    v2015: -80,
    v2025: -80,
  },
  {
    id: 'election-boards',
    title: { vi: 'Thành lập Ban bầu cử', en: 'Set up the constituency election boards (Ban bầu cử)' },
    concerns: { vi: 'Ủy ban nhân dân', en: "People's Committees" },
    articles: [law('24')],
    bound: 'no-later-than',
    v2015: -70,
    v2025: -70,
  },
  {
    id: 'dossier-deadline',
    title: { vi: 'Hạn nộp hồ sơ ứng cử', en: 'Deadline for candidate dossiers' },
    concerns: { vi: 'Người ứng cử; Hội đồng bầu cử quốc gia, Ủy ban bầu cử', en: 'Candidates; National Election Council, election committees' },
    articles: [law('35', '1')],
    bound: 'no-later-than',
    v2015: -70,
    v2025: -42,
    notes: { vi: 'Hạn lúc 17 giờ ngày cuối theo thực tiễn năm 2021 và 2026.', en: 'Closes at 17:00 on the last day, as practised in 2021 and 2026.' },
  },
  {
    id: 'self-nominated-dossiers',
    title: { vi: 'Người tự ứng cử nộp hồ sơ ứng cử', en: 'Self-nominated candidates file their dossiers' },
    concerns: {
      vi: 'Người tự ứng cử; Ủy ban bầu cử ở tỉnh (đại biểu Quốc hội), Ủy ban bầu cử cùng cấp (đại biểu HĐND)',
      en: "Self-nominated candidates; the provincial election committee (National Assembly), the committee of the council's level (People's Councils)",
    },
    articles: [law('35', '1'), law('36', '1'), law('36', '2')],
    bound: 'no-later-than',
    v2015: -70,
    v2025: -42,
    notes: {
      vi: 'Người tự ứng cử đại biểu Quốc hội nộp hai bộ hồ sơ tại Ủy ban bầu cử ở tỉnh, thành phố nơi mình cư trú hoặc công tác thường xuyên; người tự ứng cử đại biểu HĐND nộp một bộ hồ sơ tại Ủy ban bầu cử ở cấp mình ứng cử và phải đang cư trú hoặc công tác thường xuyên ở địa phương đó. Cùng hạn với mọi người ứng cử (Văn bản 64/VPHĐBCQG-TT ngày 24/02/2021: chậm nhất ngày 14/03/2021, 70 ngày trước ngày bầu cử).',
      en: 'A self-nominated National Assembly candidate files two sets at the election committee of the province where they live or regularly work; a self-nominated council candidate files one set at the committee of that level and must live or regularly work in the locality. The same deadline as every candidate (Letter 64/VPHĐBCQG-TT of 24/02/2021: by 14/03/2021, 70 days before election day).',
    },
  },
  {
    id: 'consultation-2',
    title: { vi: 'Hội nghị hiệp thương lần thứ hai (danh sách sơ bộ)', en: 'Second consultation conference (preliminary list)' },
    concerns: { vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam', en: 'Vietnam Fatherland Front committees' },
    articles: [law('43'), law('44'), law('53')],
    bound: 'no-later-than',
    v2015: -65,
    v2025: -40,
  },
  {
    id: 'adjustment-2',
    title: { vi: 'Điều chỉnh lần thứ hai cơ cấu, thành phần, số lượng', en: 'Second adjustment of structure, composition and numbers' },
    concerns: { vi: 'Ủy ban thường vụ Quốc hội', en: 'NA Standing Committee' },
    articles: [law('47')],
    bound: 'no-later-than',
    // 55, not the 60 once recalled: the 2016 schedules date it 28/3/2016 (E − 55), and Letter
    // 793/UBTVQH14-CTĐB of 28/3/2021 (E − 56) would have been late under 60 (docs/legal/disagreements.md).
    v2015: -55,
    v2025: -38,
  },
  {
    id: 'election-teams',
    title: { vi: 'Thành lập Tổ bầu cử', en: 'Set up the polling teams (Tổ bầu cử)' },
    concerns: { vi: 'Ủy ban nhân dân cấp xã', en: "Commune People's Committees" },
    articles: [law('25')],
    bound: 'no-later-than',
    v2015: -50,
    v2025: -43,
  },
  {
    id: 'voter-list',
    title: { vi: 'Niêm yết danh sách cử tri', en: 'Post the voter list' },
    concerns: { vi: 'Ủy ban nhân dân cấp xã', en: "Commune People's Committees" },
    articles: [law('32')],
    bound: 'no-later-than',
    v2015: -40,
    v2025: -40,
  },
  {
    id: 'voter-list-complaints',
    title: { vi: 'Thời hạn khiếu nại về danh sách cử tri', en: 'Period for complaints about the voter list' },
    concerns: { vi: 'Công dân; cơ quan lập danh sách cử tri', en: 'Citizens; the body that drew up the voter list' },
    articles: [law('33')],
    bound: 'window',
    // 30 days from posting, counted from the posting deadline (E − 40) of Art. 32.
    v2015: -40,
    end2015: -10,
    v2025: -40,
    end2025: -10,
    notes: {
      vi: 'Trong thời hạn 30 ngày kể từ ngày niêm yết (tính từ hạn chót niêm yết); cơ quan lập danh sách cử tri giải quyết trong thời hạn 05 ngày kể từ ngày nhận được khiếu nại.',
      en: 'Within 30 days of posting (counted from the posting deadline); the body that drew up the list decides within 5 days of receiving the complaint.',
    },
  },
  {
    id: 'self-nominated-voter-conferences',
    title: {
      vi: 'Hội nghị cử tri nơi cư trú và nơi công tác (nếu có) lấy ý kiến về người tự ứng cử',
      en: "Voters' conferences at the residence and the workplace (if any) of self-nominated candidates",
    },
    concerns: {
      vi: 'Ban thường trực Ủy ban Mặt trận Tổ quốc cấp xã và Ủy ban nhân dân cấp xã; cơ quan, tổ chức, đơn vị nơi người tự ứng cử công tác',
      en: "Commune Fatherland Front standing boards and commune People's Committees; the self-nominated candidate's workplace",
    },
    articles: [law('45'), law('54')],
    bound: 'window',
    // Between the second consultation, which sends the preliminary list out for these conferences, and the
    // third, which weighs the voters' opinions: the law gives the order, these are the two deadlines.
    v2015: -65,
    end2015: -35,
    v2025: -40,
    end2025: -23,
    notes: {
      vi: 'Sau hội nghị hiệp thương lần thứ hai, cử tri nơi cư trú (và nơi công tác, nếu có) nhận xét và bày tỏ sự tín nhiệm đối với người tự ứng cử; kết quả được gửi đến hội nghị hiệp thương lần thứ ba. Khoảng thời gian là từ hạn hiệp thương lần thứ hai đến hạn hiệp thương lần thứ ba. Điều 45 (đại biểu Quốc hội) và Điều 54 (đại biểu HĐND) chưa được đối chiếu với văn bản Luật. Số cử tri tham dự theo Nghị quyết 1186/2021/UBTVQH14: nơi cư trú ít nhất 50% số cử tri được triệu tập (dưới 100 cử tri) hoặc ít nhất 55 người; nơi công tác ít nhất hai phần ba (dưới 100 cử tri) hoặc ít nhất 70 người.',
      en: "After the second consultation, voters where the self-nominated candidate lives (and works, if anywhere) give their opinion and trust; the outcome goes to the third consultation. The period runs from the second consultation's deadline to the third's. Articles 45 (National Assembly) and 54 (People's Councils) were not checked against the law text. Attendance under Resolution 1186/2021/UBTVQH14: at the residence at least 50% of those invited (under 100 voters) or at least 55; at the workplace at least two thirds (under 100 voters) or at least 70.",
    },
  },
  {
    id: 'voter-issues-resolved',
    title: {
      vi: 'Xác minh và trả lời các vụ việc cử tri nêu về người ứng cử',
      en: 'Finish checking and answering issues voters raised about candidates',
    },
    concerns: { vi: 'Cơ quan, tổ chức, đơn vị có thẩm quyền', en: 'The competent bodies' },
    articles: [law('46', '4'), law('55', '4')],
    bound: 'no-later-than',
    v2025: -35,
  },
  {
    id: 'consultation-3',
    title: { vi: 'Hội nghị hiệp thương lần thứ ba (danh sách đủ tiêu chuẩn)', en: 'Third consultation conference (list of qualified candidates)' },
    concerns: { vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam', en: 'Vietnam Fatherland Front committees' },
    articles: [law('48'), law('49'), law('56')],
    bound: 'no-later-than',
    v2015: -35,
    v2025: -23,
  },
  {
    id: 'qualified-list-sent',
    title: { vi: 'Gửi biên bản hiệp thương lần thứ ba và danh sách đủ tiêu chuẩn', en: 'Send the third-consultation minutes and the qualified list' },
    concerns: { vi: 'Ban thường trực Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front standing boards' },
    articles: [law('57', '1'), law('57', '2'), law('58', '1')],
    bound: 'no-later-than',
    v2015: -30,
    v2025: -21,
  },
  {
    id: 'official-na-list',
    title: { vi: 'Công bố danh sách chính thức người ứng cử đại biểu Quốc hội', en: 'Publish the official National Assembly candidate list' },
    concerns: { vi: 'Hội đồng bầu cử quốc gia', en: 'National Election Council' },
    articles: [law('57', '4')],
    bound: 'no-later-than',
    v2015: -25,
    v2025: -17,
  },
  {
    id: 'official-council-list',
    title: { vi: 'Công bố danh sách chính thức người ứng cử đại biểu HĐND', en: "Publish the official People's Council candidate lists" },
    concerns: { vi: 'Ủy ban bầu cử', en: 'Election committees' },
    articles: [law('58', '2')],
    bound: 'no-later-than',
    v2015: -25,
    v2025: -17,
  },
  {
    id: 'local-na-list',
    title: { vi: 'Ủy ban bầu cử ở tỉnh công bố danh sách người ứng cử đại biểu Quốc hội ở địa phương', en: 'Provincial election committee publishes its local NA list' },
    concerns: { vi: 'Ủy ban bầu cử ở tỉnh', en: 'Provincial election committees' },
    articles: [law('57', '7')],
    bound: 'no-later-than',
    v2015: -20,
    v2025: -16,
  },
  {
    id: 'lists-posted',
    title: { vi: 'Niêm yết danh sách người ứng cử ở khu vực bỏ phiếu', en: 'Post the candidate lists at the polling areas' },
    concerns: { vi: 'Tổ bầu cử', en: 'Polling teams' },
    articles: [law('59')],
    bound: 'no-later-than',
    v2015: -20,
    v2025: -16,
  },
  {
    id: 'campaign',
    title: {
      vi: 'Thời gian vận động bầu cử (kết thúc trước thời điểm bắt đầu bỏ phiếu 24 giờ)',
      en: 'Campaign period (ends 24 hours before voting opens)',
    },
    concerns: { vi: 'Người ứng cử', en: 'Candidates' },
    articles: [law('64')],
    bound: 'window',
    v2015: -25,
    end2015: -1,
    v2025: -17,
    end2025: -1,
    notes: {
      vi: 'Bắt đầu từ ngày công bố danh sách chính thức (tính theo hạn chót) và kết thúc trước thời điểm bắt đầu bỏ phiếu 24 giờ: lúc 7 giờ ngày trước ngày bầu cử, hoặc sớm hơn (không trước 5 giờ) ở nơi Tổ bầu cử cho bắt đầu bỏ phiếu sớm hơn. Ngày cuối của khoảng thời gian này không trọn ngày.',
      en: 'Starts on the day the official list is published (taken at its deadline) and ends 24 hours before voting opens: at 07:00 on the day before election day, or earlier (not before 05:00) where a polling team opens the vote early. The last day of the window is not a whole day.',
    },
  },
  {
    id: 'ballots-to-boards',
    title: { vi: 'Ủy ban bầu cử giao phiếu bầu cử và tài liệu cho Ban bầu cử', en: 'Election committees hand ballots and materials to the boards' },
    concerns: { vi: 'Ủy ban bầu cử', en: 'Election committees' },
    articles: [law('23', '1', 'g'), law('23', '2', 'h')],
    bound: 'no-later-than',
    v2015: -25,
    v2025: -17,
    notes: {
      vi: 'Số ngày đã được xác minh; riêng điểm g khoản 1 Điều 23 chưa được đối chiếu với văn bản luật (chưa xác minh).',
      en: 'The day count is verified; the citation of Art. 23(1)(g) alone has not been checked against the law text (unverified).',
    },
  },
  {
    id: 'ballots-to-teams',
    title: { vi: 'Ban bầu cử giao phiếu bầu cử và tài liệu cho Tổ bầu cử', en: 'Boards hand ballots and materials to the polling teams' },
    concerns: { vi: 'Ban bầu cử', en: 'Constituency election boards' },
    articles: [law('24', '3', 'd')],
    bound: 'no-later-than',
    v2015: -15,
    v2025: -13,
  },
  {
    id: 'complaints-stop',
    title: {
      vi: 'Ngừng xem xét, giải quyết khiếu nại, tố cáo về người ứng cử và việc lập danh sách người ứng cử',
      en: 'Stop considering complaints and denunciations about candidates and the drawing up of the candidate list',
    },
    concerns: { vi: 'Hội đồng bầu cử quốc gia, Ủy ban bầu cử', en: 'National Election Council, election committees' },
    articles: [law('61', '2')],
    bound: 'no-later-than',
    v2015: -10,
    v2025: -10,
  },
  {
    id: 'voter-information',
    title: { vi: 'Thông báo cho cử tri ngày, nơi và thời gian bỏ phiếu', en: 'Tell voters the date, place and hours of voting' },
    concerns: { vi: 'Tổ bầu cử', en: 'Polling teams' },
    articles: [law('25', '2', 'd'), law('70')],
    bound: 'window',
    v2015: -10,
    end2015: -1,
    v2025: -10,
    end2025: -1,
  },
  {
    id: 'voting',
    title: { vi: 'Bỏ phiếu (từ 7 giờ đến 19 giờ)', en: 'Voting (from 07:00 to 19:00)' },
    concerns: { vi: 'Tổ bầu cử, cử tri', en: 'Polling teams, voters' },
    articles: [law('71')],
    bound: 'on',
    v2015: 0,
    v2025: 0,
    notes: {
      vi: 'Tổ bầu cử có thể mở sớm hơn nhưng không trước 5 giờ, kết thúc muộn hơn nhưng không sau 21 giờ.',
      en: 'A polling team may open earlier but not before 05:00, or close later but not after 21:00.',
    },
  },
  {
    id: 'tally-protocol',
    title: { vi: 'Tổ bầu cử gửi biên bản kết quả kiểm phiếu', en: 'Polling teams send the tally protocol' },
    concerns: { vi: 'Tổ bầu cử', en: 'Polling teams' },
    articles: [law('76', '3')],
    bound: 'no-later-than',
    v2025: 3,
  },
  {
    id: 'constituency-protocol',
    title: { vi: 'Ban bầu cử gửi biên bản xác định kết quả ở đơn vị bầu cử', en: 'Boards send the constituency result protocol' },
    concerns: { vi: 'Ban bầu cử', en: 'Constituency election boards' },
    articles: [law('77', '3'), law('77', '4')],
    bound: 'no-later-than',
    v2025: 5,
  },
  {
    id: 'provincial-protocol',
    title: { vi: 'Ủy ban bầu cử ở tỉnh gửi biên bản tổng hợp kết quả bầu cử đại biểu Quốc hội', en: 'Provincial committees send the NA result protocol' },
    concerns: { vi: 'Ủy ban bầu cử ở tỉnh', en: 'Provincial election committees' },
    articles: [law('83', '3')],
    bound: 'no-later-than',
    // The 2015 text's 7 days: the Secretary-General of the National Election Council, 29/5/2016 ("sau 7 ngày
    // kể từ ngày bầu cử", baogiaothong.vn); docs/legal/disagreements.md.
    v2015: 7,
    v2025: 7,
  },
  {
    id: 'na-credentials',
    title: {
      vi: 'Hội đồng bầu cử quốc gia xác nhận tư cách người trúng cử đại biểu Quốc hội',
      en: 'The National Election Council confirms the credentials of the elected NA deputies',
    },
    concerns: { vi: 'Hội đồng bầu cử quốc gia', en: 'National Election Council' },
    articles: [law('88'), constitution('83', '3')],
    bound: 'no-later-than',
    // Art. 88 gives no day count: the Council confirms credentials and reports to the new National Assembly at
    // its first session, which the Constitution convenes within 60 days of election day. So E + 60 is the
    // outer bound, in both texts; in 2016 the Council decided on 15 and 17/7 (E + 54, 56) for a session that
    // opened on 20/7 (E + 59). docs/legal/disagreements.md.
    v2015: 60,
    v2025: 60,
    notes: {
      vi: 'Điều 88 không quy định số ngày: Hội đồng bầu cử quốc gia xác nhận tư cách trước kỳ họp thứ nhất của Quốc hội khóa mới để báo cáo Quốc hội, và kỳ họp này được triệu tập chậm nhất là 60 ngày kể từ ngày bầu cử (khoản 3 Điều 83 Hiến pháp năm 2013); ngày ở đây là giới hạn đó, ngày khai mạc kỳ họp có thể sớm hơn.',
      en: 'Art. 88 gives no day count: the National Election Council confirms credentials before the first session of the new National Assembly, to report to it, and that session is convened within 60 days of election day (Constitution of 2013, Art. 83 cl. 3); the date here is that bound, and the session may open earlier.',
    },
  },
  {
    id: 'na-results',
    title: { vi: 'Công bố kết quả bầu cử đại biểu Quốc hội', en: 'Announce the National Assembly results' },
    concerns: { vi: 'Hội đồng bầu cử quốc gia', en: 'National Election Council' },
    articles: [law('86')],
    bound: 'no-later-than',
    v2015: 20,
    v2025: 10,
  },
  {
    id: 'council-results',
    title: { vi: 'Công bố kết quả bầu cử đại biểu HĐND', en: "Announce the People's Council results" },
    concerns: { vi: 'Ủy ban bầu cử', en: 'Election committees' },
    articles: [law('86')],
    bound: 'no-later-than',
    v2015: 10,
    v2025: 10,
  },
  {
    id: 'additional-election',
    title: { vi: 'Bầu cử thêm hoặc bầu cử lại', en: 'Additional election or re-run' },
    concerns: { vi: 'Hội đồng bầu cử quốc gia, Ủy ban bầu cử', en: 'National Election Council, election committees' },
    articles: [law('79', '3'), law('80', '4'), law('81', '2')],
    bound: 'no-later-than',
    v2015: 15,
    v2025: 7,
    notes: {
      vi: 'Chỉ khi cần bầu cử thêm (số người trúng cử chưa đủ) hoặc bầu cử lại (số cử tri đi bầu chưa quá một nửa, hoặc kết quả bị hủy).',
      en: 'Only when an additional election (too few winners) or a re-run (turnout at most half, or a result annulled) is needed.',
    },
  },
  // Art. 87 counts from the results announcement, not from election day: these dates are taken from the
  // announcement deadline of Art. 86, so a body that announces earlier has an earlier complaint period.
  ...resultComplaints('na', { vi: 'đại biểu Quốc hội', en: 'National Assembly' }, { vi: 'Hội đồng bầu cử quốc gia', en: 'National Election Council' }, 20),
  ...resultComplaints('council', { vi: 'đại biểu HĐND', en: "People's Council" }, { vi: 'Ủy ban bầu cử', en: 'Election committees' }, 10),
];

/** The two steps of Art. 87 for one body: the period to lodge a complaint, and the last day to decide one. */
function resultComplaints(
  body: 'na' | 'council',
  of: { vi: string; en: string },
  decider: { vi: string; en: string },
  results2015: number,
): Step[] {
  const lodge2015 = results2015 + RESULT_COMPLAINTS.v2015.lodge;
  const lodge2025 = RESULTS_2025 + RESULT_COMPLAINTS.v2025.lodge;
  return [
    {
      id: `${body}-result-complaints`,
      title: { vi: `Thời hạn gửi khiếu nại về kết quả bầu cử ${of.vi}`, en: `Period for complaints about the ${of.en} results` },
      concerns: { vi: `Cử tri, người ứng cử; ${decider.vi}`, en: `Voters, candidates; ${decider.en}` },
      articles: [law('87')],
      bound: 'window',
      v2015: results2015,
      end2015: lodge2015,
      v2025: RESULTS_2025,
      end2025: lodge2025,
      notes: {
        vi: 'Chậm nhất là 05 ngày (Luật năm 2015) hoặc 03 ngày (sau khi sửa đổi năm 2025) kể từ ngày công bố kết quả bầu cử; tính từ hạn chót công bố kết quả.',
        en: 'No later than 5 days (2015 text) or 3 days (as amended in 2025) after the results are announced; counted from the announcement deadline.',
      },
    },
    {
      id: `${body}-result-complaints-decided`,
      title: { vi: `Giải quyết xong khiếu nại về kết quả bầu cử ${of.vi}`, en: `Decide the complaints about the ${of.en} results` },
      concerns: decider,
      articles: [law('87')],
      bound: 'no-later-than',
      // For a complaint received on the last day it may be lodged.
      v2015: lodge2015 + RESULT_COMPLAINTS.v2015.decide,
      v2025: lodge2025 + RESULT_COMPLAINTS.v2025.decide,
      notes: {
        vi: 'Trong thời hạn 30 ngày (Luật năm 2015) hoặc 07 ngày (sau khi sửa đổi năm 2025) kể từ ngày nhận được khiếu nại; ngày ở đây tính cho khiếu nại nhận vào ngày cuối của thời hạn gửi.',
        en: 'Within 30 days (2015 text) or 7 days (as amended in 2025) of receiving the complaint; the date here is for a complaint received on the last day it may be lodged.',
      },
    },
  ];
}

function milestones(version: '2015' | '2025'): Milestone[] {
  const out: Milestone[] = [];
  for (const step of STEPS) {
    const offset = version === '2015' ? step.v2015 : step.v2025;
    if (offset === undefined) continue;
    const end = version === '2015' ? step.end2015 : step.end2025;
    const recalled = version === '2015' && step.recalled2015 === true;
    out.push({
      id: step.id,
      title: step.title,
      offsetDays: offset,
      bound: step.bound,
      ...(end === undefined ? {} : { endOffsetDays: end }),
      concerns: step.concerns,
      sources: version === '2015' ? step.articles : amendedSources(step.articles),
      status: recalled ? 'recalled' : 'verified',
      ...(step.notes === undefined ? {} : { notes: step.notes }),
    });
  }
  return out;
}

/** Steps under the 2015 text (elections of 2016 and 2021). */
export const MILESTONES_2015: readonly Milestone[] = milestones('2015');
/** Steps under the text amended by Law 83/2025/QH15 (in force 1 July 2025). */
export const MILESTONES_2025: readonly Milestone[] = milestones('2025');

export const ELECTION_DAY_SOURCES_2015: readonly LegalReference[] = [law('5')];
export const ELECTION_DAY_SOURCES_2025: readonly LegalReference[] = amendedSources([law('5')]);
