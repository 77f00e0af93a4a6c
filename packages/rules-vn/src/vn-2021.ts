/**
 * vn-2021: Law 85/2015/QH13 before its 2025 amendment, with the targets of the 2021 election (NQ 1185 and
 * 1187/NQ-UBTVQH14, Guidance 36-HD/BTCTW). Its legal rules and calendar hold for any election under the 2015
 * text (2016 as well as 2021); its targets are the 2021 ones.
 */
import { defineRulePack } from '@ungcu/core/rules';
import { ELECTION_DAY_SOURCES_2015, MILESTONES_2015 } from './calendar';
import { ALL_RULES } from './rules/index';

export const vn2021 = defineRulePack({
  id: 'vn-2021',
  title: {
    vi: 'Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND nhiệm kỳ 2021-2026 (Luật 85/2015/QH13)',
    en: "Elections of the 15th National Assembly and of People's Councils for the 2021-2026 term (Law 85/2015/QH13)",
  },
  description: {
    vi: 'Luật Bầu cử số 85/2015/QH13 (trước khi sửa đổi năm 2025); Nghị quyết 1185 và 1187/NQ-UBTVQH14; Hướng dẫn 36-HD/BTCTW năm 2021.',
    en: 'Election Law 85/2015/QH13 (before its 2025 amendment); Resolutions 1185 and 1187/NQ-UBTVQH14; Guidance 36-HD/BTCTW of 2021.',
  },
  reference: {
    electionDay: '2021-05-23',
    terms: {
      'national-assembly': 'XV',
      'provincial-council': '2021-2026',
      'district-council': '2021-2026',
      'commune-council': '2021-2026',
    },
  },
  rules: ALL_RULES,
  // Điều 7 khoản 2: five hundred deputies; a list with fewer seats holds part of the national list.
  settings: { youngUnderAge: 40, bodySeats: { 'national-assembly': 500 } },
  calendar: { electionWeekday: 0, electionDaySources: ELECTION_DAY_SOURCES_2015, milestones: MILESTONES_2015 },
});
