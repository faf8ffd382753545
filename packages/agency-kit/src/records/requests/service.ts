/**
 * The rules of demand: any federation agency's officers submit a request to this agency; its
 * officers appraise, accept or decline it (the state machine of REQUEST_TRANSITIONS); the
 * submitting agency may withdraw it; an accepted request is converted into a PIPELINE project.
 */
import { hasRole, type Identity, type Role } from '@ssc/auth';
import { InputError, instantRank, REQUEST_TRANSITIONS, type RequestStatus } from '@ssc/contract';
import { BadInput, Forbidden, InvalidTransition, NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Trx } from '../../query.ts';
import type { Actor } from '../../unit-of-work.ts';
import {
  type ConversionValues,
  LIMITS,
  type ProjectValues,
  type RequestValues,
  text,
  validateConversion,
  validateRequest,
} from '../../validate.ts';
import { checkVersion, type Deps, json, orNull, typed } from '../common.ts';
import { institutionSummary } from '../institutions/repository.ts';
import { linkRequests } from '../projects/repository.ts';
import { writeProject } from '../projects/service.ts';
import { appendTransition, insertRequest, lockRequest, updateRequest } from './repository.ts';

const OFFICERS: Role[] = ['officer', 'admin'];

async function lockedRequest({ agency }: Deps, trx: Trx, id: string) {
  const row = await lockRequest(trx, id);
  if (!row) throw new NotFound(`${agency.code} has no request for cooperation ${id}`);
  return row;
}

const recordMove = (trx: Trx, id: string, from: string | null, to: RequestStatus, identity: Identity, comment: string | null) =>
  appendTransition(trx, { request_id: id, from_status: from, to_status: to, user_id: identity.user, agency: identity.agency, comment });

export async function submitRequest(
  { agency, uow }: Deps,
  actor: Actor,
  input: RequestValues,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { identity } = actor;
  if (!hasRole(identity, ...OFFICERS)) throw new Forbidden(`submitting a request for cooperation needs the role ${OFFICERS.join(' or ')}`);
  validateRequest(input);
  return uow.run(actor, 'submitRequest', ({ trx, once, nextId }) =>
    once(idempotencyKey, async () => {
      const id = await nextId('CooperationRequest', 'request_numbers');
      const at = new Date();
      const row = {
        id,
        title: input.title.trim(),
        description: orNull(input.description),
        sectors: input.sectors,
        sdgs: input.sdgs ?? [],
        requester_name: input.requester.name.trim(),
        requester_country: input.requester.country,
        requester_agency: identity.agency === agency.code ? null : identity.agency,
        desired_modality: orNull(input.desiredModality),
        contact: input.contact ? json(input.contact) : null,
        submitted_at: at,
        submitted_rank: instantRank(at),
        submitted_by: identity.user,
        submitted_by_agency: identity.agency,
      };
      await insertRequest(trx, row);
      await recordMove(trx, id, null, 'SUBMITTED', identity, null);
      return { id, after: row };
    }),
  );
}

/** The provider's move of a request: appraisal, acceptance or decline. */
export async function moveRequest(
  deps: Deps,
  actor: Actor,
  a: { id: string; version: number; to: RequestStatus; comment?: string | null },
): Promise<string> {
  const { agency, uow } = deps;
  const { identity } = actor;
  const T = typed(agency, 'CooperationRequest');
  requireRole(identity, agency.code, OFFICERS, 'moving a request for cooperation');
  text('comment', a.comment, LIMITS.comment);
  if (a.to === 'DECLINED' && !a.comment?.trim()) throw new InputError('comment', 'declining a request needs a comment giving the reason');
  return uow.run(actor, 'moveRequest', async ({ trx }) => {
    const before = await lockedRequest(deps, trx, a.id);
    checkVersion(a.id, before.version, a.version);
    const from = before.status as RequestStatus;
    const allowed = REQUEST_TRANSITIONS[from];
    const moves: readonly RequestStatus[] = allowed.filter((s) => s !== 'CONVERTED' && s !== 'WITHDRAWN');
    if (!moves.includes(a.to)) {
      const hint =
        a.to === 'CONVERTED' && allowed.includes('CONVERTED')
          ? `convert it with convert${T}`
          : a.to === 'WITHDRAWN' && allowed.includes('WITHDRAWN')
            ? `only the requesting side withdraws a request (withdraw${T})`
            : `from ${from} it may move to ${moves.join(' or ') || 'nothing: it is closed'}${allowed.includes('CONVERTED') ? ` (or be converted with convert${T})` : ''}`;
      throw new InvalidTransition(`request ${a.id} is ${from} and may not move to ${a.to}: ${hint}`, { from, to: a.to, allowed: moves });
    }
    await updateRequest(trx, a.id, {
      status: a.to,
      decline_reason: a.to === 'DECLINED' ? (a.comment ?? '').trim() : before.decline_reason,
    });
    await recordMove(trx, a.id, from, a.to, identity, a.comment?.trim() || null);
    return { id: a.id, before: { status: from }, after: { status: a.to, comment: a.comment ?? null } };
  });
}

/** The requesting side withdraws its request while it is being considered. */
export async function withdrawRequest(
  deps: Deps,
  actor: Actor,
  a: { id: string; version: number; comment?: string | null },
): Promise<string> {
  const { identity } = actor;
  text('comment', a.comment, LIMITS.comment);
  return deps.uow.run(actor, 'withdrawRequest', async ({ trx }) => {
    const before = await lockedRequest(deps, trx, a.id);
    if (identity.agency !== before.submitted_by_agency) {
      throw new Forbidden(`only ${before.submitted_by_agency}, which submitted ${a.id}, may withdraw it; ${identity.agency} did not`);
    }
    if (!hasRole(identity, ...OFFICERS)) throw new Forbidden(`withdrawing a request needs the role ${OFFICERS.join(' or ')}`);
    checkVersion(a.id, before.version, a.version);
    const from = before.status as RequestStatus;
    if (!REQUEST_TRANSITIONS[from].includes('WITHDRAWN')) {
      throw new InvalidTransition(`request ${a.id} is ${from}: only a SUBMITTED or UNDER_APPRAISAL request may be withdrawn`, {
        from,
        to: 'WITHDRAWN',
      });
    }
    await updateRequest(trx, a.id, { status: 'WITHDRAWN' });
    await recordMove(trx, a.id, from, 'WITHDRAWN', identity, a.comment?.trim() || null);
    return { id: a.id, before: { status: from }, after: { status: 'WITHDRAWN', comment: a.comment ?? null } };
  });
}

/** Participatory design begins: an accepted request becomes a PIPELINE project naming the requester as recipient. */
export async function convertRequest(
  deps: Deps,
  actor: Actor,
  a: { id: string; version: number; input: ConversionValues },
): Promise<string> {
  const { agency, uow } = deps;
  const { identity } = actor;
  requireRole(identity, agency.code, OFFICERS, 'converting a request into a project');
  validateConversion(a.input);
  return uow.run(actor, 'convertRequest', async ({ trx, nextId }) => {
    const request = await lockedRequest(deps, trx, a.id);
    checkVersion(a.id, request.version, a.version);
    if (request.status !== 'ACCEPTED') {
      throw new InvalidTransition(`request ${a.id} is ${request.status}: only an ACCEPTED request may be converted into a project`, {
        from: request.status,
        to: 'CONVERTED',
      });
    }
    const implementer = a.input.implementingInstitutionId ? await institutionSummary(trx, a.input.implementingInstitutionId) : null;
    if (a.input.implementingInstitutionId && !implementer) {
      throw new BadInput(
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
    const projectId = await nextId('Project', 'project_numbers');
    await writeProject(deps, trx, projectId, project, false, identity);
    await linkRequests(trx, [{ projectId, requestId: a.id }]);
    await updateRequest(trx, a.id, { status: 'CONVERTED', project_id: projectId });
    await recordMove(trx, a.id, 'ACCEPTED', 'CONVERTED', identity, `converted into ${projectId}`);
    return {
      id: a.id,
      before: { status: 'ACCEPTED' },
      after: { status: 'CONVERTED', projectId },
      also: [{ action: 'createProject', id: projectId, before: null, after: { ...project, requestId: a.id } }],
    };
  });
}
