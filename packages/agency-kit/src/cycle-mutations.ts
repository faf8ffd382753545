/**
 * The writes of the cooperation cycle: the agency's profile, requests for cooperation and
 * their state machine, conversion into a project, monitoring reports and comments, the talent
 * bank, lessons. Same rules as mutations.ts: identity and role checked here, input validated,
 * one transaction with its audit entry, a refused mutation changes nothing.
 */
import { hasRole, type Identity, type Role } from '@ssc/auth';
import {
  ACTIVITY_STATUS,
  type AgencyEntry,
  codeName,
  InputError,
  instantRank,
  nameSortKey,
  parseId,
  REQUEST_TRANSITIONS,
  type RecordKind,
  type RequestStatus,
} from '@ssc/contract';
import { badInput, conflict, forbidden, invalidTransition, notFound, withInput, withInputAsync } from '@ssc/server-kit';
import { sql } from 'kysely';
import { profileToGraph, reportToGraph } from './cycle-mapping.ts';
import { profileOf, reportById } from './cycle-repository.ts';
import type { AuditEntry, Trx } from './mutations.ts';
import { requireRole } from './mutations.ts';
import type { Db, ProjectRow } from './repository.ts';
import type { AgencyContext } from './resolvers.ts';
import {
  type ConversionValues,
  type DeploymentValues,
  type ExpertValues,
  type LessonValues,
  LIMITS,
  notNull,
  type ProfileValues,
  type ProjectValues,
  type ReportValues,
  type RequestValues,
  text,
  validateConversion,
  validateDeployment,
  validateExpert,
  validateLesson,
  validateProfile,
  validateReport,
  validateRequest,
} from './validate.ts';

type Change = Promise<({ id: string; before: unknown; after: unknown } | { id: string; unchanged: true }) & { also?: AuditEntry[] }>;

/** What the cycle's mutations share with the core ones (see agencyMutations). */
export interface WriteKit {
  agency: AgencyEntry;
  db: Db;
  who: (ctx: AgencyContext) => Promise<Identity>;
  audited: (ctx: AgencyContext, action: string, change: (trx: Trx) => Change) => Promise<string>;
  once: (
    trx: Trx,
    identity: Identity,
    key: string | null | undefined,
    action: string,
    create: () => Promise<{ id: string; after: unknown }>,
  ) => Promise<{ id: string; after: unknown; before: null } | { id: string; unchanged: true }>;
  nextId: (trx: Trx, kind: RecordKind, sequence: string) => Promise<string>;
  checkVersion: (what: string, current: number, given: number) => void;
  lockedProject: (trx: Trx, id: string) => Promise<ProjectRow>;
  writeProject: (trx: Trx, id: string, p: ProjectValues & Record<string, unknown>, existing: boolean, identity: Identity) => Promise<void>;
  reload: (
    ctx: AgencyContext,
    loader: 'project' | 'institution' | 'evaluation' | 'request' | 'expert' | 'lesson',
    id: string,
  ) => Promise<unknown>;
  T: (kind: RecordKind) => string;
}

const OFFICERS: Role[] = ['officer', 'admin'];
const REPORTERS: Role[] = ['officer', 'evaluator', 'admin'];

const json = (v: unknown) => JSON.stringify(v);
const orNull = <T>(v: T | null | undefined): T | null => v ?? null;

export function cycleMutations(kit: WriteKit) {
  const { agency, db, who, audited, once, nextId, checkVersion, lockedProject, writeProject, reload, T } = kit;

  /** The caller's agency takes part in the project (or owns it): its side, or a refusal. */
  function sideIn(project: ProjectRow, identity: Identity, roles: Role[], what: string): string {
    const mine = project.participants.find((p) => p.agency_code === identity.agency);
    const side = mine?.role ?? (identity.agency === agency.code ? 'PROVIDER' : null);
    if (!side) {
      const parties = [...new Set([agency.code, ...project.participants.flatMap((p) => (p.agency_code ? [p.agency_code] : []))])];
      throw forbidden(`${what}: only the agencies taking part in ${project.id} (${parties.join(', ')}) may; ${identity.agency} does not`);
    }
    if (!hasRole(identity, ...roles)) throw forbidden(`${what} needs the role ${roles.join(' or ')}`);
    return side;
  }

  async function lockedRequest(trx: Trx, id: string) {
    const row = await trx.selectFrom('cooperation_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw notFound(`${agency.code} has no request for cooperation ${id}`);
    return row;
  }

  async function recordMove(trx: Trx, id: string, from: string | null, to: RequestStatus, identity: Identity, comment: string | null) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from request_transitions where request_id = ${id}`.execute(trx);
    await trx
      .insertInto('request_transitions')
      .values({
        request_id: id,
        position: rows[0]?.n ?? 0,
        from_status: from,
        to_status: to,
        user_id: identity.user,
        agency: identity.agency,
        comment,
      })
      .execute();
  }

  async function ownRecordExists(trx: Trx, table: 'projects' | 'evaluations' | 'institutions', id: string): Promise<boolean> {
    return !!(await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst());
  }

  /** A reference to one of this agency's records must exist; another agency's is checked for form only. */
  async function checkReference(trx: Trx, arg: string, id: string | null | undefined, table: 'projects' | 'evaluations') {
    if (!id || parseId(id)?.agency.code !== agency.code) return;
    if (!(await ownRecordExists(trx, table, id))) throw new InputError(arg, `${arg}: ${agency.code} has no record ${id}`);
  }

  async function writeAvailability(trx: Trx, id: string, windows: { from: string; to: string }[] | null | undefined) {
    await trx.deleteFrom('expert_availability').where('expert_id', '=', id).execute();
    if (windows?.length) {
      await trx
        .insertInto('expert_availability')
        .values(windows.map((w) => ({ expert_id: id, available_from: w.from, available_to: w.to })))
        .execute();
    }
  }

  const expertRow = (x: ExpertValues, user: string) => ({
    name: x.name.trim(),
    sort_name: nameSortKey(x.name),
    nationality: x.nationality,
    sectors: x.sectors,
    languages: [...new Set(x.languages)],
    expertise_summary: orNull(x.expertiseSummary),
    contact: x.contact ? json(x.contact) : null,
    updated_by: user,
  });

  return {
    [`set${agency.typePrefix}AgencyProfile`]: async (_: unknown, a: { version: number; input: ProfileValues }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, ['admin'], "setting the agency's profile");
      withInput(() => validateProfile(a.input));
      await audited(ctx, 'setProfile', async (trx) => {
        const before = await trx.selectFrom('agency_profile').selectAll().forUpdate().executeTakeFirst();
        checkVersion(`${agency.code}'s profile`, before?.version ?? 0, a.version);
        const values = {
          mandate: orNull(a.input.mandate),
          legal_instruments: json(a.input.legalInstruments),
          coordination_mechanisms: json(a.input.coordinationMechanisms),
          focal_points: json(a.input.focalPoints),
          updated_at: new Date(),
          updated_by: identity.user,
          version: (before?.version ?? 0) + 1,
        };
        await trx
          .insertInto('agency_profile')
          .values(values)
          .onConflict((oc) => oc.column('singleton').doUpdateSet(values))
          .execute();
        return { id: `profile:${agency.code}`, before: before ?? null, after: a.input };
      });
      return profileToGraph(agency, await profileOf(db));
    },

    [`submit${T('CooperationRequest')}`]: async (
      _: unknown,
      a: { input: RequestValues; idempotencyKey?: string | null },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      if (!hasRole(identity, ...OFFICERS)) throw forbidden(`submitting a request for cooperation needs the role ${OFFICERS.join(' or ')}`);
      withInput(() => validateRequest(a.input));
      const id = await audited(ctx, 'submitRequest', (trx) =>
        once(trx, identity, a.idempotencyKey, 'submitRequest', async () => {
          const id = await nextId(trx, 'CooperationRequest', 'request_numbers');
          const at = new Date();
          const row = {
            id,
            title: a.input.title.trim(),
            description: orNull(a.input.description),
            sectors: a.input.sectors,
            sdgs: a.input.sdgs ?? [],
            requester_name: a.input.requester.name.trim(),
            requester_country: a.input.requester.country,
            requester_agency: identity.agency === agency.code ? null : identity.agency,
            desired_modality: orNull(a.input.desiredModality),
            contact: a.input.contact ? json(a.input.contact) : null,
            submitted_at: at,
            submitted_rank: instantRank(at),
            submitted_by: identity.user,
            submitted_by_agency: identity.agency,
          };
          await trx.insertInto('cooperation_requests').values(row).execute();
          await recordMove(trx, id, null, 'SUBMITTED', identity, null);
          return { id, after: row };
        }),
      );
      return reload(ctx, 'request', id);
    },

    [`move${T('CooperationRequest')}`]: async (
      _: unknown,
      a: { id: string; version: number; to: RequestStatus; comment?: string | null },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, OFFICERS, 'moving a request for cooperation');
      withInput(() => {
        text('comment', a.comment, LIMITS.comment);
        if (a.to === 'DECLINED' && !a.comment?.trim())
          throw new InputError('comment', 'declining a request needs a comment giving the reason');
      });
      const id = await audited(ctx, 'moveRequest', async (trx) => {
        const before = await lockedRequest(trx, a.id);
        checkVersion(a.id, before.version, a.version);
        const from = before.status as RequestStatus;
        const allowed = REQUEST_TRANSITIONS[from];
        const moves: readonly RequestStatus[] = allowed.filter((s) => s !== 'CONVERTED' && s !== 'WITHDRAWN');
        if (!moves.includes(a.to)) {
          const hint =
            a.to === 'CONVERTED' && allowed.includes('CONVERTED')
              ? `convert it with convert${T('CooperationRequest')}`
              : a.to === 'WITHDRAWN' && allowed.includes('WITHDRAWN')
                ? `only the requesting side withdraws a request (withdraw${T('CooperationRequest')})`
                : `from ${from} it may move to ${moves.join(' or ') || 'nothing: it is closed'}${allowed.includes('CONVERTED') ? ` (or be converted with convert${T('CooperationRequest')})` : ''}`;
          throw invalidTransition(`request ${a.id} is ${from} and may not move to ${a.to}: ${hint}`, { from, to: a.to, allowed: moves });
        }
        await trx
          .updateTable('cooperation_requests')
          .set({
            status: a.to,
            decline_reason: a.to === 'DECLINED' ? (a.comment ?? '').trim() : before.decline_reason,
            updated_at: new Date(),
            version: sql`version + 1`,
          })
          .where('id', '=', a.id)
          .execute();
        await recordMove(trx, a.id, from, a.to, identity, a.comment?.trim() || null);
        return { id: a.id, before: { status: from }, after: { status: a.to, comment: a.comment ?? null } };
      });
      return reload(ctx, 'request', id);
    },

    [`withdraw${T('CooperationRequest')}`]: async (
      _: unknown,
      a: { id: string; version: number; comment?: string | null },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      withInput(() => text('comment', a.comment, LIMITS.comment));
      const id = await audited(ctx, 'withdrawRequest', async (trx) => {
        const before = await lockedRequest(trx, a.id);
        if (identity.agency !== before.submitted_by_agency) {
          throw forbidden(`only ${before.submitted_by_agency}, which submitted ${a.id}, may withdraw it; ${identity.agency} did not`);
        }
        if (!hasRole(identity, ...OFFICERS)) throw forbidden(`withdrawing a request needs the role ${OFFICERS.join(' or ')}`);
        checkVersion(a.id, before.version, a.version);
        const from = before.status as RequestStatus;
        if (!REQUEST_TRANSITIONS[from].includes('WITHDRAWN')) {
          throw invalidTransition(`request ${a.id} is ${from}: only a SUBMITTED or UNDER_APPRAISAL request may be withdrawn`, {
            from,
            to: 'WITHDRAWN',
          });
        }
        await trx
          .updateTable('cooperation_requests')
          .set({ status: 'WITHDRAWN', updated_at: new Date(), version: sql`version + 1` })
          .where('id', '=', a.id)
          .execute();
        await recordMove(trx, a.id, from, 'WITHDRAWN', identity, a.comment?.trim() || null);
        return { id: a.id, before: { status: from }, after: { status: 'WITHDRAWN', comment: a.comment ?? null } };
      });
      return reload(ctx, 'request', id);
    },

    [`convert${T('CooperationRequest')}`]: async (
      _: unknown,
      a: { id: string; version: number; input: ConversionValues },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, OFFICERS, 'converting a request into a project');
      withInput(() => validateConversion(a.input));
      const id = await audited(ctx, 'convertRequest', async (trx) => {
        const request = await lockedRequest(trx, a.id);
        checkVersion(a.id, request.version, a.version);
        if (request.status !== 'ACCEPTED') {
          throw invalidTransition(`request ${a.id} is ${request.status}: only an ACCEPTED request may be converted into a project`, {
            from: request.status,
            to: 'CONVERTED',
          });
        }
        const implementer = a.input.implementingInstitutionId
          ? await trx
              .selectFrom('institutions')
              .select(['id', 'name', 'country_code'])
              .where('id', '=', a.input.implementingInstitutionId)
              .executeTakeFirst()
          : null;
        if (a.input.implementingInstitutionId && !implementer) {
          throw badInput(
            `input.implementingInstitutionId: ${agency.code}'s registry has no institution ${a.input.implementingInstitutionId}`,
            'input.implementingInstitutionId',
          );
        }
        const modality = request.desired_modality ?? 'BILATERAL';
        const project: ProjectValues & Record<string, unknown> = {
          title: a.input.title?.trim() || request.title,
          description: a.input.description ?? request.description,
          status: 'PIPELINE',
          modality,
          collaborationType: modality === 'TRIANGULAR' ? '8' : '1',
          plannedStartDate: a.input.plannedStartDate,
          plannedEndDate: a.input.plannedEndDate,
          recipientCountries: [request.requester_country],
          sectors: request.sectors,
          sdgs: request.sdgs,
          budget: a.input.budget ?? null,
          participants: [
            { role: 'PROVIDER', organisationRole: 'EXTENDING', name: agency.name, country: agency.country, agency: agency.code },
            ...(implementer
              ? [
                  {
                    role: 'PROVIDER',
                    organisationRole: 'IMPLEMENTING',
                    name: implementer.name,
                    country: implementer.country_code,
                    institutionId: implementer.id,
                  },
                ]
              : []),
            {
              role: 'RECIPIENT',
              organisationRole: 'IMPLEMENTING',
              name: request.requester_name,
              country: request.requester_country,
              agency: request.requester_agency,
            },
          ],
        };
        const projectId = await nextId(trx, 'Project', 'project_numbers');
        await writeProject(trx, projectId, project, false, identity);
        await trx.updateTable('projects').set({ request_id: a.id }).where('id', '=', projectId).execute();
        await trx
          .updateTable('cooperation_requests')
          .set({ status: 'CONVERTED', project_id: projectId, updated_at: new Date(), version: sql`version + 1` })
          .where('id', '=', a.id)
          .execute();
        await recordMove(trx, a.id, 'ACCEPTED', 'CONVERTED', identity, `converted into ${projectId}`);
        return {
          id: a.id,
          before: { status: 'ACCEPTED' },
          after: { status: 'CONVERTED', projectId },
          also: [{ action: 'createProject', id: projectId, before: null, after: { ...project, requestId: a.id } }],
        };
      });
      return reload(ctx, 'request', id);
    },

    [`file${agency.typePrefix}MonitoringReport`]: async (
      _: unknown,
      a: { input: ReportValues; idempotencyKey?: string | null },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      withInput(() => {
        validateReport(a.input);
        const today = new Date().toISOString().slice(0, 10);
        if (a.input.periodEnd > today) {
          throw new InputError(
            'input.periodEnd',
            `input.periodEnd (${a.input.periodEnd}) is after today (${today}, UTC): report on periods that have ended`,
          );
        }
      });
      const id = await audited(ctx, 'fileMonitoringReport', async (trx) => {
        if (parseId(a.input.projectId)?.agency.code !== agency.code) {
          throw notFound(`${agency.code} has no project ${a.input.projectId}: file the report with the agency that owns the project`);
        }
        const project = await lockedProject(trx, a.input.projectId);
        const side = sideIn(project, identity, REPORTERS, 'filing a monitoring report');
        if (!['IMPLEMENTATION', 'FINALISATION'].includes(codeName(ACTIVITY_STATUS, project.status))) {
          throw invalidTransition(
            `${project.id} is ${codeName(ACTIVITY_STATUS, project.status)}: monitoring reports are filed for projects in IMPLEMENTATION or FINALISATION`,
          );
        }
        const indicators = new Map(project.results.flatMap((r) => r.indicators.map((i) => [i.ref, i] as const)));
        const progress = withInput(() =>
          a.input.progress.map((x, i) => {
            const indicator = indicators.get(x.indicatorRef);
            if (!indicator) {
              throw new InputError(
                `input.progress[${i}].indicatorRef`,
                `input.progress[${i}].indicatorRef: ${project.id} has no indicator "${x.indicatorRef}" (it has ${[...indicators.keys()].join(', ') || 'none'})`,
              );
            }
            return {
              indicatorRef: x.indicatorRef,
              indicatorTitle: indicator.title,
              baselineValue: indicator.baselineValue,
              targetValue: indicator.targetValue,
              actualValue: x.actualValue,
              comment: x.comment ?? null,
            };
          }),
        );
        return once(trx, identity, a.idempotencyKey, 'fileMonitoringReport', async () => {
          const twin = await trx
            .selectFrom('monitoring_reports')
            .select('id')
            .where('project_id', '=', project.id)
            .where('agency', '=', identity.agency)
            .where('period_start', '=', a.input.periodStart)
            .where('period_end', '=', a.input.periodEnd)
            .executeTakeFirst();
          if (twin) throw conflict(`${identity.agency} already filed ${twin.id} for this period of ${project.id}; comment on it instead`);
          const id = await nextId(trx, 'MonitoringReport', 'report_numbers');
          const row = {
            id,
            project_id: project.id,
            period_start: a.input.periodStart,
            period_end: a.input.periodEnd,
            side,
            agency: identity.agency,
            author: identity.user,
            summary: orNull(a.input.summary),
            progress: json(progress),
            issues: orNull(a.input.issues),
            next_steps: orNull(a.input.nextSteps),
          };
          await trx.insertInto('monitoring_reports').values(row).execute();
          await trx
            .updateTable('projects')
            .set({ last_report_end: sql`greatest(last_report_end, ${a.input.periodEnd}::date)` })
            .where('id', '=', project.id)
            .execute();
          return { id, after: { ...row, progress } };
        });
      });
      ctx.loaders.project.clear(a.input.projectId);
      return reportToGraph((await reportById(db, id)) as NonNullable<Awaited<ReturnType<typeof reportById>>>);
    },

    [`commentOn${agency.typePrefix}MonitoringReport`]: async (_: unknown, a: { id: string; text: string }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      withInput(() => text('text', a.text, LIMITS.comment, true));
      await audited(ctx, 'commentOnMonitoringReport', async (trx) => {
        const report = await trx.selectFrom('monitoring_reports').select(['id', 'project_id']).where('id', '=', a.id).executeTakeFirst();
        if (!report) throw notFound(`${agency.code} has no monitoring report ${a.id}`);
        sideIn(await lockedProject(trx, report.project_id), identity, REPORTERS, 'commenting on a monitoring report');
        const comment = { report_id: a.id, agency: identity.agency, user_id: identity.user, text: a.text.trim() };
        await trx.insertInto('report_comments').values(comment).execute();
        return { id: a.id, before: null, after: comment };
      });
      return reportToGraph((await reportById(db, a.id)) as NonNullable<Awaited<ReturnType<typeof reportById>>>);
    },

    [`create${T('Expert')}`]: async (_: unknown, a: { input: ExpertValues; idempotencyKey?: string | null }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, OFFICERS, 'adding an expert to the talent bank');
      withInput(() => validateExpert(a.input));
      const id = await audited(ctx, 'createExpert', (trx) =>
        once(trx, identity, a.idempotencyKey, 'createExpert', async () => {
          const id = await nextId(trx, 'Expert', 'expert_numbers');
          const row = { id, ...expertRow(a.input, identity.user), created_by: identity.user };
          await trx.insertInto('experts').values(row).execute();
          await writeAvailability(trx, id, a.input.availability);
          return { id, after: a.input };
        }),
      );
      return reload(ctx, 'expert', id);
    },

    [`update${T('Expert')}`]: async (_: unknown, a: { id: string; version: number; patch: Partial<ExpertValues> }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, OFFICERS, 'changing an expert');
      withInput(() => notNull(a.patch, ['name', 'nationality', 'sectors', 'languages']));
      const id = await audited(ctx, 'updateExpert', async (trx) => {
        const row = await trx.selectFrom('experts').selectAll().where('id', '=', a.id).forUpdate().executeTakeFirst();
        if (!row) throw notFound(`${agency.code}'s talent bank has no expert ${a.id}`);
        checkVersion(a.id, row.version, a.version);
        const windows = await trx
          .selectFrom('expert_availability')
          .select(['available_from as from', 'available_to as to'])
          .where('expert_id', '=', a.id)
          .orderBy('available_from')
          .execute();
        const before: ExpertValues = {
          name: row.name,
          nationality: row.nationality,
          sectors: row.sectors,
          languages: row.languages,
          expertiseSummary: row.expertise_summary,
          availability: windows,
          contact: row.contact,
        };
        const patch = Object.fromEntries(Object.entries(a.patch).filter(([, v]) => v !== undefined));
        const after = { ...before, ...patch } as ExpertValues;
        withInput(() => validateExpert(after));
        await trx
          .updateTable('experts')
          .set({ ...expertRow(after, identity.user), updated_at: new Date(), version: sql`version + 1` })
          .where('id', '=', a.id)
          .execute();
        await writeAvailability(trx, a.id, after.availability);
        return { id: a.id, before, after };
      });
      return reload(ctx, 'expert', id);
    },

    [`deploy${T('Expert')}`]: async (_: unknown, a: { id: string; version: number; input: DeploymentValues }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, OFFICERS, 'deploying an expert');
      withInput(() => validateDeployment(a.input));
      const id = await audited(ctx, 'deployExpert', async (trx) => {
        const row = await trx.selectFrom('experts').select(['id', 'version']).where('id', '=', a.id).forUpdate().executeTakeFirst();
        if (!row) throw notFound(`${agency.code}'s talent bank has no expert ${a.id}`);
        checkVersion(a.id, row.version, a.version);
        await withInputAsync(() => checkReference(trx, 'input.projectId', a.input.projectId, 'projects'));
        const clash = await trx
          .selectFrom('expert_deployments')
          .select(['project_id', 'start_date', 'end_date'])
          .where('expert_id', '=', a.id)
          .where('start_date', '<=', a.input.endDate)
          .where('end_date', '>=', a.input.startDate)
          .executeTakeFirst();
        if (clash) {
          throw conflict(
            `${a.id} is already deployed to ${clash.project_id} from ${clash.start_date} to ${clash.end_date}; choose dates outside that deployment`,
          );
        }
        const deployment = {
          expert_id: a.id,
          project_id: a.input.projectId,
          role: a.input.role.trim(),
          start_date: a.input.startDate,
          end_date: a.input.endDate,
          created_by: identity.user,
        };
        await trx.insertInto('expert_deployments').values(deployment).execute();
        await trx
          .updateTable('experts')
          .set({ updated_at: new Date(), updated_by: identity.user, version: sql`version + 1` })
          .where('id', '=', a.id)
          .execute();
        return { id: a.id, before: null, after: deployment };
      });
      return reload(ctx, 'expert', id);
    },

    [`create${T('Lesson')}`]: async (_: unknown, a: { input: LessonValues; idempotencyKey?: string | null }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, REPORTERS, 'noting a lesson');
      withInput(() => validateLesson(a.input));
      const id = await audited(ctx, 'createLesson', async (trx) => {
        await withInputAsync(async () => {
          await checkReference(trx, 'projectId', a.input.projectId, 'projects');
          await checkReference(trx, 'evaluationId', a.input.evaluationId, 'evaluations');
        });
        return once(trx, identity, a.idempotencyKey, 'createLesson', async () => {
          const id = await nextId(trx, 'Lesson', 'lesson_numbers');
          const published = a.input.public ? new Date() : null;
          const row = {
            id,
            title: a.input.title.trim(),
            summary: a.input.summary.trim(),
            project_id: orNull(a.input.projectId),
            evaluation_id: orNull(a.input.evaluationId),
            sectors: a.input.sectors ?? [],
            countries: a.input.countries ?? [],
            public: !!published,
            published_at: published,
            published_rank: instantRank(published),
            created_by: identity.user,
          };
          await trx.insertInto('lessons').values(row).execute();
          return { id, after: row };
        });
      });
      return reload(ctx, 'lesson', id);
    },

    [`publish${T('Lesson')}`]: async (_: unknown, a: { id: string }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, REPORTERS, 'publishing a lesson');
      await audited(ctx, 'publishLesson', async (trx) => {
        const row = await trx
          .selectFrom('lessons')
          .select(['id', 'public', 'published_at'])
          .where('id', '=', a.id)
          .forUpdate()
          .executeTakeFirst();
        if (!row) throw notFound(`${agency.code} has no lesson ${a.id}`);
        if (row.public) throw conflict(`${a.id} was already published on ${row.published_at?.toISOString()}`);
        const at = new Date();
        await trx
          .updateTable('lessons')
          .set({ public: true, published_at: at, published_rank: instantRank(at) })
          .where('id', '=', a.id)
          .execute();
        return { id: a.id, before: { public: false }, after: { public: true, publishedAt: at } };
      });
      return reload(ctx, 'lesson', a.id);
    },
  };
}
