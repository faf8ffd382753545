/**
 * The writes of an agency subgraph, each born with its rules: the caller's identity is
 * required and checked here (never trusted from the gateway), the input is validated, the
 * change runs in one transaction with its audit-log entry, and a refused mutation changes
 * nothing. Creating mutations take an idempotency key so that clients may retry safely.
 */
import { hasRole, type Identity, REGISTRY_PATH, type RegistryAnswer, type RegistryClient, ROLES, type Role } from '@ssc/auth';
import {
  ACTIVITY_STATUS,
  type AgencyEntry,
  codeName,
  InputError,
  MAX_PAGE_SIZE,
  makeId,
  nameSortKey,
  ORGANISATION_ROLE,
  overallRating,
  RELATED_ACTIVITY_TYPE,
  type RecordKind,
} from '@ssc/contract';
import {
  badInput,
  conflict,
  ErrorCode,
  forbidden,
  graphqlError,
  invalidTransition,
  notFound,
  type Route,
  routeAnswer,
  unauthenticated,
  withInput,
  withInputAsync,
} from '@ssc/server-kit';
import { importJWK, type JWK } from 'jose';
import { sql, type Transaction } from 'kysely';
import type { AgencyExtension } from './agency.ts';
import { cycleMutations, type WriteKit } from './cycle-mutations.ts';
import { projectRecord } from './derive.ts';
import { type CountCache, type Db, type ProjectRow, projectsByIds } from './repository.ts';
import type { AgencyContext } from './resolvers.ts';
import type { AgencyDatabase } from './tables.ts';
import {
  type EvaluationValues,
  type InstitutionValues,
  LIMITS,
  notNull,
  type ProjectValues,
  text,
  validateEvaluation,
  validateInstitution,
  validateProject,
} from './validate.ts';

export type Trx = Transaction<AgencyDatabase>;
type Input = Record<string, unknown>;
/** One entry of the audit log: the record changed, and its state before and after. */
export type AuditEntry = { action: string; id: string; before: unknown; after: unknown };

const WRITERS: Record<'institution' | 'project' | 'evaluation', Role[]> = {
  institution: ['officer', 'admin'],
  project: ['officer', 'admin'],
  evaluation: ['evaluator', 'admin'],
};

export function requireIdentity(ctx: AgencyContext): Identity {
  if (!ctx.identity) throw unauthenticated('this mutation needs a bearer token (Authorization: Bearer <token>)');
  return ctx.identity;
}

/** The caller must belong to `agency` and hold one of `roles`. */
export function requireRole(identity: Identity, agency: string, roles: Role[], what: string): void {
  if (identity.agency !== agency) {
    throw forbidden(`${what}: a user of ${identity.agency} may not do this at ${agency}; only ${agency}'s ${roles.join(' or ')} may`);
  }
  if (!hasRole(identity, ...roles))
    throw forbidden(`${what} needs the role ${roles.join(' or ')}; the token has ${identity.roles.join(', ') || 'none'}`);
}

/** The states of a project under way or done: reached only with the recipient side's confirmation. */
const UNDER_WAY: ReadonlySet<string> = new Set(['IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'SUSPENDED']);

/** A stored project in the shape of the project input (what a patch is applied to). */
function projectValues(row: ProjectRow, columns: AgencyExtension['projectColumns']): ProjectValues & Input {
  const values: ProjectValues & Input = {
    title: row.title,
    description: row.description,
    status: codeName(ACTIVITY_STATUS, row.status),
    modality: row.modality,
    collaborationType: row.collaboration_type,
    plannedStartDate: row.planned_start,
    plannedEndDate: row.planned_end,
    actualStartDate: row.actual_start,
    actualEndDate: row.actual_end,
    recipientCountries: row.recipient_countries,
    sectors: row.sectors,
    sdgs: row.sdgs,
    budget: row.budget_amount == null ? null : { amount: row.budget_amount, currency: row.budget_currency as string },
    participants: row.participants.map((p) => ({
      role: p.role,
      organisationRole: codeName(ORGANISATION_ROLE, p.organisation_role),
      name: p.name,
      country: p.country_code,
      institutionId: p.institution_id,
      agency: p.agency_code,
    })),
    relatedProjects: row.relations.map((r) => ({ type: codeName(RELATED_ACTIVITY_TYPE, r.type), id: r.related_id })),
    results: row.results,
    reportingIntervalMonths: row.reporting_interval_months,
  };
  for (const [field, { column }] of Object.entries(columns ?? {})) values[field] = row[column];
  return values;
}

/**
 * What a registry says of the caller, resolved once per request when its context is made: the
 * entry of its home agency's registry when that registry lists the user (its roles replace the
 * token's, and `active: false` means the user may do nothing), or `unconfirmed` when the home
 * registry of a partner's user could not be asked or did not answer (fail closed). Null: an
 * anonymous caller, or a user its home registry does not list (the token's roles hold).
 */
export type RegistryEntry =
  | { readonly status: 'listed'; readonly agency: string; readonly roles: readonly Role[]; readonly active: boolean }
  | { readonly status: 'unconfirmed'; readonly agency: string; readonly reason: string }
  | null;

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/** This agency's own entry of one of its users, from its `agency_users`. */
async function ownEntry(db: Db, user: string) {
  const row = await db.selectFrom('agency_users').select(['roles', 'active']).where('user_id', '=', user).executeTakeFirst();
  return row ? { roles: row.roles.filter(isRole), active: row.active } : null;
}

/**
 * The caller's registry entry: this agency's own table for its own users; for a partner's user,
 * the word of the user's home registry (`registries`, cached there for REGISTRY_CACHE_MS), asked
 * with the caller's own Authorization header.
 */
export async function registryEntry(
  agency: AgencyEntry,
  db: Db,
  identity: Identity | null,
  registries: RegistryClient,
  authorization: string | undefined,
): Promise<RegistryEntry> {
  if (!identity) return null;
  if (identity.agency === agency.code) {
    const own = await ownEntry(db, identity.user);
    return own && { status: 'listed', agency: agency.code, ...own };
  }
  const word = await registries.lookup(identity, authorization);
  if (!word.confirmed) return { status: 'unconfirmed', agency: word.agency, reason: word.reason };
  return word.listed ? { status: 'listed', agency: word.agency, roles: word.roles, active: word.active } : null;
}

/**
 * `GET /registry/self`: this agency's word on the calling user, for its partners. The caller
 * sends its own token of this agency; a partner asks with it (see @ssc/auth's registry client).
 */
export function registrySelf(agency: AgencyEntry, db: Db): Route {
  const refusal = (status: number, code: string, message: string) => routeAnswer(status, { errors: [{ message, extensions: { code } }] });
  return async ({ identity }) => {
    if (!identity) {
      return refusal(401, 'UNAUTHENTICATED', `${REGISTRY_PATH} needs the bearer token of a user of ${agency.code}, about whom it answers`);
    }
    if (identity.agency !== agency.code) {
      return refusal(
        403,
        'FORBIDDEN',
        `${agency.code}'s registry answers only for ${agency.code}'s own users; a user of ${identity.agency} is answered for by ${identity.agency}'s registry`,
      );
    }
    const own = await ownEntry(db, identity.user);
    const answer: RegistryAnswer = {
      agency: agency.code,
      user: identity.user,
      listed: own !== null,
      active: own?.active ?? true,
      roles: own ? own.roles : [...identity.roles],
    };
    return answer;
  };
}

/**
 * The caller as this agency sees it, by the same rules for its own users and for its partners':
 * the home registry's roles (when it lists the user) replace the token's; a deactivated user may
 * do nothing (FORBIDDEN); a partner's user whose home registry could not confirm it may write
 * nothing either (UNAUTHENTICATED: the token alone is not enough here, as if there were none).
 */
export function effectiveIdentity(agency: AgencyEntry, ctx: AgencyContext): Identity {
  const identity = requireIdentity(ctx);
  const entry = ctx.registry;
  if (!entry) return identity;
  if (entry.status === 'unconfirmed') {
    throw graphqlError(
      ErrorCode.UNAUTHENTICATED,
      `${entry.agency}'s registry could not confirm user ${identity.user} (${entry.reason}); ${agency.code} accepts no writes by ${entry.agency}'s users until it can`,
      { registry: entry.agency },
    );
  }
  if (!entry.active) {
    throw graphqlError(ErrorCode.FORBIDDEN, `user ${identity.user} is deactivated in ${entry.agency}'s registry`, {
      registry: entry.agency,
    });
  }
  return { ...identity, roles: entry.roles };
}

/**
 * The caller as reads see it: a user whom its home registry lists as deactivated, or whom it
 * could not confirm, reads as an anonymous caller (no drafts, no contacts, no unpublished
 * lessons), whatever its token says.
 */
export const readerIdentity = (identity: Identity | null, registry: RegistryEntry): Identity | null =>
  registry && (registry.status === 'unconfirmed' || !registry.active) ? null : identity;

export function agencyMutations(agency: AgencyEntry, db: Db, extension: AgencyExtension, counts: CountCache) {
  const columns = extension.projectColumns ?? {};
  const who = async (ctx: AgencyContext) => effectiveIdentity(agency, ctx);

  /** Runs `change` in a transaction and writes its audit-log entry in the same one. */
  async function audited(
    ctx: AgencyContext,
    action: string,
    change: (
      trx: Trx,
    ) => Promise<({ id: string; before: unknown; after: unknown } | { id: string; unchanged: true }) & { also?: AuditEntry[] }>,
  ) {
    const identity = requireIdentity(ctx);
    const id = await db.transaction().execute(async (trx) => {
      const result = await change(trx);
      if (!('unchanged' in result)) {
        const entries: AuditEntry[] = [{ action, id: result.id, before: result.before, after: result.after }, ...(result.also ?? [])];
        await trx
          .insertInto('audit_log')
          .values(
            entries.map((e) => ({
              actor_user: identity.user,
              actor_agency: identity.agency,
              request_id: ctx.requestId,
              client_request_id: ctx.clientRequestId,
              action: e.action,
              record_id: e.id,
              before: e.before === null ? null : JSON.stringify(e.before),
              after: JSON.stringify(e.after),
            })),
          )
          .execute();
      }
      return result.id;
    });
    // totals may have changed
    counts.clear();
    return id;
  }

  /**
   * Creates a record once per idempotency key: a retry returns the record the first call
   * made. Concurrent calls with one key wait on its row, so only one creates.
   */
  async function once(
    trx: Trx,
    identity: Identity,
    key: string | null | undefined,
    action: string,
    create: () => Promise<{ id: string; after: unknown }>,
  ) {
    if (key == null) return { ...(await create()), before: null };
    withInput(() => text('idempotencyKey', key, LIMITS.idempotencyKey, true));
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({ agency: identity.agency, user_id: identity.user, key, action, record_id: '' })
      .onConflict((oc) => oc.columns(['agency', 'user_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const earlier = await trx
        .selectFrom('idempotency_keys')
        .select(['action', 'record_id'])
        .where('agency', '=', identity.agency)
        .where('user_id', '=', identity.user)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (earlier.action !== action)
        throw conflict(`idempotencyKey "${key}" was used for ${earlier.action}; use a new key`, { argument: 'idempotencyKey' });
      return { id: earlier.record_id, unchanged: true as const };
    }
    const made = await create();
    await trx
      .updateTable('idempotency_keys')
      .set({ record_id: made.id })
      .where('agency', '=', identity.agency)
      .where('user_id', '=', identity.user)
      .where('key', '=', key)
      .execute();
    return { ...made, before: null };
  }

  async function nextId(trx: Trx, kind: RecordKind, sequence: string): Promise<string> {
    const { rows } = await sql<{ n: number }>`select nextval(${sequence})::int as n`.execute(trx);
    return makeId(agency, kind, rows[0]?.n as number);
  }

  /** Institutions named by participants must be in this agency's registry; returns their IATI ids. */
  async function institutionIatiIds(trx: Trx, participants: ProjectValues['participants']): Promise<Map<string, string | null>> {
    const ids = [...new Set(participants.flatMap((p) => (p.institutionId ? [p.institutionId] : [])))];
    const found = ids.length ? await trx.selectFrom('institutions').select(['id', 'iati_identifier']).where('id', 'in', ids).execute() : [];
    const byId = new Map(found.map((r) => [r.id, r.iati_identifier]));
    participants.forEach((p, i) => {
      if (p.institutionId && !byId.has(p.institutionId)) {
        throw new InputError(
          `participants[${i}].institutionId`,
          `participants[${i}].institutionId: ${agency.code}'s registry has no institution ${p.institutionId}`,
        );
      }
    });
    return byId;
  }

  function extraColumns(input: Input): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [field, { column, values }] of Object.entries(columns)) {
      const v = input[field];
      if (v == null) continue;
      if (!values.includes(String(v))) throw new InputError(field, `${field}: "${String(v)}" is not one of ${values.join(', ')}`);
      out[column] = v;
    }
    return out;
  }

  /** Writes a project's row, participants and relations (replacing them on update). */
  async function writeProject(trx: Trx, id: string, p: ProjectValues & Input, existing: boolean, identity: Identity): Promise<void> {
    withInput(() => validateProject(p, id));
    const extra = withInput(() => extraColumns(p));
    const iatiIds = await withInputAsync(() => institutionIatiIds(trx, p.participants));
    const record = projectRecord(id, p, (id) => iatiIds.get(id));
    const row = { ...record.row, updated_by: identity.user, ...extra };
    if (existing) {
      await trx
        .updateTable('projects')
        .set({ ...row, updated_at: new Date(), version: sql`version + 1` })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('project_participants').where('project_id', '=', id).execute();
      await trx.deleteFrom('project_relations').where('project_id', '=', id).execute();
    } else {
      await trx
        .insertInto('projects')
        .values({ ...row, id, iati_identifier: `${agency.iatiOrgId}-${id}`, created_by: identity.user })
        .execute();
    }
    if (record.participants.length) await trx.insertInto('project_participants').values(record.participants).execute();
    if (record.relations.length) await trx.insertInto('project_relations').values(record.relations).execute();
  }

  async function lockedProject(trx: Trx, id: string): Promise<ProjectRow> {
    await sql`select 1 from projects where id = ${id} for update`.execute(trx);
    const [row] = await projectsByIds(trx as unknown as Db, [id]);
    if (!row) throw notFound(`${agency.code} has no project ${id}`);
    return row;
  }

  const checkVersion = (what: string, current: number, given: number) => {
    if (current !== given)
      throw conflict(
        `${what} was changed since you read it (version ${given}; it is now ${current}): read it again and reapply your change`,
        { currentVersion: current },
      );
  };

  const reload = async (
    ctx: AgencyContext,
    loader: 'project' | 'institution' | 'evaluation' | 'request' | 'expert' | 'lesson',
    id: string,
  ) => {
    ctx.loaders[loader].clear(id);
    return ctx.loaders[loader].load(id);
  };

  const T = (kind: RecordKind) => `${agency.typePrefix}${kind}`;

  /**
   * Participatory design: the recipient side agrees to the design before the project gets under
   * way. Until a project is under way (IMPLEMENTATION, FINALISATION, CLOSED, SUSPENDED), a
   * recipient agency that has not confirmed stays in it (it cannot be removed or given another
   * role), and the project may get under way only once every recipient agency has confirmed. A
   * recipient agency added to a project already under way confirms afterwards.
   */
  function checkRecipientSide(p: ProjectValues, before: ProjectRow | null): void {
    const recipients = (participants: { role: string; agency?: string | null }[]) => [
      ...new Set(participants.filter((x) => x.role === 'RECIPIENT' && x.agency).map((x) => x.agency as string)),
    ];
    if (before && UNDER_WAY.has(codeName(ACTIVITY_STATUS, before.status))) return;
    const earlier = before ? recipients(before.participants.map((x) => ({ role: x.role, agency: x.agency_code }))) : [];
    const now = recipients(p.participants);
    const confirmed = new Set((before?.confirmations ?? []).map((c) => c.agency));
    const dropped = earlier.filter((r) => !now.includes(r) && !confirmed.has(r));
    if (before && dropped.length) {
      throw invalidTransition(
        `${before.id}: ${dropped.join(', ')} ${dropped.length > 1 ? 'are recipients' : 'is a recipient'} that has not confirmed its participation: ` +
          'it stays a RECIPIENT in the design until it confirms (the project may be CANCELLED meanwhile)',
        { unconfirmedRecipients: dropped },
      );
    }
    const missing = now.filter((r) => !confirmed.has(r));
    if (UNDER_WAY.has(p.status) && missing.length) {
      throw invalidTransition(
        `${before ? before.id : 'a new project'} may not be ${p.status} before its recipient side has confirmed its participation: ` +
          `waiting for ${missing.join(', ')} (confirm${T('Project')}Participation)`,
        { waitingFor: missing },
      );
    }
  }

  type EvaluationInput = EvaluationValues & { overallRating?: string | null; overallRatingJustification?: string | null };

  /**
   * Checks an evaluation (a new one, or a draft after a patch): its fields, that this agency is
   * among the evaluators, and that an overall rating departing from the rule is justified.
   * Returns the rule's rating.
   */
  function checkEvaluation(e: EvaluationInput): string | null {
    withInput(() => validateEvaluation(e));
    const scores = Object.fromEntries(e.ratings.map((r) => [r.criterion, r.score]));
    const rule = e.ratings.length ? overallRating(scores) : null;
    withInput(() => {
      text('overallRatingJustification', e.overallRatingJustification, LIMITS.comment);
      if (e.overallRating && e.overallRating !== rule && !e.overallRatingJustification?.trim()) {
        throw new InputError(
          'overallRatingJustification',
          `overallRating ${e.overallRating} departs from the rule's ${rule ?? '(no ratings to apply it to)'}: give overallRatingJustification, or leave overallRating out`,
        );
      }
    });
    if (!e.evaluators.includes(agency.code)) {
      throw badInput(`evaluators must include ${agency.code}, the agency that holds the evaluation`, 'evaluators');
    }
    return rule;
  }

  /** The justification is kept only while the overall rating departs from the rule. */
  const justification = (e: EvaluationInput, rule: string | null) =>
    e.overallRating && e.overallRating !== rule ? e.overallRatingJustification?.trim() || null : null;

  async function writeRatings(trx: Trx, id: string, ratings: EvaluationValues['ratings']): Promise<void> {
    if (!ratings.length) return;
    await trx
      .insertInto('evaluation_ratings')
      .values(ratings.map((r) => ({ evaluation_id: id, criterion: r.criterion, score: r.score, narrative: r.narrative ?? null })))
      .execute();
  }

  const kit: WriteKit = { agency, db, who, audited, once, nextId, checkVersion, lockedProject, writeProject, reload, T };

  return {
    ...cycleMutations(kit),
    [`create${T('Institution')}`]: async (
      _: unknown,
      a: { input: InstitutionValues; idempotencyKey?: string | null },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, WRITERS.institution, 'registering an institution');
      withInput(() => validateInstitution(a.input));
      const id = await audited(ctx, 'createInstitution', (trx) =>
        once(trx, identity, a.idempotencyKey, 'createInstitution', async () => {
          const id = await nextId(trx, 'Institution', 'institution_numbers');
          const row = {
            id,
            name: a.input.name.trim(),
            sort_name: nameSortKey(a.input.name),
            acronym: a.input.acronym ?? null,
            country_code: a.input.country ?? null,
            organisation_type: a.input.organisationType,
            iati_identifier: a.input.iatiIdentifier ?? null,
            created_by: identity.user,
            updated_by: identity.user,
          };
          await trx.insertInto('institutions').values(row).execute();
          return { id, after: row };
        }),
      );
      return reload(ctx, 'institution', id);
    },

    [`update${T('Institution')}`]: async (
      _: unknown,
      a: { id: string; version: number; patch: Partial<InstitutionValues> },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, WRITERS.institution, 'changing an institution');
      const id = await audited(ctx, 'updateInstitution', async (trx) => {
        const before = await trx.selectFrom('institutions').selectAll().where('id', '=', a.id).forUpdate().executeTakeFirst();
        if (!before) throw notFound(`${agency.code} has no institution ${a.id}`);
        checkVersion(a.id, before.version, a.version);
        const merged: InstitutionValues = {
          name: a.patch.name ?? before.name,
          acronym: a.patch.acronym === undefined ? before.acronym : a.patch.acronym,
          country: a.patch.country === undefined ? before.country_code : a.patch.country,
          organisationType: a.patch.organisationType ?? before.organisation_type,
          iatiIdentifier: a.patch.iatiIdentifier === undefined ? before.iati_identifier : a.patch.iatiIdentifier,
        };
        withInput(() => validateInstitution(merged));
        const after = {
          name: merged.name.trim(),
          sort_name: nameSortKey(merged.name),
          acronym: merged.acronym ?? null,
          country_code: merged.country ?? null,
          organisation_type: merged.organisationType,
          iati_identifier: merged.iatiIdentifier ?? null,
          updated_by: identity.user,
        };
        await trx
          .updateTable('institutions')
          .set({ ...after, updated_at: new Date(), version: sql`version + 1` })
          .where('id', '=', a.id)
          .execute();
        return { id: a.id, before, after };
      });
      return reload(ctx, 'institution', id);
    },

    [`create${T('Project')}`]: async (
      _: unknown,
      a: { input: ProjectValues & Input; idempotencyKey?: string | null },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, WRITERS.project, 'creating a project');
      withInput(() => validateProject(a.input));
      checkRecipientSide(a.input, null);
      const id = await audited(ctx, 'createProject', (trx) =>
        once(trx, identity, a.idempotencyKey, 'createProject', async () => {
          const id = await nextId(trx, 'Project', 'project_numbers');
          await writeProject(trx, id, a.input, false, identity);
          return { id, after: a.input };
        }),
      );
      return reload(ctx, 'project', id);
    },

    [`update${T('Project')}`]: async (
      _: unknown,
      a: { id: string; version: number; patch: Partial<ProjectValues> & Input },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, WRITERS.project, 'changing a project');
      withInput(() =>
        notNull(a.patch, ['title', 'status', 'modality', 'recipientCountries', 'sectors', 'sdgs', 'participants', ...Object.keys(columns)]),
      );
      const id = await audited(ctx, 'updateProject', async (trx) => {
        const current = await lockedProject(trx, a.id);
        checkVersion(a.id, current.version, a.version);
        const before = projectValues(current, columns);
        const patch = Object.fromEntries(Object.entries(a.patch).filter(([, v]) => v !== undefined));
        const after = { ...before, ...patch } as ProjectValues & Input;
        withInput(() => validateProject(after, a.id));
        checkRecipientSide(after, current);
        await writeProject(trx, a.id, after, true, identity);
        return { id: a.id, before, after };
      });
      return reload(ctx, 'project', id);
    },

    [`confirm${T('Project')}Participation`]: async (_: unknown, a: { id: string; comment?: string | null }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      withInput(() => text('comment', a.comment, LIMITS.comment));
      const id = await audited(ctx, 'confirmParticipation', async (trx) => {
        const project = await lockedProject(trx, a.id);
        const recipients = project.participants.filter((p) => p.role === 'RECIPIENT' && p.agency_code).map((p) => p.agency_code as string);
        if (!recipients.includes(identity.agency)) {
          throw forbidden(
            `only a recipient agency of ${a.id} may confirm its participation (${recipients.join(', ') || 'it names none'}); ${identity.agency} is not one`,
          );
        }
        if (!hasRole(identity, 'officer', 'admin')) throw forbidden('confirming participation needs the role officer or admin');
        const done = await trx
          .insertInto('project_confirmations')
          .values({ project_id: a.id, agency: identity.agency, user_id: identity.user, comment: a.comment ?? null })
          .onConflict((oc) => oc.columns(['project_id', 'agency']).doNothing())
          .returning('agency')
          .executeTakeFirst();
        if (!done) throw conflict(`${identity.agency} has already confirmed its participation in ${a.id}`);
        return { id: a.id, before: null, after: { confirmedBy: identity.agency, user: identity.user, comment: a.comment ?? null } };
      });
      return reload(ctx, 'project', id);
    },

    [`create${T('Evaluation')}`]: async (_: unknown, a: { input: EvaluationInput; idempotencyKey?: string | null }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, WRITERS.evaluation, 'opening an evaluation');
      const rule = checkEvaluation(a.input);
      const id = await audited(ctx, 'createEvaluation', (trx) =>
        once(trx, identity, a.idempotencyKey, 'createEvaluation', async () => {
          const id = await nextId(trx, 'Evaluation', 'evaluation_numbers');
          const row = {
            id,
            project_id: a.input.projectId,
            type: a.input.type,
            date: a.input.date,
            evaluators: a.input.evaluators,
            overall_rating: a.input.overallRating ?? rule,
            overall_rating_justification: justification(a.input, rule),
            findings: a.input.findings ?? null,
            lessons: a.input.lessons ?? null,
            recommendations: a.input.recommendations ?? null,
            report_url: a.input.reportUrl ?? null,
            status: 'DRAFT',
            created_by: identity.user,
            updated_by: identity.user,
          };
          await trx.insertInto('evaluations').values(row).execute();
          await writeRatings(trx, id, a.input.ratings);
          return { id, after: { ...row, ratings: a.input.ratings } };
        }),
      );
      return reload(ctx, 'evaluation', id);
    },

    [`update${T('Evaluation')}`]: async (
      _: unknown,
      a: { id: string; version: number; patch: Partial<EvaluationInput> },
      ctx: AgencyContext,
    ) => {
      const identity = await who(ctx);
      withInput(() => notNull(a.patch, ['type', 'date', 'evaluators', 'ratings']));
      if (a.patch.evaluators !== undefined && identity.agency !== agency.code) {
        throw forbidden(`only ${agency.code}, which holds the evaluation, may change its evaluators`);
      }
      const id = await audited(ctx, 'updateEvaluation', async (trx) => {
        const row = await trx.selectFrom('evaluations').selectAll().where('id', '=', a.id).forUpdate().executeTakeFirst();
        // a draft is invisible to others: to them it does not exist
        if (!row || (row.status === 'DRAFT' && !row.evaluators.includes(identity.agency))) {
          throw notFound(`${agency.code} has no evaluation ${a.id} that you may see`);
        }
        if (!row.evaluators.includes(identity.agency)) {
          throw forbidden(`only the evaluating agencies of ${a.id} (${row.evaluators.join(', ')}) may revise it`);
        }
        if (!hasRole(identity, 'evaluator', 'admin')) throw forbidden('revising an evaluation needs the role evaluator or admin');
        checkVersion(a.id, row.version, a.version);
        if (row.status !== 'DRAFT') {
          throw invalidTransition(`${a.id} is FINAL: every party signed it off, so it is no longer revised`, { from: row.status });
        }
        const ratings = await trx
          .selectFrom('evaluation_ratings')
          .select(['criterion', 'score', 'narrative'])
          .where('evaluation_id', '=', a.id)
          .execute();
        const before: EvaluationInput = {
          projectId: row.project_id,
          type: row.type,
          date: row.date,
          evaluators: row.evaluators,
          ratings,
          overallRating: row.overall_rating,
          overallRatingJustification: row.overall_rating_justification,
          findings: row.findings,
          lessons: row.lessons,
          recommendations: row.recommendations,
          reportUrl: row.report_url,
        };
        const patch = Object.fromEntries(Object.entries(a.patch).filter(([, v]) => v !== undefined));
        // new scores re-apply the rule unless the patch names its own overall rating
        const after = {
          ...before,
          ...(a.patch.ratings && a.patch.overallRating === undefined ? { overallRating: null, overallRatingJustification: null } : {}),
          ...patch,
        } as EvaluationInput;
        const rule = checkEvaluation(after);
        const stored = {
          type: after.type,
          date: after.date,
          evaluators: after.evaluators,
          overall_rating: after.overallRating ?? rule,
          overall_rating_justification: justification(after, rule),
          findings: after.findings ?? null,
          lessons: after.lessons ?? null,
          recommendations: after.recommendations ?? null,
          report_url: after.reportUrl ?? null,
        };
        const ratingsOf = (rs: EvaluationValues['ratings']) =>
          JSON.stringify([...rs].map((r) => [r.criterion, r.score, r.narrative ?? null]).sort());
        const same =
          ratingsOf(before.ratings) === ratingsOf(after.ratings) &&
          JSON.stringify([
            row.type,
            row.date,
            row.evaluators,
            row.overall_rating,
            row.overall_rating_justification,
            row.findings,
            row.lessons,
            row.recommendations,
            row.report_url,
          ]) ===
            JSON.stringify([
              stored.type,
              stored.date,
              stored.evaluators,
              stored.overall_rating,
              stored.overall_rating_justification,
              stored.findings,
              stored.lessons,
              stored.recommendations,
              stored.report_url,
            ]);
        // nothing to revise: the sign-offs stand
        if (same) return { id: a.id, unchanged: true as const };
        await trx
          .updateTable('evaluations')
          .set({ ...stored, updated_at: new Date(), updated_by: identity.user, version: sql`version + 1` })
          .where('id', '=', a.id)
          .execute();
        await trx.deleteFrom('evaluation_ratings').where('evaluation_id', '=', a.id).execute();
        await writeRatings(trx, a.id, after.ratings);
        // the parties signed what they read: a revision asks each of them again
        const cleared = await trx.deleteFrom('evaluation_signoffs').where('evaluation_id', '=', a.id).returning('agency').execute();
        return { id: a.id, before, after: { ...stored, ratings: after.ratings, signOffsCleared: cleared.map((c) => c.agency) } };
      });
      return reload(ctx, 'evaluation', id);
    },

    [`signOff${T('Evaluation')}`]: async (_: unknown, a: { id: string; version: number }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      const id = await audited(ctx, 'signOffEvaluation', async (trx) => {
        const evaluation = await trx
          .selectFrom('evaluations')
          .select(['id', 'evaluators', 'status', 'version'])
          .where('id', '=', a.id)
          .forUpdate()
          .executeTakeFirst();
        // a draft is invisible to others: to them it does not exist
        if (!evaluation || (evaluation.status === 'DRAFT' && !evaluation.evaluators.includes(identity.agency))) {
          throw notFound(`${agency.code} has no evaluation ${a.id} that you may see`);
        }
        if (!evaluation.evaluators.includes(identity.agency)) {
          throw forbidden(`only the evaluating agencies of ${a.id} (${evaluation.evaluators.join(', ')}) may sign it off`);
        }
        if (!hasRole(identity, 'evaluator', 'admin')) throw forbidden('signing off an evaluation needs the role evaluator or admin');
        // a party signs the text it read: a revision since then asks it to read again
        checkVersion(a.id, evaluation.version, a.version);
        const signed = await trx
          .insertInto('evaluation_signoffs')
          .values({ evaluation_id: a.id, agency: identity.agency, user_id: identity.user })
          .onConflict((oc) => oc.columns(['evaluation_id', 'agency']).doNothing())
          .returning('agency')
          .executeTakeFirst();
        if (!signed) throw conflict(`${identity.agency} has already signed off ${a.id}`);
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from evaluation_signoffs where evaluation_id = ${a.id}`.execute(
          trx,
        );
        const final = (rows[0]?.n ?? 0) >= evaluation.evaluators.length;
        if (final) {
          await trx
            .updateTable('evaluations')
            .set({ status: 'FINAL', updated_at: new Date(), updated_by: identity.user, version: sql`version + 1` })
            .where('id', '=', a.id)
            .execute();
        }
        return {
          id: a.id,
          before: { status: evaluation.status },
          after: { signedOffBy: identity.agency, status: final ? 'FINAL' : evaluation.status },
        };
      });
      return reload(ctx, 'evaluation', id);
    },

    [`set${agency.typePrefix}User`]: async (_: unknown, a: { user: string; roles: string[]; active: boolean }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, ['admin'], "managing the agency's users");
      const roles = [...new Set(a.roles.map((r) => r.toLowerCase()))];
      withInput(() => {
        text('user', a.user, 200, true);
        if (a.user === identity.user && (!a.active || !roles.includes('admin'))) {
          throw new InputError('user', 'an admin may not deactivate themselves or drop their own admin role; ask another admin');
        }
      });
      await audited(ctx, 'setUser', async (trx) => {
        const before = await trx.selectFrom('agency_users').selectAll().where('user_id', '=', a.user).forUpdate().executeTakeFirst();
        const after = { user_id: a.user, roles, active: a.active, updated_by: identity.user };
        await trx
          .insertInto('agency_users')
          .values(after)
          .onConflict((oc) =>
            oc.column('user_id').doUpdateSet({ roles, active: a.active, updated_by: identity.user, updated_at: new Date() }),
          )
          .execute();
        return { id: `user:${a.user}`, before: before ?? null, after };
      });
      const row = await db.selectFrom('agency_users').selectAll().where('user_id', '=', a.user).executeTakeFirstOrThrow();
      return userGraph(row);
    },

    [`add${agency.typePrefix}SigningKey`]: async (_: unknown, a: { jwk: string }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, ['admin'], "managing the agency's signing keys");
      const jwk = await withInputAsync(() => publicJwk(a.jwk));
      await audited(ctx, 'addSigningKey', async (trx) => {
        const added = await trx
          .insertInto('signing_keys')
          .values({ kid: jwk.kid as string, jwk: JSON.stringify(jwk), added_by: identity.user })
          .onConflict((oc) => oc.column('kid').doNothing())
          .returning('kid')
          .executeTakeFirst();
        if (!added) throw conflict(`${agency.code} already has a key ${jwk.kid}; keys are never reused: choose a new kid`);
        return { id: `key:${jwk.kid}`, before: null, after: jwk };
      });
      return keyGraph(
        await db
          .selectFrom('signing_keys')
          .selectAll()
          .where('kid', '=', jwk.kid as string)
          .executeTakeFirstOrThrow(),
      );
    },

    [`retire${agency.typePrefix}SigningKey`]: async (_: unknown, a: { kid: string }, ctx: AgencyContext) => {
      const identity = await who(ctx);
      requireRole(identity, agency.code, ['admin'], "managing the agency's signing keys");
      await audited(ctx, 'retireSigningKey', async (trx) => {
        const key = await trx.selectFrom('signing_keys').selectAll().where('kid', '=', a.kid).forUpdate().executeTakeFirst();
        if (!key) throw notFound(`${agency.code} has no signing key ${a.kid}`);
        if (key.retired_at) throw conflict(`key ${a.kid} was already retired on ${key.retired_at.toISOString()}`);
        await trx.updateTable('signing_keys').set({ retired_at: new Date() }).where('kid', '=', a.kid).execute();
        return { id: `key:${a.kid}`, before: { retiredAt: null }, after: { retiredAt: 'now' } };
      });
      return keyGraph(await db.selectFrom('signing_keys').selectAll().where('kid', '=', a.kid).executeTakeFirstOrThrow());
    },
  };
}

const userGraph = (r: { user_id: string; roles: string[]; active: boolean; updated_at: Date }) => ({
  user: r.user_id,
  roles: r.roles.map((x) => x.toUpperCase()),
  active: r.active,
  updatedAt: r.updated_at,
});

const keyGraph = (r: { kid: string; jwk: Record<string, unknown>; added_at: Date; retired_at: Date | null }) => ({
  kid: r.kid,
  jwk: JSON.stringify(r.jwk),
  addedAt: r.added_at,
  retiredAt: r.retired_at,
});

const PRIVATE_PARTS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/** A public signing key from its JSON: a kid, no private part, and a key that jose can import. */
async function publicJwk(text: string): Promise<JWK> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new InputError('jwk', 'jwk is not JSON: pass a public JWK such as {"kty":"EC","crv":"P-256","x":...,"y":...,"kid":...}');
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new InputError('jwk', 'jwk must be a JSON object');
  if (typeof jwk.kid !== 'string' || !/^[\w.:-]{1,200}$/.test(jwk.kid))
    throw new InputError('jwk', 'jwk needs a kid of 1-200 letters, digits, ".", ":", "_" or "-"');
  if (PRIVATE_PARTS.some((p) => p in jwk))
    throw new InputError('jwk', 'jwk holds a private part: publish the public key only, never the private one');
  if (!['EC', 'OKP', 'RSA'].includes(String(jwk.kty))) throw new InputError('jwk', 'jwk.kty must be EC, OKP or RSA');
  const alg = jwk.alg ?? (jwk.kty === 'EC' ? 'ES256' : jwk.kty === 'OKP' ? 'EdDSA' : 'RS256');
  try {
    await importJWK(jwk, alg);
  } catch (e) {
    throw new InputError('jwk', `jwk is not a usable ${alg} key: ${(e as Error).message}`);
  }
  return { ...jwk, alg, use: 'sig' };
}

/** The agency's current public keys, as a JWKS. */
export async function agencyJwks(db: Db): Promise<{ keys: Record<string, unknown>[] }> {
  const rows = await db.selectFrom('signing_keys').select('jwk').where('retired_at', 'is', null).orderBy('added_at').execute();
  return { keys: rows.map((r) => r.jwk) };
}

export function usersResolver(agency: AgencyEntry, db: Db) {
  return async (_: unknown, __: unknown, ctx: AgencyContext) => {
    const identity = effectiveIdentity(agency, ctx);
    requireRole(identity, agency.code, ['admin'], "reading the agency's users");
    return (await db.selectFrom('agency_users').selectAll().orderBy('user_id').execute()).map(userGraph);
  };
}

export function signingKeysResolver(db: Db) {
  return async () => (await db.selectFrom('signing_keys').selectAll().orderBy('added_at').execute()).map(keyGraph);
}

/** The agency's audit log, for its own admins only. */
export function auditLogResolver(agency: AgencyEntry, db: Db) {
  return async (_: unknown, a: { recordId?: string | null; first?: number | null; after?: string | null }, ctx: AgencyContext) => {
    const identity = effectiveIdentity(agency, ctx);
    requireRole(identity, agency.code, ['admin'], 'reading the audit log');
    const first = withInput(() => {
      const n = a.first ?? 50;
      if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) throw new InputError('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
      return n;
    });
    const decoded = a.after ? Buffer.from(a.after, 'base64url').toString('utf8') : null;
    if (decoded !== null && !/^\d{1,15}$/.test(decoded)) throw badInput('after is not a cursor this list gave out', 'after');
    const afterId = decoded === null ? null : Number(decoded);
    let q = db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(first + 1);
    if (a.recordId) q = q.where('record_id', '=', a.recordId);
    if (afterId !== null) q = q.where('id', '<', afterId);
    const rows = await q.execute();
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page.map((r) => ({
        id: String(r.id),
        at: r.at,
        user: r.actor_user,
        agency: r.actor_agency,
        requestId: r.request_id,
        clientRequestId: r.client_request_id,
        action: r.action,
        recordId: r.record_id,
        before: r.before == null ? null : JSON.stringify(r.before),
        after: r.after == null ? null : JSON.stringify(r.after),
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? Buffer.from(String(last.id)).toString('base64url') : null },
    };
  };
}
