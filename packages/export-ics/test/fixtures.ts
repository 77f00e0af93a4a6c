/** A one-milestone calendar whose texts a test chooses, for what the real packs never contain. */
import type { ComputedCalendar, DatedMilestone } from '@ungcu/core/calendar';

export function calendarWith(milestone: Partial<DatedMilestone> = {}, pack = 'test-pack'): ComputedCalendar {
  const m: DatedMilestone = {
    id: 'step',
    title: { vi: 'Bước thử', en: 'Test step' },
    bound: 'no-later-than',
    offsetDays: -10,
    date: '2026-03-05',
    concerns: { vi: 'Ủy ban bầu cử ở tỉnh', en: 'Provincial election committees' },
    sources: [{ document: 'Luật Bầu cử số 85/2015/QH13', article: '35', clause: '1' }],
    status: 'verified',
    adjusted: false,
    ...milestone,
  };
  return { pack, electionDay: '2026-03-15', weekday: 0, isElectionWeekday: true, milestones: [m] };
}
