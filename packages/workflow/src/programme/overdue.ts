/**
 * overdueProposals(): proposals whose planned quarter has ended without their going to the recipient, as of a
 * day. The list a programme's secretariat chases before each quarterly review.
 */
import type { IsoDate, Proposal } from '@ungcu/core';
import { daysBetween } from '@ungcu/core/calendar';
import { ConfigError } from '@ungcu/core/errors';
import { isIsoDate } from '@ungcu/core/text';
import { parseQuarter, type Quarter } from './quarter';

export interface OverdueProposal {
  readonly proposal: Proposal;
  readonly plannedQuarter: Quarter;
  /** Days from the planned quarter's last day to `asOf`. */
  readonly daysOverdue: number;
}

/**
 * Proposals planned for a quarter that ended before `asOf` and not submitted by `asOf` (a submission dated
 * later does not count, so a past day gives the list as it stood then). Withdrawn proposals are not overdue;
 * postponed ones are, until the programme gives them a new quarter. Oldest quarter first, then by id.
 */
export function overdueProposals(proposals: Iterable<Proposal>, asOf: IsoDate): OverdueProposal[] {
  if (!isIsoDate(asOf)) {
    throw new ConfigError(
      { en: `overdueProposals: asOf must be a date written YYYY-MM-DD, got "${asOf}"`, vi: `overdueProposals: asOf phải là ngày dạng YYYY-MM-DD, nhận được "${asOf}"` },
      { details: { asOf } },
    );
  }
  const out: OverdueProposal[] = [];
  for (const proposal of proposals) {
    if (proposal.plannedQuarter === undefined || proposal.status === 'withdrawn') continue;
    const planned = parseQuarter(proposal.plannedQuarter);
    if (planned.end >= asOf) continue;
    const submitted =
      proposal.submittedOn !== undefined
        ? proposal.submittedOn <= asOf
        : proposal.status === 'submitted' || proposal.status === 'adopted';
    if (submitted) continue;
    out.push({ proposal, plannedQuarter: planned, daysOverdue: daysBetween(planned.end, asOf) });
  }
  return out.sort(
    (a, b) =>
      a.plannedQuarter.id.localeCompare(b.plannedQuarter.id) || (a.proposal.id < b.proposal.id ? -1 : a.proposal.id > b.proposal.id ? 1 : 0),
  );
}
