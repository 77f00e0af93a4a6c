import type { Nominee, SeasonStage } from '@ungcu/core';

/**
 * Where a nominee stands in the season. The exits win over the stage (the stage keeps how far the nominee
 * came), the result over the official stage, and a voters' conference held at the preliminary stage marks
 * the step between the second and third consultations.
 */
export function seasonStage(nominee: Pick<Nominee, 'nomination'>): SeasonStage {
  const { stage, status, voterConference, result } = nominee.nomination;
  if (status !== 'active') return status;
  if (result !== undefined) return result;
  if (stage === 'preliminary' && voterConference !== undefined) return 'voter-conference';
  return stage;
}
