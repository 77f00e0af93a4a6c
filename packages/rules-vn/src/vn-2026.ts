/**
 * vn-2026: Law 85/2015/QH13 as amended by Law 83/2025/QH15 (in force 1 July 2025; two-tier local government,
 * shorter deadlines), with the targets of NQ 1891/NQ-UBTVQH15 and NQ 107/2025/UBTVQH15. It extends vn-2021:
 * the rules are the same articles of the amended text, with the 2026 numbers and the 2025 day counts.
 */
import { defineRulePack } from '@ungcu/core/rules';
import { ELECTION_DAY_SOURCES_2025, MILESTONES_2025 } from './calendar';
import { COUNCIL_TOTAL_SEATS_SOURCES_2026 } from './rules/council-total-seats/index';
import { COUNCIL_WOMEN_SHARE_SOURCES_2026 } from './rules/council-women-share/index';
import { ALL_RULES } from './rules/index';
import { sources2026 } from './sources';
import { vn2021 } from './vn-2021';

export const vn2026 = defineRulePack({
  id: 'vn-2026',
  extends: vn2021,
  title: {
    vi: 'Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND nhiệm kỳ 2026-2031 (Luật 85/2015/QH13 sửa đổi bởi Luật 83/2025/QH15)',
    en: "Elections of the 16th National Assembly and of People's Councils for the 2026-2031 term (Law 85/2015/QH13 as amended by Law 83/2025/QH15)",
  },
  description: {
    vi: 'Luật Bầu cử số 85/2015/QH13 sửa đổi, bổ sung bởi Luật số 83/2025/QH15; Nghị quyết 1891/NQ-UBTVQH15; Nghị quyết 107/2025/UBTVQH15.',
    en: 'Election Law 85/2015/QH13 as amended by Law 83/2025/QH15; Resolution 1891/NQ-UBTVQH15; Resolution 107/2025/UBTVQH15.',
  },
  reference: {
    electionDay: '2026-03-15',
    terms: { 'national-assembly': 'XVI', 'provincial-council': '2026-2031', 'commune-council': '2026-2031' },
  },
  ruleSettings: {
    'vn/na-province-min-seats': { minSeats: 7 },
    'vn/na-central-local-split': { centralSeats: 217, localSeats: 283 },
    // The amended Điều 57 k4 publishes the official list 17 days before election day (25 in the 2015 text).
    'vn/official-in-own-unit': { leaveByDaysBefore: 17 },
    // The 2025 Party guidance's age rules were reported but not verified: off rather than guessed.
    'vn/party-age-first-time': 'off',
    'vn/party-age-rerunning': 'off',
  },
  ruleSources: {
    ...Object.fromEntries(ALL_RULES.map((rule) => [rule.id, sources2026(rule.sources)])),
    // The amended Điều 9 has two council levels, so two clauses (the 2015 text had three).
    'vn/council-women-share': COUNCIL_WOMEN_SHARE_SOURCES_2026,
    // Council sizes for 2026-2031 come from the 2025 local-government law (Law 72/2025/QH15, Điều 30).
    'vn/council-total-seats': COUNCIL_TOTAL_SEATS_SOURCES_2026,
  },
  calendar: { electionWeekday: 0, electionDaySources: ELECTION_DAY_SOURCES_2025, milestones: MILESTONES_2025 },
});
