import { defineRule } from '@ungcu/core/rules';
import * as z from 'zod';
import { docsUrl, law } from '../../sources';

const DAY_MS = 86_400_000;

/**
 * Điều 27: a candidate may not sit on the election board or a polling team of the constituency where they
 * stand, and leaves it by the day the official list is published. The list does not say who sits where: the
 * rule reads `nomination.ownUnitElectionRole`.
 */
export const officialInOwnUnit = defineRule({
  id: 'vn/official-in-own-unit',
  title: {
    vi: 'Người ứng cử không làm thành viên tổ chức phụ trách bầu cử ở đơn vị mình ứng cử',
    en: 'Candidates do not serve on the election bodies of their own constituency',
  },
  description: {
    vi: 'Người ứng cử không được làm thành viên Ban bầu cử, Tổ bầu cử ở đơn vị bầu cử nơi mình ứng cử; người đang là thành viên phải rút khỏi trước ngày công bố danh sách chính thức.',
    en: 'A candidate may not sit on the election board or a polling team of the constituency where they stand, and must leave it before the official list is published.',
  },
  severity: 'error',
  scope: 'nominee',
  sources: [law('27')],
  notes: [
    {
      vi: 'Tóm lược, không phải nguyên văn (trang dữ kiện pháp lý, Điều 27: phải rút khỏi trước ngày công bố danh sách chính thức). Ngày công bố: trước ngày bầu cử 25 ngày (Luật năm 2015, khoản 4 Điều 57), 17 ngày (Luật sửa đổi năm 2025): tùy chọn leaveByDaysBefore, 25 trong vn-2021, 17 trong vn-2026.',
      en: 'A summary, not a quotation (law-facts page, Art. 27: leave by the day the official list is published). That day: 25 days before election day (2015 text, Art. 57(4)), 17 (as amended in 2025): option leaveByDaysBefore, 25 in vn-2021, 17 in vn-2026.',
    },
    {
      vi: 'Danh sách công bố không ghi ai là thành viên Ban bầu cử, Tổ bầu cử: quy tắc chỉ đọc trường nomination.ownUnitElectionRole (body: election-board hoặc polling-team; leftOn: ngày rút khỏi).',
      en: 'The published list does not say who sits on a board or team: the rule reads only nomination.ownUnitElectionRole (body: election-board or polling-team; leftOn: the day the nominee left).',
    },
  ],
  options: z.object({ leaveByDaysBefore: z.int().nonnegative().default(25) }).strict(),
  messages: {
    board: {
      vi: '{name} là thành viên Ban bầu cử ở đơn vị bầu cử nơi mình ứng cử và chưa rút khỏi trước ngày công bố danh sách chính thức ({deadline:date})',
      en: '{name} sits on the election board of the constituency where they stand and did not leave it by the day the official list is published ({deadline:date})',
    },
    team: {
      vi: '{name} là thành viên Tổ bầu cử ở đơn vị bầu cử nơi mình ứng cử và chưa rút khỏi trước ngày công bố danh sách chính thức ({deadline:date})',
      en: '{name} sits on a polling team of the constituency where they stand and did not leave it by the day the official list is published ({deadline:date})',
    },
  },
  docsUrl: docsUrl('vn/official-in-own-unit'),
  check(n, ctx) {
    const role = n.nomination.ownUnitElectionRole;
    if (role === undefined) return;
    const body = ctx.body(n.nomination.bodyId);
    const electionDay = body === undefined ? undefined : ctx.election(body.electionId)?.electionDay;
    // Without an election day there is no deadline to measure against; the integrity check reports the gap.
    if (electionDay === undefined) return;
    const deadline = new Date(Date.parse(`${electionDay}T00:00:00Z`) - ctx.options.leaveByDaysBefore * DAY_MS)
      .toISOString()
      .slice(0, 10);
    if (role.leftOn !== undefined && role.leftOn <= deadline) return;
    const name = n.person.fullName;
    ctx.report({
      messageId: role.body === 'election-board' ? 'board' : 'team',
      target: { kind: 'nominee', id: n.id, name },
      data: { name, deadline },
    });
  },
});
