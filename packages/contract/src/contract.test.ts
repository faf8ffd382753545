import { describe, expect, it } from 'vitest';
import { codelists } from './codelists.ts';
import { InputError, isIsoDate, pageArgs, validateEvaluationFilter, validateProjectFilter } from './filters.ts';
import {
  compareOrderKeys,
  dateRank,
  decodeCursor,
  encodeCursor,
  encodeSearchKey,
  nameSortKey,
  type OrderKey,
  sortByOrderKey,
  UNDATED_RANK,
} from './paging.ts';
import { overallRating } from './rating.ts';
import { AGENCIES, makeId, parseId, typeName } from './registry.ts';

describe('the agency registry', () => {
  it('gives every agency a unique code, id prefix, subgraph, type prefix and port', () => {
    for (const key of ['code', 'idPrefix', 'subgraph', 'typePrefix', 'defaultPort'] as const) {
      expect(new Set(AGENCIES.map((a) => a[key])).size).toBe(AGENCIES.length);
    }
  });

  it('issues ids that name their agency and kind, and parses them back', () => {
    for (const agency of AGENCIES) {
      const id = makeId(agency, 'Evaluation', 42);
      expect(parseId(id)).toEqual({ agency, kind: 'Evaluation' });
      expect(typeName(agency, 'Evaluation')).toBe(`${agency.typePrefix}Evaluation`);
    }
    expect(makeId(AGENCIES[0], 'Project', 7)).toBe('ABC-P-000007');
    expect(parseId('XYZ-P-000001')).toBeUndefined();
    expect(parseId("ABC-P-1' or 1=1")).toBeUndefined();
  });
});

describe('IATI code lists', () => {
  it('hold the codes the project relies on', () => {
    expect(codelists.sector.name('15123')).toMatch(/developing countries' foreign aid/);
    expect(codelists.country.name('MZ')).toBe('Mozambique');
    expect(codelists.sdgGoal.items).toHaveLength(17);
    expect(codelists.activityStatus.has('2')).toBe(true);
    expect(codelists.country.has('XX')).toBe(false);
  });
});

describe('order keys and cursors', () => {
  it('rank later dates first and undated records last', () => {
    expect(dateRank('2020-01-02')).toBeLessThan(dateRank('2020-01-01'));
    expect(dateRank(null)).toBe(UNDATED_RANK);
    expect(dateRank('9999-12-31')).toBe(0);
  });

  it('know a calendar date from one that is not', () => {
    for (const d of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2023-04-30']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2023-02-29', '1900-02-29', '0000-01-01', '2023-04-31', '2023-13-01', '2023-00-10', '2023-1-01', '2023-01-01T00:00'])
      expect(isIsoDate(d), d).toBe(false);
  });

  it('compare like PostgreSQL\'s "C" collation', () => {
    expect(compareOrderKeys([1, 'ABC-P-2'], [1, 'ABC-P-10'])).toBeGreaterThan(0);
    expect(compareOrderKeys(['b', 'X'], ['a', 'Z'])).toBeGreaterThan(0);
    expect(compareOrderKeys([5, 'Z'], [6, 'A'])).toBeLessThan(0);
    expect(nameSortKey('  Instituto de Investigação Agrária ')).toBe('instituto de investigacao agraria');
  });

  it('round-trip through an opaque cursor and refuse a forged one', () => {
    const key = [dateRank('2013-03-11'), 'ABC-P-000001'] as const;
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    expect(() => decodeCursor('not-a-cursor')).toThrow(/not a cursor/);
  });

  it('normalise search keys so equal searches share one key', () => {
    const a = encodeSearchKey({ filter: { countries: ['MZ', 'AO', 'MZ'], text: ' maize ' }, first: 10 });
    const b = encodeSearchKey({ filter: { text: 'maize', countries: ['AO', 'MZ'], sectors: [] }, first: 10, after: null });
    expect(a).toBe(b.replace(',"sectors":[]', ''));
  });
});

describe('filter validation', () => {
  it('accepts a valid filter', () => {
    expect(() =>
      validateProjectFilter({
        agencies: ['ABC'],
        countries: ['MZ'],
        sectors: ['31182'],
        sdgs: [2],
        statuses: ['CLOSED'],
        startsFrom: '2010-01-01',
        startsTo: '2020-12-31',
      }),
    ).not.toThrow();
  });

  it.each([
    [{ countries: ['ZZ'] }, 'filter.countries', /ZZ.*country/],
    [{ sectors: ['99999'] }, 'filter.sectors', /DAC/],
    [{ sdgs: [18] }, 'filter.sdgs', /SDG/],
    [{ agencies: ['NASA'] }, 'filter.agencies', /agency/],
    [{ startsFrom: '2020-02-30' }, 'filter.startsFrom', /not a date/],
    [{ startsFrom: '2020-01-01', startsTo: '2019-01-01' }, 'filter.startsTo', /before/],
    [{ text: 'x'.repeat(201) }, 'filter.text', /longer/],
  ])('refuses %j naming %s', (filter, argument, message) => {
    try {
      validateProjectFilter(filter as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).argument).toBe(argument);
      expect((e as InputError).message).toMatch(message);
    }
  });

  it('bounds page sizes and dates of evaluation filters', () => {
    expect(() => pageArgs(501, null)).toThrow(/between 0 and 500/);
    expect(pageArgs(undefined, null)).toEqual({ first: 20, after: null });
    expect(() => validateEvaluationFilter({ from: '2020-01-01', to: '2019-12-31' })).toThrow(/before/);
  });
});

describe('the overall rating rule', () => {
  it('follows the documented flowchart', () => {
    const all = (s: number) => ({ RELEVANCE: s, COHERENCE: s, EFFECTIVENESS: s, EFFICIENCY: s, IMPACT: s, SUSTAINABILITY: s });
    expect(overallRating(all(3))).toBe('A');
    expect(overallRating({ ...all(3), EFFECTIVENESS: 1 })).toBe('D');
    expect(overallRating(all(2))).toBe('C');
    expect(overallRating({ ...all(2), EFFECTIVENESS: 3, IMPACT: 3 })).toBe('B');
  });
});

describe('sortByOrderKey', () => {
  it('orders exactly as compareOrderKeys does', () => {
    const keys: OrderKey[] = [
      ['élise', 'ABC-X-2'],
      ['aiko', 'JICA-X-1'],
      ['zoe', 'IDN-X-1'],
      ['élise', 'ABC-X-10'],
      ['Émile', 'UNOSSC-X-3'],
      ['aiko', 'ABC-X-9'],
    ];
    const expected = [...keys].sort(compareOrderKeys);
    expect(sortByOrderKey(keys.map((key) => ({ key }))).map((i) => i.key)).toEqual(expected);
    const numbers: OrderKey[] = [
      [5, 'b'],
      [2147483647, 'a'],
      [5, 'a'],
      [0, 'z'],
    ];
    expect(sortByOrderKey(numbers.map((key) => ({ key }))).map((i) => i.key)).toEqual([...numbers].sort(compareOrderKeys));
  });
});
