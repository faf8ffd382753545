import { AGENCIES, type StatsRow } from '@ssc/contract';
import { useFreshDatabase } from '@ssc/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { defineAgency } from '../../agency.ts';
import type { AgencyDatabase } from '../../tables.ts';
import { evaluationStatsRows, expertStatsRows, projectStatsRows, requestStatsRows } from './repository.ts';

const agency = AGENCIES[0];
const def = defineAgency(agency);
const fresh = useFreshDatabase<AgencyDatabase>(def.migrations, 'stats');

/** The statements each statistic costs, and its groups. */
async function measure() {
  const db = fresh().db;
  const out: { statements: number; rows: StatsRow[] }[] = [];
  for (const run of [
    () => projectStatsRows(db, null),
    () => projectStatsRows(db, { statuses: ['CLOSED'], sdgs: [2, 3] }),
    () => evaluationStatsRows(db, null, null),
    () => requestStatsRows(db, null),
    () => expertStatsRows(db, { languages: ['pt'] }),
  ]) {
    const before = fresh().stats.queries;
    const rows = await run();
    out.push({ statements: fresh().stats.queries - before, rows });
  }
  return out;
}
const total = (rows: StatsRow[] | undefined) => rows?.find((r) => r[0] === 'total')?.[2];

describe("an agency's share of the statistics", () => {
  it('costs one statement per statistic, for 40 projects and for 400', async () => {
    await def.seed(fresh().db, { projects: 40 });
    const small = await measure();
    await def.seed(fresh().db, { projects: 400 });
    const large = await measure();
    for (const m of [...small, ...large]) expect(m.statements).toBe(1);
    expect(total(large[0]?.rows)).toBeGreaterThan((total(small[0]?.rows) ?? 0) + 300);
  });

  it('splits budgets in other currencies by start year, in one group per dimension', async () => {
    const db = fresh().db;
    const [p] = await db
      .selectFrom('projects')
      .select(['id', 'start_date'])
      .where('start_date', 'is not', null)
      .orderBy('id')
      .limit(1)
      .execute();
    if (!p) throw new Error('the seed made no dated project');
    await sql`update projects set budget_currency = 'BRL', budget_amount = 1000, sectors = array['31161', '31120', '12220']::text[] where id = ${p.id}`.execute(
      db,
    );
    const rows = await projectStatsRows(db, null);
    const year = Number(String(p.start_date).slice(0, 4));
    const brl = rows.filter((r) => r[4] === 'BRL');
    expect(brl.find((r) => r[0] === 'total')).toEqual(['total', '', 1, 1000, 'BRL', year]);
    // its set of sectors, as stored, for the network to share the budget among
    expect(brl.find((r) => r[0] === 'sectors')).toEqual(['sectors', '31161 31120 12220', 1, 1000, 'BRL', year]);
    expect(brl.map((r) => r[0]).sort()).toEqual(['countries', 'modality', 'sdgs', 'sectors', 'startYear', 'status', 'total']);
    // a dollar budget needs no year
    expect(rows.filter((r) => r[4] === 'USD').every((r) => r[5] === null)).toBe(true);
  });
});
