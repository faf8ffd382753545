import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.ts';
import { REQUEST_STATUSES, useReference } from '../reference.ts';
import { Link, useSearch } from '../router.tsx';
import { formatDate, formatNumber, humanize, QueryState, useTitle } from '../ui.tsx';

export const REQUESTS = graphql(`
  query Requests($filter: CooperationRequestFilter) {
    cooperationRequests(filter: $filter, first: 200) {
      totalCount
      nodes {
        id
        title
        status
        submittedAt
        desiredModality
        agency {
          code
          acronym
        }
        requester {
          name
          country {
            code
            name
          }
        }
        contact {
          name
          email
        }
        project {
          id
        }
      }
    }
    requestStats(filter: $filter) {
      count
      decided
      medianDaysToDecision
      byStatus {
        key
        count
      }
    }
  }
`);

/** The request pipeline: one column per status, across every provider agency. */
export function Requests() {
  useTitle('Request pipeline');
  const { search, set } = useSearch();
  const agency = search.get('agency') || undefined;
  const country = search.get('country') || undefined;
  const reference = useReference();
  const filter = { agencies: agency ? [agency] : undefined, countries: country ? [country] : undefined };
  const { data, loading, error } = useQuery(REQUESTS, { variables: { filter } });
  const counts = new Map(data?.requestStats?.byStatus.map((b) => [b.key, b.count]));
  return (
    <>
      <h1>Requests for cooperation</h1>
      <form className="row" aria-label="Filter requests" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="r-agency">Provider agency</label>
          <select id="r-agency" value={agency ?? ''} onChange={(e) => set({ agency: e.target.value || undefined })}>
            <option value="">All agencies</option>
            {(reference.data?.agencies ?? []).map((a) => (
              <option key={a.code} value={a.code}>
                {a.acronym}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-country">Requesting country</label>
          <select id="r-country" value={country ?? ''} onChange={(e) => set({ country: e.target.value || undefined })}>
            <option value="">All countries</option>
            {(reference.data?.countries ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryState loading={loading} error={error} hasData={!!data?.cooperationRequests} what="the requests">
        {data?.cooperationRequests && (
          <>
            <p>
              {formatNumber(data.cooperationRequests.totalCount)} requests
              {data.requestStats && (
                <>
                  {' '}
                  · {formatNumber(data.requestStats.decided)} decided
                  {data.requestStats.medianDaysToDecision !== null && data.requestStats.medianDaysToDecision !== undefined
                    ? ` · median ${data.requestStats.medianDaysToDecision.toFixed(0)} days to a decision`
                    : ''}
                </>
              )}
              {data.cooperationRequests.totalCount > data.cooperationRequests.nodes.length &&
                ` (the ${data.cooperationRequests.nodes.length} newest shown)`}
            </p>
            <div className="board">
              {REQUEST_STATUSES.map((status) => {
                const cards = data.cooperationRequests.nodes.filter((r) => r.status === status);
                return (
                  <section key={status} className="column" aria-labelledby={`col-${status}`}>
                    <h2 id={`col-${status}`}>
                      {humanize(status)} <span className="muted">({formatNumber(counts.get(status) ?? cards.length)})</span>
                    </h2>
                    <ul className="card-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {cards.map((r) => (
                        <li key={r.id} className="card">
                          <strong>{r.title}</strong>
                          <div className="muted">
                            {r.requester.name} ({r.requester.country.name}) → {r.agency.acronym}
                          </div>
                          <div className="muted">
                            {formatDate(r.submittedAt)}
                            {r.desiredModality ? ` · ${humanize(r.desiredModality)}` : ''}
                          </div>
                          {r.contact && (
                            <div data-testid="contact">
                              Contact: {r.contact.name} {r.contact.email}
                            </div>
                          )}
                          {r.project && <Link to={`/projects/${encodeURIComponent(r.project.id)}`}>Project {r.project.id}</Link>}
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
