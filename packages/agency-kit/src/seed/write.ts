/** Stores seed records idempotently: existing ids are left as they are. */
import { ACTIVITY_STATUS, type AgencyEntry, nameSortKey, ORGANISATION_ROLE, RELATED_ACTIVITY_TYPE } from '@ssc/contract';
import { sql } from 'kysely';
import { derivedProjectColumns } from '../derive.ts';
import type { Db } from '../repository.ts';
import type { SeedData } from './types.ts';

const CHUNK = 500;

async function inChunks<T>(items: T[], fn: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await fn(items.slice(i, i + CHUNK));
}

export interface SeedCounts {
  institutions: number;
  projects: number;
  evaluations: number;
}

export async function writeSeed(db: Db, agency: AgencyEntry, data: SeedData): Promise<SeedCounts> {
  const iatiIds = new Map(data.institutions.flatMap((i) => (i.iatiIdentifier ? [[i.id, i.iatiIdentifier] as const] : [])));
  return db.transaction().execute(async (trx) => {
    const counts: SeedCounts = { institutions: 0, projects: 0, evaluations: 0 };
    await inChunks(data.institutions, async (chunk) => {
      const r = await trx
        .insertInto('institutions')
        .values(
          chunk.map((i) => ({
            id: i.id,
            name: i.name,
            sort_name: nameSortKey(i.name),
            acronym: i.acronym ?? null,
            country_code: i.country ?? null,
            organisation_type: i.organisationType,
            iati_identifier: i.iatiIdentifier ?? null,
            created_by: 'seed',
            updated_by: 'seed',
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      counts.institutions += Number(r.numInsertedOrUpdatedRows ?? 0);
    });
    await inChunks(data.projects, async (chunk) => {
      const inserted = await trx
        .insertInto('projects')
        .values(
          chunk.map((p) => ({
            id: p.id,
            iati_identifier: `${agency.iatiOrgId}-${p.iatiLocalId}`,
            title: p.title,
            description: p.description ?? null,
            status: ACTIVITY_STATUS[p.status],
            modality: p.modality,
            collaboration_type: p.collaborationType ?? null,
            planned_start: p.plannedStart ?? null,
            planned_end: p.plannedEnd ?? null,
            actual_start: p.actualStart ?? null,
            actual_end: p.actualEnd ?? null,
            recipient_countries: p.recipientCountries,
            ...derivedProjectColumns(p.recipientCountries, p.participants, (id) => iatiIds.get(id)),
            sectors: p.sectors,
            sdgs: p.sdgs,
            budget_amount: p.budget?.amount ?? null,
            budget_currency: p.budget?.currency ?? null,
            created_by: 'seed',
            updated_by: 'seed',
            ...p.extra,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      const fresh = new Set(inserted.map((r) => r.id));
      counts.projects += fresh.size;
      const mine = chunk.filter((p) => fresh.has(p.id));
      const participants = mine.flatMap((p) =>
        p.participants.map((x, position) => ({
          project_id: p.id,
          position,
          role: x.role,
          organisation_role: ORGANISATION_ROLE[x.organisationRole],
          name: x.name,
          country_code: x.country ?? null,
          institution_id: x.institutionId ?? null,
          agency_code: x.agencyCode ?? null,
        })),
      );
      if (participants.length) await trx.insertInto('project_participants').values(participants).execute();
      const relations = mine.flatMap((p) =>
        (p.related ?? []).map((r) => ({ project_id: p.id, related_id: r.id, type: RELATED_ACTIVITY_TYPE[r.type] })),
      );
      if (relations.length) await trx.insertInto('project_relations').values(relations).execute();
    });
    await inChunks(data.evaluations, async (chunk) => {
      const inserted = await trx
        .insertInto('evaluations')
        .values(
          chunk.map((e) => ({
            id: e.id,
            project_id: e.projectId,
            type: e.type,
            date: e.date,
            evaluators: e.evaluators,
            overall_rating: e.overallRating ?? null,
            findings: e.findings ?? null,
            lessons: e.lessons ?? null,
            recommendations: e.recommendations ?? null,
            report_url: e.reportUrl ?? null,
            created_by: 'seed',
            updated_by: 'seed',
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      const fresh = new Set(inserted.map((r) => r.id));
      counts.evaluations += fresh.size;
      const ratings = chunk
        .filter((e) => fresh.has(e.id))
        .flatMap((e) =>
          Object.entries(e.ratings).map(([criterion, r]) => ({
            evaluation_id: e.id,
            criterion,
            score: r.score,
            narrative: r.narrative ?? null,
          })),
        );
      if (ratings.length) await inChunks(ratings, (c) => trx.insertInto('evaluation_ratings').values(c).execute());
    });
    // New records created later through the API must not collide with seeded numbers.
    for (const [table, seq] of [
      ['projects', 'project_numbers'],
      ['institutions', 'institution_numbers'],
      ['evaluations', 'evaluation_numbers'],
    ] as const) {
      await sql`select setval(${seq}, greatest(1, (select coalesce(max(substring(id from '[0-9]+$')::bigint), 0) from ${sql.table(table)})))`.execute(
        trx,
      );
    }
    return counts;
  });
}
