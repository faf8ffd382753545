import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { graphql } from '../gql/index.ts';
import { useReference } from '../reference.ts';
import { useSearch } from '../router.tsx';
import { formatDate, formatNumber, QueryState, TableWrap, useTitle } from '../ui.tsx';

export const EXPERTS = graphql(`
  query Experts($filter: ExpertFilter, $after: String) {
    experts(filter: $filter, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        agency {
          code
          acronym
        }
        nationality {
          code
          name
        }
        sectors {
          code
          name
        }
        languages {
          code
          name
        }
        expertiseSummary
        availability {
          from
          to
        }
        contact {
          name
          email
        }
      }
    }
  }
`);

/** The talent bank: every agency's experts, by sector, language and free dates. */
export function Experts() {
  useTitle('Talent bank');
  const { search, set } = useSearch();
  const reference = useReference();
  const [text, setText] = useState(search.get('q') ?? '');
  // the address wins: back, forward and "clear all filters" reset the search box too
  const q = search.get('q') ?? '';
  useEffect(() => setText(q), [q]);
  const value = (k: string) => search.get(k) || undefined;
  const filter = {
    sectors: value('sector') ? [value('sector') as string] : undefined,
    languages: value('lang') ? [value('lang') as string] : undefined,
    availableFrom: value('from'),
    availableTo: value('to') ?? (value('from') ? value('from') : undefined),
    text: value('q'),
  };
  const { data, loading, error } = useQuery(EXPERTS, { variables: { filter, after: value('after') } });
  const change = (changes: Record<string, string | undefined>) => set({ ...changes, after: undefined });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change({ q: text.trim() || undefined });
  };
  return (
    <>
      <h1>Talent bank</h1>
      <search className="filters" aria-label="Search experts">
        <form onSubmit={submit}>
          <div className="grid">
            <div>
              <label htmlFor="x-q">Expertise</label>
              <div className="row">
                <input id="x-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
                <button type="submit">Search</button>
              </div>
            </div>
            <div>
              <label htmlFor="x-sector">Sector</label>
              <select id="x-sector" value={value('sector') ?? ''} onChange={(e) => change({ sector: e.target.value || undefined })}>
                <option value="">All sectors</option>
                {(reference.data?.sectors ?? []).map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.code} {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="x-lang">Language (ISO 639-1)</label>
              <select id="x-lang" value={value('lang') ?? ''} onChange={(e) => change({ lang: e.target.value || undefined })}>
                <option value="">Any language</option>
                {['en', 'es', 'fr', 'pt', 'ja', 'id', 'ar'].map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="x-from">Available from</label>
              <input id="x-from" type="date" value={value('from') ?? ''} onChange={(e) => change({ from: e.target.value || undefined })} />
              <label htmlFor="x-to">Available until</label>
              <input id="x-to" type="date" value={value('to') ?? ''} onChange={(e) => change({ to: e.target.value || undefined })} />
            </div>
          </div>
        </form>
      </search>
      <QueryState loading={loading} error={error} hasData={!!data?.experts} what="the experts">
        {data?.experts && (
          <>
            <h2 aria-live="polite">{formatNumber(data.experts.totalCount)} experts</h2>
            <TableWrap label="Experts">
              <table data-testid="expert-list">
                <thead>
                  <tr>
                    <th scope="col">Expert</th>
                    <th scope="col">Agency</th>
                    <th scope="col">Sectors</th>
                    <th scope="col">Languages</th>
                    <th scope="col">Available</th>
                  </tr>
                </thead>
                <tbody>
                  {data.experts.nodes.map((x) => (
                    <tr key={x.id}>
                      <td>
                        <strong>{x.name}</strong> ({x.nationality.name})<div className="muted">{x.expertiseSummary}</div>
                        {x.contact && (
                          <div data-testid="contact">Contact: {[x.contact.name, x.contact.email].filter(Boolean).join(', ')}</div>
                        )}
                      </td>
                      <td>{x.agency.acronym}</td>
                      <td>{x.sectors.map((s) => s.name).join(', ')}</td>
                      <td>{x.languages.map((l) => l.code).join(', ')}</td>
                      <td>
                        {x.availability.map((w) => (
                          <div key={w.from}>
                            {formatDate(w.from)} – {formatDate(w.to)}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <nav className="pager" aria-label="Pages">
              {value('after') && (
                <button type="button" onClick={() => set({ after: undefined })}>
                  First page
                </button>
              )}
              {data.experts.pageInfo.hasNextPage && data.experts.pageInfo.endCursor && (
                <button type="button" onClick={() => set({ after: data.experts.pageInfo.endCursor ?? undefined })}>
                  Next page
                </button>
              )}
            </nav>
          </>
        )}
      </QueryState>
    </>
  );
}
