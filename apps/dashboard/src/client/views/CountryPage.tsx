import { useQuery } from '@apollo/client/react';
import { BucketChart } from '../charts/lazy.tsx';
import { graphql } from '../gql/index.ts';
import { Link } from '../router.tsx';
import { formatDate, formatNumber, formatUsd, humanize, QueryState, useTitle } from '../ui.tsx';

export const COUNTRY_PAGE = graphql(`
  query CountryPage($code: String!, $filter: ProjectFilter!, $requests: CooperationRequestFilter!, $lessons: LessonFilter!) {
    country(code: $code) {
      code
      name
      region
      projects(first: 20) {
        totalCount
        nodes {
          id
          title
          status
          startDate
          agency {
            code
            acronym
          }
        }
      }
    }
    projectStats(filter: $filter) {
      count
      budgetUsd
      byAgency {
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
    }
    cooperationRequests(filter: $requests, first: 10) {
      totalCount
      nodes {
        id
        title
        status
        submittedAt
        agency {
          acronym
        }
      }
    }
    lessons(filter: $lessons, first: 10) {
      nodes {
        id
        title
        summary
        agency {
          acronym
        }
      }
    }
  }
`);

export function CountryPage({ code }: { code: string }) {
  const { data, loading, error } = useQuery(COUNTRY_PAGE, {
    variables: { code, filter: { countries: [code] }, requests: { countries: [code] }, lessons: { countries: [code] } },
  });
  const country = data?.country;
  useTitle(country?.name ?? code);
  return (
    <QueryState loading={loading} error={error} hasData={!!data} what="the country">
      {!country ? (
        <p>No country {code}.</p>
      ) : (
        <>
          <h1>{country.name}</h1>
          <p className="muted">{country.region ?? ''}</p>
          {data?.projectStats && (
            <>
              <dl className="figures">
                <div className="figure">
                  <dt>Projects</dt>
                  <dd>{formatNumber(data.projectStats.count)}</dd>
                </div>
                <div className="figure">
                  <dt>Budget (USD equivalent)</dt>
                  <dd>{formatUsd(data.projectStats.budgetUsd)}</dd>
                </div>
              </dl>
              <div className="grid">
                <BucketChart id="c-agency" title="By agency" buckets={data.projectStats.byAgency} />
                <BucketChart id="c-sector" title="By sector" buckets={data.projectStats.bySector} />
              </div>
            </>
          )}
          <h2>Latest projects</h2>
          <p>
            <Link to={`/explorer?country=${code}`}>All {formatNumber(country.projects.totalCount)} projects in the explorer</Link>
          </p>
          <ul>
            {country.projects.nodes.map((p) => (
              <li key={p.id}>
                <Link to={`/projects/${encodeURIComponent(p.id)}`}>{p.title}</Link> ({p.agency.acronym}, {humanize(p.status)},{' '}
                {formatDate(p.startDate)})
              </li>
            ))}
          </ul>
          <h2>Requests for cooperation</h2>
          {data?.cooperationRequests.nodes.length ? (
            <ul>
              {data.cooperationRequests.nodes.map((r) => (
                <li key={r.id}>
                  {r.title} (to {r.agency.acronym}, {humanize(r.status)}, {formatDate(r.submittedAt)})
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None.</p>
          )}
          <h2>Lessons</h2>
          {data?.lessons.nodes.length ? (
            <ul>
              {data.lessons.nodes.map((l) => (
                <li key={l.id}>
                  <strong>{l.title}</strong> ({l.agency.acronym}): {l.summary}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None.</p>
          )}
        </>
      )}
    </QueryState>
  );
}
