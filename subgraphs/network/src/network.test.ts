import { AGENCIES, codelists, dateRank, encodeCursor, encodeSearchKey, instantRank, sliceField } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { recordRef, resolvers } from './index.ts';
import { mergeSlices } from './merge.ts';
import { regionOf } from './regions.ts';

const [abc, jica] = AGENCIES;

describe('the k-way merge of agency slices', () => {
  const representation = (first: number, slices: Record<string, unknown>) => ({ key: encodeSearchKey({ first }), ...slices });

  it('orders lessons by publication time (newest first, to the second, unpublished last) and requests by submission time', () => {
    const lessons = mergeSlices(
      'Lesson',
      representation(4, {
        [sliceField(abc)]: {
          total: 2,
          items: [
            { id: 'ABC-L-000002', publishedAt: '2026-11-29T10:00:00.900Z' },
            { id: 'ABC-L-000001', publishedAt: null },
          ],
        },
        [sliceField(jica)]: {
          total: 2,
          items: [
            { id: 'JICA-L-000005', publishedAt: '2026-11-29T10:00:01.000Z' },
            { id: 'JICA-L-000001', publishedAt: '2026-11-29T10:00:00.100Z' },
          ],
        },
      }),
    );
    expect(lessons.nodes.map((n) => n.id)).toEqual(['JICA-L-000005', 'ABC-L-000002', 'JICA-L-000001', 'ABC-L-000001']);
    expect(lessons.nodes[0]?.__typename).toBe('JicaLesson');
    const requests = mergeSlices(
      'CooperationRequest',
      representation(1, {
        [sliceField(abc)]: { total: 1, items: [{ id: 'ABC-R-000001', submittedAt: '2026-01-02T00:00:00Z' }] },
        [sliceField(jica)]: { total: 1, items: [{ id: 'JICA-R-000001', submittedAt: '2026-01-01T00:00:00Z' }] },
      }),
    );
    expect(requests).toMatchObject({ totalCount: 2, nodes: [{ __typename: 'AbcCooperationRequest', id: 'ABC-R-000001' }] });
    expect(requests.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: encodeCursor([instantRank('2026-01-02T00:00:00Z'), 'ABC-R-000001']),
    });
  });

  it('orders experts by folded name, then id', () => {
    const merged = mergeSlices(
      'Expert',
      representation(3, {
        [sliceField(abc)]: { total: 1, items: [{ id: 'ABC-X-000001', name: 'Élise Martin' }] },
        [sliceField(jica)]: {
          total: 2,
          items: [
            { id: 'JICA-X-000002', name: 'aiko sato' },
            { id: 'JICA-X-000001', name: 'Zoe' },
          ],
        },
      }),
    );
    expect(merged.nodes.map((n) => n.id)).toEqual(['JICA-X-000002', 'ABC-X-000001', 'JICA-X-000001']);
  });

  it('orders across agencies by start date (latest first, undated last), then id, and sums the totals', () => {
    const merged = mergeSlices(
      'Project',
      representation(3, {
        [sliceField(abc)]: {
          total: 10,
          items: [
            { id: 'ABC-P-000002', startDate: '2020-01-01' },
            { id: 'ABC-P-000001', startDate: null },
          ],
        },
        [sliceField(jica)]: {
          total: 5,
          items: [
            { id: 'JICA-P-000009', startDate: '2021-06-01' },
            { id: 'JICA-P-000001', startDate: '2020-01-01' },
          ],
        },
      }),
    );
    expect(merged.totalCount).toBe(15);
    expect(merged.nodes).toEqual([
      { __typename: 'JicaProject', id: 'JICA-P-000009' },
      { __typename: 'AbcProject', id: 'ABC-P-000002' },
      { __typename: 'JicaProject', id: 'JICA-P-000001' },
    ]);
    expect(merged.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([dateRank('2020-01-01'), 'JICA-P-000001']) });
  });

  it('counts a missing slice (agency down) as empty', () => {
    const merged = mergeSlices(
      'Evaluation',
      representation(5, {
        [sliceField(abc)]: null,
        [sliceField(jica)]: { total: 1, items: [{ id: 'JICA-E-000001', date: '2016-03-15' }] },
      }),
    );
    expect(merged).toEqual({
      totalCount: 1,
      nodes: [{ __typename: 'JicaEvaluation', id: 'JICA-E-000001' }],
      pageInfo: { hasNextPage: false, endCursor: encodeCursor([dateRank('2016-03-15'), 'JICA-E-000001']) },
    });
  });

  it('orders institutions by folded name', () => {
    const merged = mergeSlices(
      'Institution',
      representation(2, {
        [sliceField(abc)]: { total: 1, items: [{ id: 'ABC-I-000002', name: 'Órgão B' }] },
        [sliceField(jica)]: { total: 1, items: [{ id: 'JICA-I-000001', name: 'orgao a' }] },
      }),
    );
    expect(merged.nodes.map((n) => n.id)).toEqual(['JICA-I-000001', 'ABC-I-000002']);
  });
});

describe('references by id', () => {
  it('type a record by the agency its id names', () => {
    expect(recordRef('IDN-P-000003', 'Project')).toEqual({ __typename: 'IndonesiaProject', id: 'IDN-P-000003' });
    expect(recordRef('IDN-P-000003', 'Evaluation')).toBeNull();
    expect(recordRef('nonsense', 'Project')).toBeNull();
  });

  it('drop related ids that no agency issued', () => {
    const related = ((resolvers as Record<string, unknown>).AbcProject as { relatedProjects: (p: unknown) => unknown }).relatedProjects({
      relatedRefs: [
        { type: 'THIRD_PARTY', id: 'JICA-P-000002' },
        { type: 'SIBLING', id: 'ELSEWHERE-1' },
      ],
    });
    expect(related).toEqual([{ type: 'THIRD_PARTY', project: { __typename: 'JicaProject', id: 'JICA-P-000002' } }]);
  });

  it('give every ISO 3166-1 country its UN M49 region (but Antarctica and Kosovo)', () => {
    const missing = codelists.country.items.filter((c) => !c.withdrawn && !regionOf(c.code)).map((c) => c.code);
    expect(missing).toEqual(['AQ', 'XK']);
  });

  it('answer reference data from the vendored code lists', () => {
    const q = resolvers.Query;
    expect(q.country(null, { code: 'mz' })).toEqual({ code: 'MZ', name: 'Mozambique', region: 'Eastern Africa' });
    expect(q.agencies().map((a) => a?.code)).toEqual(AGENCIES.map((a) => a.code));
    expect(q.sdgGoals()).toHaveLength(17);
  });
});
