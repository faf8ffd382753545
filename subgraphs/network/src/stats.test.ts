import { AGENCIES, type StatsRow } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { histogramMedian, mergeEvaluationStats, mergeExpertStats, mergeProjectStats, mergeRequestStats, type StatsShare } from './stats.ts';

const [abc, jica, unossc] = AGENCIES;
const share = (agency: (typeof AGENCIES)[number] | undefined, rows: StatsRow[] | null): StatsShare => {
  if (!agency) throw new Error('the registry has fewer agencies than this test needs');
  return { agency, rows };
};

describe('the merge of project statistics', () => {
  const merged = mergeProjectStats([
    share(abc, [
      // two projects in dollars, one in reals started in 2015, one in CFA francs (no rate)
      ['total', '', 2, 300, 'USD', null],
      ['total', '', 1, 333, 'BRL', 2015],
      ['total', '', 1, 1000, 'XOF', 2020],
      // one project in Mozambique and Kenya (both Eastern Africa), one in Angola, two without a country
      ['countries', 'KE MZ', 1, 200, 'USD', null],
      ['countries', 'AO', 1, 100, 'USD', null],
      ['countries', '', 1, 333, 'BRL', 2015],
      ['countries', '', 1, 1000, 'XOF', 2020],
      ['status', '2', 2, 300, 'USD', null],
      ['status', '4', 1, 333, 'BRL', 2015],
      ['status', '4', 1, 1000, 'XOF', 2020],
      // three sectors, two of them in category 311; one sector named twice
      ['sectors', '31161 31120 12220', 1, 300, 'USD', null],
      ['sectors', '31161 31161', 1, 333, 'BRL', 2015],
      ['sectors', '', 1, 1000, 'XOF', 2020],
    ]),
    share(jica, [
      ['total', '', 1, 50, 'USD', null],
      ['countries', 'MZ', 1, 50, 'USD', null],
      ['status', '4', 1, 50, 'USD', null],
    ]),
    // an agency that did not answer
    share(unossc, null),
  ]);

  it('sums counts and budgets per currency, and dollars at the start year rate, leaving out currencies without a rate', () => {
    expect(merged.count).toBe(5);
    expect(merged.budgets).toEqual([
      { currency: 'BRL', amount: 333 },
      { currency: 'USD', amount: 350 },
      { currency: 'XOF', amount: 1000 },
    ]);
    expect(merged.budgetUsd).toBeCloseTo(350 + 333 / 3.33, 6);
    expect(merged.byAgency.map((b) => [b.key, b.count])).toEqual([
      ['ABC', 4],
      ['JICA', 1],
    ]);
    expect(merged.byAgency[0]?.label).toBe(abc?.name);
  });

  it('shares a budget among the countries of a project, and counts the project once per region', () => {
    expect(merged.byCountry.map((b) => [b.key, b.count, b.budgetUsd])).toEqual([
      ['MZ', 2, 150],
      ['NONE', 2, 100],
      ['AO', 1, 100],
      ['KE', 1, 100],
    ]);
    expect(merged.byCountry.find((b) => b.key === 'NONE')?.label).toBe('Not specified');
    expect(merged.byCountry.find((b) => b.key === 'MZ')?.label).toBe('Mozambique');
    expect(merged.byRegion.map((b) => [b.key, b.count, b.budgetUsd])).toEqual([
      ['Eastern Africa', 2, 250],
      ['NONE', 2, 100],
      ['Middle Africa', 1, 100],
    ]);
    const sum = merged.byCountry.reduce((a, b) => a + b.budgetUsd, 0);
    expect(sum).toBeCloseTo(merged.budgetUsd, 6);
  });

  it('names statuses by their enum value and the IATI name, sector categories by the IATI list', () => {
    expect(merged.byStatus.map((b) => [b.key, b.label, b.count])).toEqual([
      ['CLOSED', 'Closed', 3],
      ['IMPLEMENTATION', 'Implementation', 2],
    ]);
    expect(merged.bySector.map((b) => [b.key, b.count, b.budgetUsd])).toEqual([
      ['31161', 2, 200],
      ['12220', 1, 100],
      ['31120', 1, 100],
      ['NONE', 1, 0],
    ]);
    expect(merged.bySectorCategory).toEqual([
      { key: '311', label: 'Agriculture', count: 2, budgetUsd: 300 },
      { key: '122', label: 'Basic Health', count: 1, budgetUsd: 100 },
      { key: 'NONE', label: 'Not specified', count: 1, budgetUsd: 0 },
    ]);
  });

  it('draws flows from the owning agency’s country to each recipient', () => {
    expect(merged.flows.map((f) => [f.provider, f.recipient, f.count, f.budgetUsd])).toEqual([
      ['BR', 'AO', 1, 100],
      ['BR', 'KE', 1, 100],
      ['BR', 'MZ', 1, 100],
      ['JP', 'MZ', 1, 50],
    ]);
  });
});

describe('the merge of the other statistics', () => {
  it('averages criterion scores over every agency and lists the six criteria in the DAC order', () => {
    const merged = mergeEvaluationStats([
      share(abc, [
        ['total', '', 2, null, null, null],
        ['rating', 'A', 1, null, null, null],
        ['rating', 'NONE', 1, null, null, null],
        ['evaluator', 'ABC', 2, null, null, null],
        ['criterion', 'RELEVANCE', 2, 5, null, null],
      ]),
      share(jica, [
        ['total', '', 1, null, null, null],
        ['rating', 'A', 1, null, null, null],
        ['evaluator', 'ABC', 1, null, null, null],
        ['criterion', 'RELEVANCE', 1, 1, null, null],
      ]),
    ]);
    expect(merged.count).toBe(3);
    expect(merged.byRating.map((b) => [b.key, b.label, b.count, b.budgetUsd])).toEqual([
      ['A', 'Highly satisfactory', 2, 0],
      ['NONE', 'Not specified', 1, 0],
    ]);
    expect(merged.byEvaluator).toEqual([{ key: 'ABC', label: abc?.name, count: 3, budgetUsd: 0 }]);
    expect(merged.criteria.map((c) => c.criterion)).toEqual([
      'RELEVANCE',
      'COHERENCE',
      'EFFECTIVENESS',
      'EFFICIENCY',
      'IMPACT',
      'SUSTAINABILITY',
    ]);
    expect(merged.criteria[0]).toEqual({ criterion: 'RELEVANCE', label: 'Relevance', mean: 2, count: 3 });
    expect(merged.criteria[1]).toEqual({ criterion: 'COHERENCE', label: 'Coherence', mean: null, count: 0 });
  });

  it("takes the exact median of the agencies' histograms of days to a decision", () => {
    const merged = mergeRequestStats([
      share(abc, [
        ['total', '', 4, null, null, null],
        ['status', 'UNDER_APPRAISAL', 1, null, null, null],
        ['days', '3', 2, null, null, null],
        ['days', '10', 1, null, null, null],
      ]),
      share(jica, [
        ['total', '', 1, null, null, null],
        ['days', '7', 1, null, null, null],
      ]),
    ]);
    expect(merged.decided).toBe(4);
    // 3 3 7 10
    expect(merged.medianDaysToDecision).toBe(5);
    expect(merged.byStatus).toEqual([{ key: 'UNDER_APPRAISAL', label: 'Under appraisal', count: 1, budgetUsd: 0 }]);
    expect(mergeRequestStats([share(abc, null)])).toMatchObject({ count: 0, decided: 0, medianDaysToDecision: null });
  });

  it('computes the median of odd, even and empty histograms', () => {
    expect(histogramMedian(new Map())).toBeNull();
    expect(histogramMedian(new Map([[4, 1]]))).toBe(4);
    expect(
      histogramMedian(
        new Map([
          [9, 1],
          [1, 2],
        ]),
      ),
    ).toBe(1);
    expect(
      histogramMedian(
        new Map([
          [2, 1],
          [5, 1],
        ]),
      ),
    ).toBe(3.5);
  });

  it('labels languages and availability of experts, ordered by count then key', () => {
    const merged = mergeExpertStats([
      share(abc, [
        ['total', '', 3, null, null, null],
        ['language', 'pt', 2, null, null, null],
        ['language', 'en', 2, null, null, null],
        ['availability', 'upcoming', 1, null, null, null],
        ['availability', 'deployed', 2, null, null, null],
      ]),
    ]);
    expect(merged.byLanguage.map((b) => [b.key, b.label])).toEqual([
      ['en', 'English'],
      ['pt', 'Portuguese'],
    ]);
    expect(merged.byAvailability.map((b) => [b.key, b.label, b.count])).toEqual([
      ['deployed', 'Deployed now', 2],
      ['upcoming', 'Available later', 1],
    ]);
  });
});
