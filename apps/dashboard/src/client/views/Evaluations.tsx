import { useQuery } from '@apollo/client/react';
import { BucketChart } from '../charts/lazy.tsx';
import { graphql } from '../gql/index.ts';
import { useReference } from '../reference.ts';
import { Link, useSearch } from '../router.tsx';
import { formatDate, formatNumber, humanize, QueryState, TableWrap, useTitle } from '../ui.tsx';

export const EVALUATIONS = graphql(`
  query Evaluations($filter: EvaluationFilter) {
    evaluationStats(filter: $filter) {
      count
      byRating {
        key
        label
        count
        budgetUsd
      }
      criteria {
        criterion
        label
        mean
        count
      }
      byEvaluator {
        key
        label
        count
        budgetUsd
      }
    }
    evaluations(filter: $filter, first: 50) {
      totalCount
      nodes {
        id
        type
        date
        status
        overallRating
        agency {
          acronym
        }
        evaluators {
          acronym
        }
        ratings {
          criterion
          score
        }
        project {
          id
          title
        }
      }
    }
  }
`);

const CRITERIA = ['RELEVANCE', 'COHERENCE', 'EFFECTIVENESS', 'EFFICIENCY', 'IMPACT', 'SUSTAINABILITY'] as const;

/** Evaluation ratings: the spread of overall ratings, mean score per DAC criterion, and each evaluation's scores. */
export function Evaluations() {
  useTitle('Evaluations');
  const { search, set } = useSearch();
  const reference = useReference();
  const evaluator = search.get('evaluator') || undefined;
  const { data, loading, error } = useQuery(EVALUATIONS, { variables: { filter: { evaluators: evaluator ? [evaluator] : undefined } } });
  const stats = data?.evaluationStats;
  return (
    <>
      <h1>Evaluation ratings</h1>
      <label htmlFor="e-evaluator">Evaluating agency</label>
      <select id="e-evaluator" value={evaluator ?? ''} onChange={(e) => set({ evaluator: e.target.value || undefined })}>
        <option value="">All agencies</option>
        {(reference.data?.agencies ?? []).map((a) => (
          <option key={a.code} value={a.code}>
            {a.acronym}
          </option>
        ))}
      </select>
      <QueryState loading={loading} error={error} hasData={!!data?.evaluations} what="the evaluations">
        {stats && (
          <div className="grid">
            <BucketChart id="e-rating" title="By overall rating" buckets={stats.byRating} vertical />
            <section className="panel" aria-labelledby="criteria-title">
              <h3 id="criteria-title">Mean score per criterion (1–3)</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Criterion</th>
                    <th scope="col" className="num">
                      Mean
                    </th>
                    <th scope="col" className="num">
                      Rated
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.criteria.map((c) => (
                    <tr key={c.criterion}>
                      <td>{c.label}</td>
                      <td className="num">{c.mean === null || c.mean === undefined ? '—' : c.mean.toFixed(2)}</td>
                      <td className="num">{formatNumber(c.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        )}
        {data?.evaluations && (
          <>
            <h2>{formatNumber(data.evaluations.totalCount)} evaluations</h2>
            <TableWrap label="Evaluations">
              <table data-testid="evaluation-list">
                <thead>
                  <tr>
                    <th scope="col">Project</th>
                    <th scope="col">Type</th>
                    <th scope="col">Evaluators</th>
                    {CRITERIA.map((c) => (
                      <th scope="col" key={c} className="num">
                        <abbr title={humanize(c)}>{c.slice(0, 3)}</abbr>
                      </th>
                    ))}
                    <th scope="col">Overall</th>
                  </tr>
                </thead>
                <tbody>
                  {data.evaluations.nodes.map((e) => (
                    <tr key={e.id}>
                      <td>
                        {e.project ? <Link to={`/projects/${encodeURIComponent(e.project.id)}`}>{e.project.title}</Link> : '—'}
                        <div className="muted">
                          {e.id} · {formatDate(e.date)}
                          {e.status === 'DRAFT' ? ' · draft' : ''}
                        </div>
                      </td>
                      <td>{humanize(e.type)}</td>
                      <td>{e.evaluators.map((a) => a.acronym).join(' + ')}</td>
                      {CRITERIA.map((c) => (
                        <td key={c} className="num">
                          {e.ratings.find((r) => r.criterion === c)?.score ?? '—'}
                        </td>
                      ))}
                      <td>
                        <strong>{e.overallRating ?? '—'}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </>
        )}
      </QueryState>
    </>
  );
}
