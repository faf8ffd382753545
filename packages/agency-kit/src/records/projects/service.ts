/**
 * The rules of the agency's projects: who writes them, their validation, participatory design
 * (the recipient side confirms before a project gets under way), version-checked updates.
 */
import { hasRole, type Identity, type Role } from '@ssc/auth';
import {
  ACTIVITY_STATUS,
  type AgencyEntry,
  agencyNames,
  codeName,
  InputError,
  ORGANISATION_ROLE,
  type Own,
  RELATED_ACTIVITY_TYPE,
} from '@ssc/contract';
import { projectRecord } from '../../derive.ts';
import { Conflict, Forbidden, InvalidTransition, NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Trx } from '../../query.ts';
import type { Actor } from '../../unit-of-work.ts';
import { LIMITS, notNull, type ProjectValues, text, validateProject } from '../../validate.ts';
import { checkVersion, type Deps, defined, type Input, type ProjectColumns } from '../common.ts';
import { institutionIatiIds } from '../institutions/repository.ts';
import {
  insertConfirmation,
  insertParticipants,
  insertProject,
  insertRelations,
  lockProject,
  type ProjectRow,
  updateProject,
} from './repository.ts';

const WRITERS: Role[] = ['officer', 'admin'];

/** The states of a project under way or done: reached only with the recipient side's confirmation. */
const UNDER_WAY: ReadonlySet<string> = new Set(['IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'SUSPENDED']);

/** A stored project in the shape of the project input (what a patch is applied to). */
export function projectValues(row: ProjectRow, columns: ProjectColumns): ProjectValues & Input {
  const values: ProjectValues & Input = {
    title: row.title,
    description: row.description,
    language: row.language,
    narratives: row.narratives,
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
      nameTranslations: p.name_translations,
      country: p.country_code,
      institutionId: p.institution_id,
      agency: p.agency_code,
    })),
    relatedProjects: row.relations.map((r) => ({ type: codeName(RELATED_ACTIVITY_TYPE, r.type), id: r.related_id })),
    results: row.results,
    reportingIntervalMonths: row.reporting_interval_months,
  };
  for (const [field, { column }] of Object.entries(columns)) values[field] = row[column];
  return values;
}

/** Institutions named by participants must be in this agency's registry; returns their IATI ids. */
async function participantIatiIds(agency: AgencyEntry, trx: Trx, participants: ProjectValues['participants']) {
  const ids = [...new Set(participants.flatMap((p) => (p.institutionId ? [p.institutionId] : [])))];
  const byId = await institutionIatiIds(trx, ids);
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

/** The agency's own columns of a project input, checked against their allowed values. */
function extraColumns(columns: ProjectColumns, input: Input): Record<string, unknown> {
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
export async function writeProject(
  { agency, projectColumns }: Deps,
  trx: Trx,
  id: string,
  p: ProjectValues & Input,
  existing: boolean,
  identity: Identity,
  /** A new project's IATI identifier (default: the agency's IATI organisation id, a hyphen, the id). */
  iatiIdentifier = `${agency.iatiOrgId}-${id}`,
): Promise<void> {
  validateProject(p, id);
  const extra = extraColumns(projectColumns, p);
  const iatiIds = await participantIatiIds(agency, trx, p.participants);
  const record = projectRecord(id, p, (id) => iatiIds.get(id));
  const row = { ...record.row, updated_by: identity.user, ...extra };
  if (existing) await updateProject(trx, id, row);
  else await insertProject(trx, { ...row, id, iati_identifier: iatiIdentifier, created_by: identity.user });
  await insertParticipants(trx, record.participants);
  await insertRelations(trx, record.relations);
}

/** The project, locked for the rest of the transaction, or NOT_FOUND. */
export async function lockedProject(agency: AgencyEntry, trx: Trx, id: string): Promise<ProjectRow> {
  const row = await lockProject(trx, id);
  if (!row) throw new NotFound(`${agency.code} has no project ${id}`);
  return row;
}

/**
 * Participatory design: the recipient side agrees to the design before the project gets under
 * way. Until a project is under way (IMPLEMENTATION, FINALISATION, CLOSED, SUSPENDED), a
 * recipient agency that has not confirmed stays in it (it cannot be removed or given another
 * role), and the project may get under way only once every recipient agency has confirmed. A
 * recipient agency added to a project already under way confirms afterwards.
 */
function checkRecipientSide(agency: AgencyEntry, p: ProjectValues, before: ProjectRow | null): void {
  const recipients = (participants: { role: string; agency?: string | null }[]) => [
    ...new Set(participants.filter((x) => x.role === 'RECIPIENT' && x.agency).map((x) => x.agency as string)),
  ];
  if (before && UNDER_WAY.has(codeName(ACTIVITY_STATUS, before.status))) return;
  const earlier = before ? recipients(before.participants.map((x) => ({ role: x.role, agency: x.agency_code }))) : [];
  const now = recipients(p.participants);
  const confirmed = new Set((before?.confirmations ?? []).map((c) => c.agency));
  const dropped = earlier.filter((r) => !now.includes(r) && !confirmed.has(r));
  if (before && dropped.length) {
    throw new InvalidTransition(
      `${before.id}: ${dropped.join(', ')} ${dropped.length > 1 ? 'are recipients' : 'is a recipient'} that has not confirmed its participation: ` +
        'it stays a RECIPIENT in the design until it confirms (the project may be CANCELLED meanwhile)',
      { unconfirmedRecipients: dropped },
    );
  }
  const missing = now.filter((r) => !confirmed.has(r));
  if (UNDER_WAY.has(p.status) && missing.length) {
    throw new InvalidTransition(
      `${before ? before.id : 'a new project'} may not be ${p.status} before its recipient side has confirmed its participation: ` +
        `waiting for ${missing.join(', ')} (${agencyNames(agency).mutation.confirmProjectParticipation})`,
      { waitingFor: missing },
    );
  }
}

export async function createProject(
  deps: Deps,
  actor: Actor,
  input: ProjectValues & Input,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { agency, uow } = deps;
  requireRole(actor.identity, agency.code, WRITERS, 'creating a project');
  validateProject(input);
  checkRecipientSide(agency, input, null);
  return uow.run(actor, 'createProject', ({ trx, once, nextId }) =>
    once(idempotencyKey, async () => {
      const id = await nextId('Project', 'project_numbers');
      await writeProject(deps, trx, id, input, false, actor.identity);
      return { id, after: input };
    }),
  );
}

export async function changeProject(
  deps: Deps,
  actor: Actor,
  a: { id: string; version: number; patch: Own.OwnProjectPatch & Input },
): Promise<string> {
  const { agency, uow, projectColumns } = deps;
  requireRole(actor.identity, agency.code, WRITERS, 'changing a project');
  notNull(a.patch, [
    'title',
    'status',
    'modality',
    'recipientCountries',
    'sectors',
    'sdgs',
    'participants',
    ...Object.keys(projectColumns),
  ]);
  return uow.run(actor, 'updateProject', async ({ trx }) => {
    const current = await lockedProject(agency, trx, a.id);
    checkVersion(a.id, current.version, a.version);
    const before = projectValues(current, projectColumns);
    const after = { ...before, ...defined(a.patch) } as ProjectValues & Input;
    validateProject(after, a.id);
    checkRecipientSide(agency, after, current);
    await writeProject(deps, trx, a.id, after, true, actor.identity);
    return { id: a.id, before, after };
  });
}

/** A recipient agency confirms its participation in the project's design. */
export async function confirmParticipation(
  { agency, uow }: Deps,
  actor: Actor,
  a: { id: string; comment?: string | null },
): Promise<string> {
  const { identity } = actor;
  text('comment', a.comment, LIMITS.comment);
  return uow.run(actor, 'confirmParticipation', async ({ trx }) => {
    const project = await lockedProject(agency, trx, a.id);
    const recipients = project.participants.filter((p) => p.role === 'RECIPIENT' && p.agency_code).map((p) => p.agency_code as string);
    if (!recipients.includes(identity.agency)) {
      throw new Forbidden(
        `only a recipient agency of ${a.id} may confirm its participation (${recipients.join(', ') || 'it names none'}); ${identity.agency} is not one`,
      );
    }
    if (!hasRole(identity, 'officer', 'admin')) throw new Forbidden('confirming participation needs the role officer or admin');
    const done = await insertConfirmation(trx, {
      project_id: a.id,
      agency: identity.agency,
      user_id: identity.user,
      comment: a.comment ?? null,
    });
    if (!done) throw new Conflict(`${identity.agency} has already confirmed its participation in ${a.id}`);
    return { id: a.id, before: null, after: { confirmedBy: identity.agency, user: identity.user, comment: a.comment ?? null } };
  });
}
