import { useQuery } from '@apollo/client/react';
import type { ProjectRecordFragment } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { Link } from '../router.tsx';
import { formatDate, formatMoney, humanize, QueryState, TableWrap, useTitle } from '../ui.tsx';

graphql(`
  fragment ProjectRecord on Project {
    id
    iatiIdentifier
    title
    description
    status
    modality
    startDate
    endDate
    agency {
      code
      acronym
      name
    }
    recipientCountries {
      code
      name
    }
    sectors {
      code
      name
    }
    sdgs {
      goal
      name
    }
    budget {
      amount
      currency
    }
    participants {
      role
      name
      country {
        code
        name
      }
      agency {
        code
        acronym
      }
    }
    results {
      title
      type {
        name
      }
      indicators {
        ref
        title
        baselineYear
        baselineValue
        targetValue
      }
    }
    monitoring {
      nextReportDue
      overdue
      reportCount
    }
    monitoringReports {
      id
      periodStart
      periodEnd
      side
      agency {
        code
        acronym
      }
      author
      summary
      issues
      nextSteps
      progress {
        indicatorRef
        indicatorTitle
        baselineValue
        targetValue
        actualValue
      }
    }
    evaluations(first: 20) {
      nodes {
        id
        type
        date
        status
        agency {
          code
          acronym
        }
        evaluators {
          code
          acronym
        }
        ratings {
          criterion
          score
          narrative
        }
        overallRating
        ruleRating
        signOffs {
          agency {
            code
            acronym
          }
          user
          at
        }
        findings
      }
    }
    experts(first: 20) {
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
        languages {
          code
          name
        }
        deployments {
          role
          startDate
          endDate
          project {
            id
          }
        }
      }
    }
    lessons(first: 20) {
      nodes {
        id
        title
        summary
        public
        publishedAt
        agency {
          code
          acronym
        }
      }
    }
  }
`);

export const PROJECT_PAGE = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...ProjectRecord
      relatedProjects {
        type
        project {
          ...ProjectRecord
        }
      }
    }
  }
`);

const CRITERIA = ['RELEVANCE', 'COHERENCE', 'EFFECTIVENESS', 'EFFICIENCY', 'IMPACT', 'SUSTAINABILITY'] as const;

function Record({ project, relation }: { project: ProjectRecordFragment; relation?: string }) {
  return (
    <article className="panel record" aria-labelledby={`rec-${project.id}`} data-testid={`record-${project.agency.code}`}>
      <h3 id={`rec-${project.id}`}>
        {project.agency.acronym}'s record{' '}
        <span className="muted">
          ({project.id}
          {relation ? `, ${humanize(relation)}` : ''})
        </span>
      </h3>
      <dl className="facts">
        <dt>Title</dt>
        <dd>{project.title}</dd>
        <dt>Status</dt>
        <dd>{humanize(project.status)}</dd>
        <dt>Modality</dt>
        <dd>{humanize(project.modality)}</dd>
        <dt>Dates</dt>
        <dd>
          {formatDate(project.startDate)} – {formatDate(project.endDate)}
        </dd>
        <dt>Budget</dt>
        <dd>{formatMoney(project.budget)}</dd>
        <dt>IATI identifier</dt>
        <dd>{project.iatiIdentifier}</dd>
      </dl>
      <h4>Participants</h4>
      <ul>
        {project.participants.map((p) => (
          <li key={`${p.role}-${p.name}`}>
            <strong>{humanize(p.role)}</strong>: {p.name}
            {p.country ? ` (${p.country.name})` : ''}
            {p.agency ? ` · ${p.agency.acronym}` : ''}
          </li>
        ))}
      </ul>
      <h4>Results and monitoring</h4>
      {project.results.length === 0 ? (
        <p className="muted">No results recorded.</p>
      ) : (
        <ul>
          {project.results.map((r) => (
            <li key={r.title}>
              {r.title} <span className="muted">({r.type.name})</span>
              <ul>
                {r.indicators.map((i) => (
                  <li key={i.ref}>
                    {i.title}: baseline {i.baselineValue ?? '—'}
                    {i.baselineYear ? ` (${i.baselineYear})` : ''}, target {i.targetValue ?? '—'}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p>
        {project.monitoring.reportCount} monitoring report(s); next due {formatDate(project.monitoring.nextReportDue)}
        {project.monitoring.overdue && <strong className="warn"> — overdue</strong>}
      </p>
      {project.monitoringReports.length > 0 && (
        <ol className="timeline" aria-label={`Monitoring timeline of ${project.agency.acronym}'s record`}>
          {project.monitoringReports.map((m) => (
            <li key={m.id}>
              <strong>
                {formatDate(m.periodStart)} – {formatDate(m.periodEnd)}
              </strong>{' '}
              · {humanize(m.side)} side ({m.agency.acronym}, {m.author}){m.summary && <p>{m.summary}</p>}
              {m.progress.length > 0 && (
                <ul>
                  {m.progress.map((p) => (
                    <li key={p.indicatorRef}>
                      {p.indicatorTitle}: {p.actualValue} (baseline {p.baselineValue ?? '—'}, target {p.targetValue ?? '—'})
                    </li>
                  ))}
                </ul>
              )}
              {m.issues && <p>Issues: {m.issues}</p>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

export function ProjectPage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(PROJECT_PAGE, { variables: { id } });
  const project = data?.project;
  useTitle(project?.title ?? id);
  const records: { record: ProjectRecordFragment; relation?: string }[] = project
    ? [
        { record: project },
        // other agencies' records of the same project; the holder's own parents and children are links
        ...project.relatedProjects.flatMap((r) =>
          r.project && r.project.agency.code !== project.agency.code ? [{ record: r.project, relation: r.type }] : [],
        ),
      ]
    : [];
  const related = project?.relatedProjects.filter((r) => r.project && r.project.agency.code === project.agency.code) ?? [];
  const evaluations = [...new Map(records.flatMap((r) => r.record.evaluations.nodes).map((e) => [e.id, e])).values()];
  const experts = [...new Map(records.flatMap((r) => r.record.experts.nodes).map((e) => [e.id, e])).values()];
  const lessons = [...new Map(records.flatMap((r) => r.record.lessons.nodes).map((e) => [e.id, e])).values()];
  return (
    <>
      <p>
        <Link to="/explorer">← Explorer</Link>
      </p>
      <QueryState loading={loading} error={error} hasData={!!project || (!loading && !error)} what="the project">
        {!project ? (
          <p>No agency holds a project {id}.</p>
        ) : (
          <>
            <h1>{project.title}</h1>
            <p className="lead">{project.description}</p>
            <p>
              Recipients:{' '}
              {project.recipientCountries.map((c, i) => (
                <span key={c.code}>
                  {i > 0 && ', '}
                  <Link to={`/countries/${c.code}`}>{c.name}</Link>
                </span>
              ))}{' '}
              · Sectors: {project.sectors.map((s) => s.name).join(', ')} · SDGs: {project.sdgs.map((s) => s.goal).join(', ')}
            </p>
            <h2>Every agency's record</h2>
            <div className="records">
              {records.map((r) => (
                <Record key={r.record.id} project={r.record} relation={r.relation} />
              ))}
            </div>
            {related.length > 0 && (
              <p>
                Related:{' '}
                {related.map((r, i) => (
                  <span key={r.project?.id}>
                    {i > 0 && ', '}
                    {humanize(r.type)} <Link to={`/projects/${encodeURIComponent(r.project?.id ?? '')}`}>{r.project?.title}</Link>
                  </span>
                ))}
              </p>
            )}
            <section aria-labelledby="evaluations-title">
              <h2 id="evaluations-title">Evaluations</h2>
              {evaluations.length === 0 ? (
                <p className="muted">No evaluation you may see.</p>
              ) : (
                <TableWrap label="Evaluations side by side">
                  <table data-testid="evaluations">
                    <caption className="visually-hidden">Evaluations side by side, criterion ratings 1 (low) to 3 (high)</caption>
                    <thead>
                      <tr>
                        <th scope="col">Criterion</th>
                        {evaluations.map((e) => (
                          <th scope="col" key={e.id} data-testid={`evaluation-${e.id}`}>
                            {e.id}
                            <div className="muted">
                              {humanize(e.type)} · {formatDate(e.date)} · {e.status === 'DRAFT' ? 'Draft' : 'Final'}
                            </div>
                            <div className="muted">by {e.evaluators.map((a) => a.acronym).join(' + ')}</div>
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {CRITERIA.map((c) => (
                        <tr key={c}>
                          <th scope="row">{humanize(c)}</th>
                          {evaluations.map((e) => {
                            const rating = e.ratings.find((r) => r.criterion === c);
                            return (
                              <td key={e.id} title={rating?.narrative ?? undefined}>
                                {rating ? `${rating.score} / 3` : '—'}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                      <tr>
                        <th scope="row">Overall rating</th>
                        {evaluations.map((e) => (
                          <td key={e.id}>
                            <strong>{e.overallRating ?? '—'}</strong>
                            {e.ruleRating && e.ruleRating !== e.overallRating ? ` (rule: ${e.ruleRating})` : ''}
                          </td>
                        ))}
                      </tr>
                      <tr>
                        <th scope="row">Sign-offs</th>
                        {evaluations.map((e) => (
                          <td key={e.id}>
                            {e.signOffs.length === 0
                              ? 'none yet'
                              : e.signOffs.map((s) => `${s.agency.acronym} (${s.user}, ${formatDate(s.at)})`).join('; ')}
                          </td>
                        ))}
                      </tr>
                    </tbody>
                  </table>
                </TableWrap>
              )}
            </section>
            <section aria-labelledby="experts-title">
              <h2 id="experts-title">Experts deployed</h2>
              {experts.length === 0 ? (
                <p className="muted">No expert deployed.</p>
              ) : (
                <ul>
                  {experts.map((e) => (
                    <li key={e.id}>
                      {e.name} ({e.agency.acronym}, {e.nationality.name}) · {e.languages.map((l) => l.name).join(', ')}
                      {e.deployments
                        .filter((d) => records.some((r) => r.record.id === d.project?.id))
                        .map((d) => ` · ${d.role} ${formatDate(d.startDate)} – ${formatDate(d.endDate)}`)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="lessons-title">
              <h2 id="lessons-title">Lessons</h2>
              {lessons.length === 0 ? (
                <p className="muted">No lesson you may see.</p>
              ) : (
                <ul>
                  {lessons.map((l) => (
                    <li key={l.id}>
                      <strong>{l.title}</strong> ({l.agency.acronym}
                      {l.public ? '' : ', unpublished'}): {l.summary}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
