/**
 * `projects.participant_keys`: the folded names (and IATI identifiers) of a project's
 * participants, so that `Institution.projects` finds the projects of an institution across
 * agencies with one indexed condition. Landed: never edit.
 */
import { nameSortKey } from '@ssc/contract';
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects add column participant_keys text[] not null default '{}'`.execute(db);
  // backfill existing projects (folding is done in TypeScript, as the filter does)
  const rows = await sql<{ project_id: string; name: string; iati_identifier: string | null }>`
    select pp.project_id, pp.name, i.iati_identifier
    from project_participants pp left join institutions i on i.id = pp.institution_id`.execute(db);
  const keys = new Map<string, Set<string>>();
  for (const r of rows.rows) {
    const set = keys.get(r.project_id) ?? new Set<string>();
    set.add(nameSortKey(r.name));
    if (r.iati_identifier) set.add(nameSortKey(r.iati_identifier));
    keys.set(r.project_id, set);
  }
  const entries = [...keys].map(([id, set]) => ({ id, keys: [...set] }));
  for (let i = 0; i < entries.length; i += 1000) {
    await sql`
      update projects p set participant_keys = array(select jsonb_array_elements_text(t.keys))
      from jsonb_to_recordset(${JSON.stringify(entries.slice(i, i + 1000))}::jsonb) as t(id text, keys jsonb)
      where p.id = t.id`.execute(db);
  }
  await sql`create index projects_participant_keys on projects using gin (participant_keys)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column participant_keys`.execute(db);
}
