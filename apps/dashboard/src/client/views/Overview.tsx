import { useQuery } from '@apollo/client/react';
import { BucketChart, FlowMap } from '../charts/lazy.tsx';
import { graphql } from '../gql/index.ts';
import { Link } from '../router.tsx';
import { Disclosure, formatNumber, formatUsd, QueryState, TableWrap, useTitle } from '../ui.tsx';

export const OVERVIEW = graphql(`
  query Overview {
    projectStats {
      count
      budgetUsd
      budgets {
        currency
        amount
      }
      byAgency {
        key
        label
        count
        budgetUsd
      }
      byCountry {
        key
        label
        count
        budgetUsd
      }
      bySector {
        key
        label
        count
        budgetUsd
      }
      bySdg {
        key
        label
        count
        budgetUsd
      }
      byStatus {
        key
        label
        count
        budgetUsd
      }
      byModality {
        key
        label
        count
        budgetUsd
      }
      byStartYear {
        key
        label
        count
        budgetUsd
      }
      flows {
        provider {
          code
          name
        }
        recipient {
          code
          name
        }
        count
        budgetUsd
      }
    }
    evaluationStats {
      count
    }
    requestStats {
      count
    }
    expertStats {
      count
    }
  }
`);

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

export function Overview() {
  useTitle('Overview');
  const { data, loading, error } = useQuery(OVERVIEW);
  const stats = data?.projectStats;
  if (stats && !performance.getEntriesByName('ssc:overview-data').length) performance.mark('ssc:overview-data');
  return (
    <>
      <h1>South-South Cooperation across agencies</h1>
      <QueryState loading={loading} error={error} hasData={!!stats} what="the overview">
        {stats && (
          <div data-testid="overview-ready">
            <section aria-labelledby="figures-title">
              <h2 id="figures-title" className="visually-hidden">
                Key figures
              </h2>
              <dl className="figures">
                <Figure label="Projects" value={formatNumber(stats.count)} testId="figure-projects" />
                <Figure label="Budget (USD equivalent)" value={formatUsd(stats.budgetUsd)} testId="figure-budget" />
                <Figure label="Recipient countries" value={formatNumber(stats.byCountry.length)} testId="figure-countries" />
                <Figure label="Provider → recipient flows" value={formatNumber(stats.flows.length)} testId="figure-flows" />
                <Figure label="Evaluations" value={formatNumber(data?.evaluationStats.count ?? 0)} testId="figure-evaluations" />
                <Figure label="Requests for cooperation" value={formatNumber(data?.requestStats.count ?? 0)} testId="figure-requests" />
                <Figure label="Experts in talent banks" value={formatNumber(data?.expertStats.count ?? 0)} testId="figure-experts" />
              </dl>
            </section>
            <section className="panel" aria-labelledby="flows-title">
              <h2 id="flows-title">Who cooperates with whom</h2>
              <p className="hint">One line per provider → recipient pair; thicker lines carry more projects.</p>
              <FlowMap flows={stats.flows} />
              <Disclosure summary="Flows as a table">
                {() => (
                  <>
                    <TableWrap label="Flows">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">Provider</th>
                            <th scope="col">Recipient</th>
                            <th scope="col" className="num">
                              Projects
                            </th>
                            <th scope="col" className="num">
                              Budget (USD)
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {stats.flows.map((f) => (
                            <tr key={`${f.provider.code}-${f.recipient.code}`}>
                              <td>{f.provider.name}</td>
                              <td>
                                <Link to={`/countries/${f.recipient.code}`}>{f.recipient.name}</Link>
                              </td>
                              <td className="num">{formatNumber(f.count)}</td>
                              <td className="num">{formatUsd(f.budgetUsd)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableWrap>
                  </>
                )}
              </Disclosure>
            </section>
            <h2>Projects by</h2>
            <div className="grid">
              <BucketChart id="by-sector" title="By sector" buckets={stats.bySector} />
              <BucketChart id="by-sdg" title="By SDG" buckets={stats.bySdg} />
              <BucketChart id="by-agency" title="By agency" buckets={stats.byAgency} />
              <BucketChart id="by-modality" title="By modality" buckets={stats.byModality} />
              <BucketChart id="by-status" title="By status" buckets={stats.byStatus} />
              <BucketChart id="by-year" title="By start year" buckets={stats.byStartYear} vertical />
            </div>
          </div>
        )}
      </QueryState>
    </>
  );
}
