import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import type { ActivityStatus, Modality, ProjectFilter } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { MODALITIES, STATUSES, useReference } from '../reference.ts';
import { Link, useSearch } from '../router.tsx';
import { formatDate, formatMoney, formatNumber, humanize, QueryState, TableWrap, useTitle } from '../ui.tsx';

export const PAGE_SIZE = 20;

export const EXPLORER = graphql(`
  query Explorer($filter: ProjectFilter, $first: Int!, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        modality
        startDate
        endDate
        agency {
          code
          acronym
        }
        recipientCountries {
          code
          name
        }
        sectors {
          code
          name
        }
        budget {
          amount
          currency
        }
      }
    }
  }
`);

const CSV_PAGE = graphql(`
  query ExplorerCsv($filter: ProjectFilter, $first: Int!, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        iatiIdentifier
        title
        status
        modality
        startDate
        endDate
        agency {
          code
        }
        recipientCountries {
          code
        }
        sectors {
          code
        }
        sdgs {
          goal
        }
        budget {
          amount
          currency
        }
      }
    }
  }
`);

/** The project filter the address describes (`?agency=ABC&country=MZ&status=CLOSED&q=rice&from=2015-01-01`). */
export function filterFromSearch(search: URLSearchParams): ProjectFilter {
  const list = (key: string) => {
    const values = search.getAll(key).filter(Boolean);
    return values.length ? values : undefined;
  };
  const sdgs = list('sdg')
    ?.map(Number)
    .filter((n) => Number.isInteger(n));
  return {
    agencies: list('agency'),
    countries: list('country'),
    sectors: list('sector'),
    sdgs: sdgs?.length ? sdgs : undefined,
    statuses: list('status') as ActivityStatus[] | undefined,
    modalities: list('modality') as Modality[] | undefined,
    text: search.get('q') || undefined,
    startsFrom: search.get('from') || undefined,
    startsTo: search.get('to') || undefined,
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function Checkboxes({
  legend,
  name,
  options,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={selected.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Explorer() {
  useTitle('Explorer');
  const { search, set } = useSearch();
  const filter = filterFromSearch(search);
  const after = search.get('after') || undefined;
  const reference = useReference();
  const { data, loading, error } = useQuery(EXPLORER, { variables: { filter, first: PAGE_SIZE, after } });
  const client = useApolloClient();
  const [csvState, setCsvState] = useState<string>('');
  const [text, setText] = useState(search.get('q') ?? '');
  // the address wins: back, forward and "clear all filters" reset the search box too
  const q = search.get('q') ?? '';
  useEffect(() => setText(q), [q]);
  // a filter change goes back to the first page
  const change = (changes: Record<string, string | string[] | undefined>) => set({ ...changes, after: undefined });

  const downloadCsv = async () => {
    setCsvState('Preparing the CSV…');
    const rows: string[] = [
      'id,iati_identifier,agency,title,status,modality,start_date,end_date,recipient_countries,sectors,sdgs,budget_amount,budget_currency',
    ];
    let cursor: string | undefined;
    try {
      for (;;) {
        const page = await client.query({ query: CSV_PAGE, variables: { filter, first: 500, after: cursor }, fetchPolicy: 'network-only' });
        const projects = page.data?.projects;
        if (!projects) throw new Error(page.error?.message ?? 'no answer');
        for (const p of projects.nodes)
          rows.push(
            [
              p.id,
              p.iatiIdentifier,
              p.agency.code,
              p.title,
              p.status,
              p.modality,
              p.startDate,
              p.endDate,
              p.recipientCountries.map((c) => c.code).join(' '),
              p.sectors.map((s) => s.code).join(' '),
              p.sdgs.map((s) => s.goal).join(' '),
              p.budget?.amount,
              p.budget?.currency,
            ]
              .map(csvCell)
              .join(','),
          );
        if (!projects.pageInfo.hasNextPage || !projects.pageInfo.endCursor) break;
        cursor = projects.pageInfo.endCursor;
      }
      const url = URL.createObjectURL(new Blob([`${rows.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'ssc-projects.csv';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setCsvState(`Downloaded ${rows.length - 1} projects.`);
    } catch (err) {
      setCsvState(`The CSV could not be made: ${(err as Error).message}`);
    }
  };

  const ref = reference.data;
  const submitText = (e: FormEvent) => {
    e.preventDefault();
    change({ q: text.trim() || undefined });
  };
  const projects = data?.projects;
  return (
    <>
      <h1>Project explorer</h1>
      <div className="explorer">
        <aside className="filters" aria-label="Filters">
          <search>
            <form onSubmit={submitText}>
              <label htmlFor="q">Search titles and descriptions</label>
              <div className="row">
                <input id="q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
                <button type="submit">Search</button>
              </div>
            </form>
          </search>
          <Checkboxes
            legend="Agency"
            name="agency"
            options={(ref?.agencies ?? []).map((a) => ({ value: a.code, label: a.acronym }))}
            selected={search.getAll('agency')}
            onChange={(v) => change({ agency: v })}
          />
          <label htmlFor="f-country">Recipient country</label>
          <select id="f-country" value={search.get('country') ?? ''} onChange={(e) => change({ country: e.target.value || undefined })}>
            <option value="">All countries</option>
            {(ref?.countries ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor="f-sector">Sector</label>
          <select id="f-sector" value={search.get('sector') ?? ''} onChange={(e) => change({ sector: e.target.value || undefined })}>
            <option value="">All sectors</option>
            {(ref?.sectors ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
          <label htmlFor="f-sdg">Sustainable Development Goal</label>
          <select id="f-sdg" value={search.get('sdg') ?? ''} onChange={(e) => change({ sdg: e.target.value || undefined })}>
            <option value="">All goals</option>
            {(ref?.sdgGoals ?? []).map((g) => (
              <option key={g.goal} value={String(g.goal)}>
                {g.goal}. {g.name}
              </option>
            ))}
          </select>
          <Checkboxes
            legend="Status"
            name="status"
            options={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
            selected={search.getAll('status')}
            onChange={(v) => change({ status: v })}
          />
          <Checkboxes
            legend="Modality"
            name="modality"
            options={MODALITIES.map((s) => ({ value: s, label: humanize(s) }))}
            selected={search.getAll('modality')}
            onChange={(v) => change({ modality: v })}
          />
          <label htmlFor="f-from">Starts on or after</label>
          <input id="f-from" type="date" value={search.get('from') ?? ''} onChange={(e) => change({ from: e.target.value || undefined })} />
          <label htmlFor="f-to">Starts on or before</label>
          <input id="f-to" type="date" value={search.get('to') ?? ''} onChange={(e) => change({ to: e.target.value || undefined })} />
          <p>
            <Link to="/explorer">Clear all filters</Link>
          </p>
        </aside>
        <section className="results" aria-labelledby="results-title">
          <div className="results-head">
            <h2 id="results-title" aria-live="polite">
              {projects ? (
                <>
                  <span data-testid="total">{formatNumber(projects.totalCount)}</span> projects
                </>
              ) : (
                'Projects'
              )}
            </h2>
            <button type="button" onClick={() => void downloadCsv()}>
              Download CSV
            </button>
          </div>
          {csvState && (
            <p role="status" className="hint">
              {csvState}
            </p>
          )}
          <QueryState loading={loading} error={error} hasData={!!projects} what="projects">
            {projects && (
              <>
                <TableWrap label="Projects">
                  <table data-testid="project-table">
                    <thead>
                      <tr>
                        <th scope="col">Project</th>
                        <th scope="col">Agency</th>
                        <th scope="col">Recipients</th>
                        <th scope="col">Status</th>
                        <th scope="col">Start</th>
                        <th scope="col" className="num">
                          Budget
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {projects.nodes.map((p) => (
                        <tr key={p.id}>
                          <td>
                            <Link to={`/projects/${encodeURIComponent(p.id)}`}>{p.title}</Link>
                            <div className="muted">
                              {p.id} · {humanize(p.modality)}
                            </div>
                          </td>
                          <td>{p.agency.acronym}</td>
                          <td>
                            {p.recipientCountries.map((c, i) => (
                              <span key={c.code}>
                                {i > 0 && ', '}
                                <Link to={`/countries/${c.code}`}>{c.name}</Link>
                              </span>
                            ))}
                          </td>
                          <td>{humanize(p.status)}</td>
                          <td>{formatDate(p.startDate)}</td>
                          <td className="num">{formatMoney(p.budget)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
                <nav className="pager" aria-label="Pages">
                  {after && (
                    <button type="button" onClick={() => set({ after: undefined })}>
                      First page
                    </button>
                  )}
                  {projects.pageInfo.hasNextPage && projects.pageInfo.endCursor && (
                    <button type="button" onClick={() => set({ after: projects.pageInfo.endCursor ?? undefined })}>
                      Next page
                    </button>
                  )}
                </nav>
              </>
            )}
          </QueryState>
        </section>
      </div>
    </>
  );
}
