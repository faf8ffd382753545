/**
 * The rules of joint monitoring: the participating agencies file reports on ended periods of a
 * project in implementation (once per period and agency), with progress on its indicators, and
 * comment on each other's.
 */
import { hasRole, type Identity, type Role } from '@ssc/auth';
import { ACTIVITY_STATUS, type AgencyEntry, codeName, InputError, parseId } from '@ssc/contract';
import { Conflict, Forbidden, InvalidTransition, NotFound } from '../../errors.ts';
import type { Actor } from '../../unit-of-work.ts';
import { jsonTranslations, LIMITS, progressComment, type ReportValues, text, validateReport } from '../../validate.ts';
import { type Deps, json, orNull } from '../common.ts';
import { noteReportedPeriod, type ProjectRow } from '../projects/repository.ts';
import { lockedProject } from '../projects/service.ts';
import { insertComments, insertReport, reportForPeriod, reportProject } from './repository.ts';

const REPORTERS: Role[] = ['officer', 'evaluator', 'admin'];

/** The caller's agency takes part in the project (or owns it): its side, or a refusal. */
function sideIn(agency: AgencyEntry, project: ProjectRow, identity: Identity, roles: Role[], what: string): string {
  const mine = project.participants.find((p) => p.agency_code === identity.agency);
  const side = mine?.role ?? (identity.agency === agency.code ? 'PROVIDER' : null);
  if (!side) {
    const parties = [...new Set([agency.code, ...project.participants.flatMap((p) => (p.agency_code ? [p.agency_code] : []))])];
    throw new Forbidden(`${what}: only the agencies taking part in ${project.id} (${parties.join(', ')}) may; ${identity.agency} does not`);
  }
  if (!hasRole(identity, ...roles)) throw new Forbidden(`${what} needs the role ${roles.join(' or ')}`);
  return side;
}

export async function fileReport(
  { agency, uow }: Deps,
  actor: Actor,
  input: ReportValues,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { identity } = actor;
  validateReport(input);
  const today = new Date().toISOString().slice(0, 10);
  if (input.periodEnd > today) {
    throw new InputError(
      'input.periodEnd',
      `input.periodEnd (${input.periodEnd}) is after today (${today}, UTC): report on periods that have ended`,
    );
  }
  return uow.run(actor, 'fileMonitoringReport', async ({ trx, once, nextId }) => {
    if (parseId(input.projectId)?.agency.code !== agency.code) {
      throw new NotFound(`${agency.code} has no project ${input.projectId}: file the report with the agency that owns the project`);
    }
    const project = await lockedProject(agency, trx, input.projectId);
    const side = sideIn(agency, project, identity, REPORTERS, 'filing a monitoring report');
    if (!['IMPLEMENTATION', 'FINALISATION'].includes(codeName(ACTIVITY_STATUS, project.status))) {
      throw new InvalidTransition(
        `${project.id} is ${codeName(ACTIVITY_STATUS, project.status)}: monitoring reports are filed for projects in IMPLEMENTATION or FINALISATION`,
      );
    }
    const indicators = new Map(project.results.flatMap((r) => r.indicators.map((i) => [i.ref, i] as const)));
    const progress = input.progress.map((x, i) => {
      const indicator = indicators.get(x.indicatorRef);
      if (!indicator) {
        throw new InputError(
          `input.progress[${i}].indicatorRef`,
          `input.progress[${i}].indicatorRef: ${project.id} has no indicator "${x.indicatorRef}" (it has ${[...indicators.keys()].join(', ') || 'none'})`,
        );
      }
      // a comment's translations are in other languages than the project's own
      progressComment(`input.progress[${i}]`, x.comment, x.commentTranslations, project.language);
      return {
        indicatorRef: x.indicatorRef,
        indicatorTitle: indicator.title,
        indicatorTitleTranslations: indicator.titleTranslations,
        baselineValue: indicator.baselineValue,
        targetValue: indicator.targetValue,
        actualValue: x.actualValue,
        comment: x.comment ?? null,
        commentTranslations: jsonTranslations(x.commentTranslations),
      };
    });
    return once(idempotencyKey, async () => {
      const twin = await reportForPeriod(trx, {
        projectId: project.id,
        agency: identity.agency,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
      });
      if (twin) throw new Conflict(`${identity.agency} already filed ${twin.id} for this period of ${project.id}; comment on it instead`);
      const id = await nextId('MonitoringReport', 'report_numbers');
      const row = {
        id,
        project_id: project.id,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        side,
        agency: identity.agency,
        author: identity.user,
        summary: orNull(input.summary),
        progress: json(progress),
        issues: orNull(input.issues),
        next_steps: orNull(input.nextSteps),
      };
      await insertReport(trx, row);
      await noteReportedPeriod(trx, project.id, input.periodEnd);
      return { id, after: { ...row, progress } };
    });
  });
}

export async function commentOnReport({ agency, uow }: Deps, actor: Actor, a: { id: string; text: string }): Promise<string> {
  const { identity } = actor;
  text('text', a.text, LIMITS.comment, true);
  return uow.run(actor, 'commentOnMonitoringReport', async ({ trx }) => {
    const report = await reportProject(trx, a.id);
    if (!report) throw new NotFound(`${agency.code} has no monitoring report ${a.id}`);
    sideIn(agency, await lockedProject(agency, trx, report.project_id), identity, REPORTERS, 'commenting on a monitoring report');
    const comment = { report_id: a.id, agency: identity.agency, user_id: identity.user, text: a.text.trim() };
    await insertComments(trx, [comment]);
    return { id: a.id, before: null, after: comment };
  });
}
