/**
 * The overall A-D rating from the six DAC sub-ratings (each 1-3), after the shape of JICA's
 * ex-post evaluation flowchart: relevance and effectiveness/impact weigh first, then
 * efficiency and sustainability.
 *
 * - D: effectiveness or impact is 1 (the project did not deliver), or relevance is 1;
 * - A: effectiveness and impact are both 3, and no other criterion is below 2, and at most one is 2;
 * - B: the sum of the six is 14 or more;
 * - C: otherwise.
 * A missing criterion counts as 2.
 */
import type { DacCriterion, OverallRating } from './sdl.ts';

export function overallRating(scores: Partial<Record<DacCriterion, number>>): OverallRating {
  const s = (c: DacCriterion) => scores[c] ?? 2;
  if (s('EFFECTIVENESS') === 1 || s('IMPACT') === 1 || s('RELEVANCE') === 1) return 'D';
  const others = (['RELEVANCE', 'COHERENCE', 'EFFICIENCY', 'SUSTAINABILITY'] as const).map(s);
  if (s('EFFECTIVENESS') === 3 && s('IMPACT') === 3 && others.every((x) => x >= 2) && others.filter((x) => x === 2).length <= 1) {
    return 'A';
  }
  const sum = others.reduce((a, b) => a + b, 0) + s('EFFECTIVENESS') + s('IMPACT');
  return sum >= 14 ? 'B' : 'C';
}
