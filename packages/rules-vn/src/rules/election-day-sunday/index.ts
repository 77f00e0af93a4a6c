import { weekdayOf } from '@ungcu/core/calendar';
import { defineRule } from '@ungcu/core/rules';
import { docsUrl, law } from '../../sources';

/** Điều 5: election day is a Sunday. */
export const electionDaySunday = defineRule({
  id: 'vn/election-day-sunday',
  title: { vi: 'Ngày bầu cử là ngày Chủ nhật', en: 'Election day is a Sunday' },
  description: {
    vi: 'Ngày bầu cử phải là ngày Chủ nhật và được công bố chậm nhất 115 ngày trước ngày bầu cử.',
    en: 'Election day must be a Sunday, announced at least 115 days before.',
  },
  severity: 'error',
  scope: 'election',
  sources: [law('5')],
  legalText: {
    vi: '“Ngày bầu cử phải là ngày chủ nhật và được công bố chậm nhất là 115 ngày trước ngày bầu cử.”',
    en: '“Election day must be a Sunday and be announced no later than 115 days before election day.”',
  },
  messages: {
    notSunday: {
      vi: '{name}: ngày bầu cử {electionDay:date} là {weekday:weekday}, không phải Chủ nhật',
      en: '{name}: election day {electionDay:date} is a {weekday:weekday}, not a Sunday',
    },
  },
  docsUrl: docsUrl('vn/election-day-sunday'),
  check(e, ctx) {
    const weekday = weekdayOf(e.electionDay);
    if (weekday === 0) return;
    ctx.report({
      messageId: 'notSunday',
      target: { kind: 'election', id: e.id, name: e.name },
      data: {
        name: e.name,
        electionDay: e.electionDay,
        weekday,
      },
    });
  },
});
