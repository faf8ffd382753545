/**
 * The rules of joint evaluations: the holding agency among the evaluators, the overall rating's
 * rule and its justification, drafts seen and revised only by their evaluators (a revision
 * clears the sign-offs), FINAL once every evaluator has signed off the version it read.
 */
import { hasRole, type Role } from '@ssc/auth';
import { type AgencyEntry, InputError, type Own, overallRating } from '@ssc/contract';
import { BadInput, Conflict, Forbidden, InvalidTransition, NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Actor } from '../../unit-of-work.ts';
import { type EvaluationValues, LIMITS, notNull, text, validateEvaluation } from '../../validate.ts';
import { checkVersion, type Deps, defined } from '../common.ts';
import {
  clearSignOffs,
  countSignOffs,
  insertEvaluation,
  insertRatings,
  insertSignOff,
  lockEvaluation,
  ratingsOf,
  updateEvaluation,
} from './repository.ts';

const WRITERS: Role[] = ['evaluator', 'admin'];

export type EvaluationInput = EvaluationValues & { overallRating?: string | null; overallRatingJustification?: string | null };

/**
 * Checks an evaluation (a new one, or a draft after a patch): its fields, that this agency is
 * among the evaluators, and that an overall rating departing from the rule is justified.
 * Returns the rule's rating.
 */
function checkEvaluation(agency: AgencyEntry, e: EvaluationInput): string | null {
  validateEvaluation(e);
  const scores = Object.fromEntries(e.ratings.map((r) => [r.criterion, r.score]));
  const rule = e.ratings.length ? overallRating(scores) : null;
  text('overallRatingJustification', e.overallRatingJustification, LIMITS.comment);
  if (e.overallRating && e.overallRating !== rule && !e.overallRatingJustification?.trim()) {
    throw new InputError(
      'overallRatingJustification',
      `overallRating ${e.overallRating} departs from the rule's ${rule ?? '(no ratings to apply it to)'}: give overallRatingJustification, or leave overallRating out`,
    );
  }
  if (!e.evaluators.includes(agency.code)) {
    throw new BadInput(`evaluators must include ${agency.code}, the agency that holds the evaluation`, 'evaluators');
  }
  return rule;
}

/** The justification is kept only while the overall rating departs from the rule. */
const justification = (e: EvaluationInput, rule: string | null) =>
  e.overallRating && e.overallRating !== rule ? e.overallRatingJustification?.trim() || null : null;

const ratingRows = (id: string, ratings: EvaluationValues['ratings']) =>
  ratings.map((r) => ({ evaluation_id: id, criterion: r.criterion, score: r.score, narrative: r.narrative ?? null }));

export async function createEvaluation(
  { agency, uow }: Deps,
  actor: Actor,
  input: EvaluationInput,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  const { identity } = actor;
  requireRole(identity, agency.code, WRITERS, 'opening an evaluation');
  const rule = checkEvaluation(agency, input);
  return uow.run(actor, 'createEvaluation', ({ trx, once, nextId }) =>
    once(idempotencyKey, async () => {
      const id = await nextId('Evaluation', 'evaluation_numbers');
      const row = {
        id,
        project_id: input.projectId,
        type: input.type,
        date: input.date,
        evaluators: input.evaluators,
        overall_rating: input.overallRating ?? rule,
        overall_rating_justification: justification(input, rule),
        findings: input.findings ?? null,
        lessons: input.lessons ?? null,
        recommendations: input.recommendations ?? null,
        report_url: input.reportUrl ?? null,
        status: 'DRAFT',
        created_by: identity.user,
        updated_by: identity.user,
      };
      await insertEvaluation(trx, row);
      await insertRatings(trx, ratingRows(id, input.ratings));
      return { id, after: { ...row, ratings: input.ratings } };
    }),
  );
}

/** The draft, locked; NOT_FOUND for an agency that may not see it, FORBIDDEN for one that is no evaluator. */
async function lockedDraftParty(agency: AgencyEntry, trx: Parameters<typeof lockEvaluation>[0], id: string, party: string, what: string) {
  const row = await lockEvaluation(trx, id);
  // a draft is invisible to others: to them it does not exist
  if (!row || (row.status === 'DRAFT' && !row.evaluators.includes(party))) {
    throw new NotFound(`${agency.code} has no evaluation ${id} that you may see`);
  }
  if (!row.evaluators.includes(party))
    throw new Forbidden(`only the evaluating agencies of ${id} (${row.evaluators.join(', ')}) may ${what}`);
  return row;
}

export async function reviseEvaluation(
  { agency, uow }: Deps,
  actor: Actor,
  a: { id: string; version: number; patch: Own.EvaluationPatch },
): Promise<string> {
  const { identity } = actor;
  notNull(a.patch, ['type', 'date', 'evaluators', 'ratings']);
  if (a.patch.evaluators !== undefined && identity.agency !== agency.code) {
    throw new Forbidden(`only ${agency.code}, which holds the evaluation, may change its evaluators`);
  }
  return uow.run(actor, 'updateEvaluation', async ({ trx }) => {
    const row = await lockedDraftParty(agency, trx, a.id, identity.agency, 'revise it');
    if (!hasRole(identity, 'evaluator', 'admin')) throw new Forbidden('revising an evaluation needs the role evaluator or admin');
    checkVersion(a.id, row.version, a.version);
    if (row.status !== 'DRAFT') {
      throw new InvalidTransition(`${a.id} is FINAL: every party signed it off, so it is no longer revised`, { from: row.status });
    }
    const before: EvaluationInput = {
      projectId: row.project_id,
      type: row.type,
      date: row.date,
      evaluators: row.evaluators,
      ratings: await ratingsOf(trx, a.id),
      overallRating: row.overall_rating,
      overallRatingJustification: row.overall_rating_justification,
      findings: row.findings,
      lessons: row.lessons,
      recommendations: row.recommendations,
      reportUrl: row.report_url,
    };
    // new scores re-apply the rule unless the patch names its own overall rating
    const after = {
      ...before,
      ...(a.patch.ratings && a.patch.overallRating === undefined ? { overallRating: null, overallRatingJustification: null } : {}),
      ...defined(a.patch),
    } as EvaluationInput;
    const rule = checkEvaluation(agency, after);
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
    const ratingsKey = (rs: EvaluationValues['ratings']) =>
      JSON.stringify([...rs].map((r) => [r.criterion, r.score, r.narrative ?? null]).sort());
    const columns = (r: typeof stored) => [
      r.type,
      r.date,
      r.evaluators,
      r.overall_rating,
      r.overall_rating_justification,
      r.findings,
      r.lessons,
      r.recommendations,
      r.report_url,
    ];
    const same =
      ratingsKey(before.ratings) === ratingsKey(after.ratings) && JSON.stringify(columns(row)) === JSON.stringify(columns(stored));
    // nothing to revise: the sign-offs stand
    if (same) return { id: a.id, unchanged: true as const };
    await updateEvaluation(trx, a.id, { ...stored, updated_by: identity.user }, ratingRows(a.id, after.ratings));
    // the parties signed what they read: a revision asks each of them again
    const cleared = await clearSignOffs(trx, a.id);
    return { id: a.id, before, after: { ...stored, ratings: after.ratings, signOffsCleared: cleared } };
  });
}

export async function signOffEvaluation({ agency, uow }: Deps, actor: Actor, a: { id: string; version: number }): Promise<string> {
  const { identity } = actor;
  return uow.run(actor, 'signOffEvaluation', async ({ trx }) => {
    const evaluation = await lockedDraftParty(agency, trx, a.id, identity.agency, 'sign it off');
    if (!hasRole(identity, 'evaluator', 'admin')) throw new Forbidden('signing off an evaluation needs the role evaluator or admin');
    // a party signs the text it read: a revision since then asks it to read again
    checkVersion(a.id, evaluation.version, a.version);
    if (!(await insertSignOff(trx, { evaluation_id: a.id, agency: identity.agency, user_id: identity.user }))) {
      throw new Conflict(`${identity.agency} has already signed off ${a.id}`);
    }
    const final = (await countSignOffs(trx, a.id)) >= evaluation.evaluators.length;
    if (final) await updateEvaluation(trx, a.id, { status: 'FINAL', updated_by: identity.user });
    return {
      id: a.id,
      before: { status: evaluation.status },
      after: { signedOffBy: identity.agency, status: final ? 'FINAL' : evaluation.status },
    };
  });
}
