import { describe, expect, it } from 'vitest';
import { runRule } from '@ungcu/testkit/rules';
import { caoBangCouncil } from '../../../test/cao-bang';
import { councilCandidateSurplus, requiredCouncilMargin } from './index';

describe('vn/council-candidate-surplus', () => {
  it('needs 1 more for 1–2 seats, 2 more for 3 seats, 3 more for 4–5 seats (Art. 58(3))', () => {
    expect([1, 2, 3, 4, 5].map(requiredCouncilMargin)).toEqual([1, 1, 2, 3, 3]);
  });
  it.each([
    [2, 3],
    [3, 5],
    [4, 7],
    [5, 8],
  ])('passes %i seats with %i candidates and fails with one fewer', (seats, candidates) => {
    expect(runRule(councilCandidateSurplus, caoBangCouncil(seats, candidates))).toEqual([]);
    const [finding] = runRule(councilCandidateSurplus, caoBangCouncil(seats, candidates - 1));
    expect(finding).toMatchObject({
      target: { kind: 'constituency', id: 'pc-04-1' },
      data: { actual: candidates - 1, seats, required: candidates, shortfall: 1 },
      sources: [{ article: '58', clause: '3' }],
    });
  });
});
