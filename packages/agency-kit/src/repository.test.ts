import { AGENCIES, compareOrderKeys, ORDER_KEYS, type OrderKey, type ProjectFilter } from '@ssc/contract';
import { useFreshDatabase } from '@ssc/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineAgency } from './agency.ts';
import { type ProjectKey, projectSlice, projectsByIds } from './repository.ts';

import type { AgencyDatabase } from './tables.ts';

const keyOf = (p: ProjectKey) => ORDER_KEYS.Project({ id: p.id, startDate: p.start_date });

// the shared core of every agency, without any agency's own fields
const agency = AGENCIES[1];
const def = defineAgency(agency);
const fresh = useFreshDatabase<AgencyDatabase>(def.migrations, 'repository');

beforeAll(async () => {
  await def.seed(fresh().db, { projects: 300 });
});

async function walk(filter: ProjectFilter | null, first: number): Promise<ProjectKey[]> {
  const out: ProjectKey[] = [];
  let after: OrderKey | null = null;
  for (;;) {
    const slice = await projectSlice(fresh().db, filter, { first, after });
    const page = slice.items.slice(0, first);
    out.push(...page);
    if (slice.items.length <= first) return out;
    after = keyOf(page.at(-1) as ProjectKey);
  }
}

describe('project slices (filter and keyset page in one statement)', () => {
  it('walks every project once, in the shared order, whatever the page size', async () => {
    const all = await walk(null, 500);
    expect(all).toHaveLength(300);
    for (let i = 1; i < all.length; i++) {
      expect(compareOrderKeys(keyOf(all[i - 1] as ProjectKey), keyOf(all[i] as ProjectKey))).toBeLessThan(0);
    }
    expect((await walk(null, 13)).map((p) => p.id)).toEqual(all.map((p) => p.id));
  });

  it('costs one statement for 10 items and for 500', async () => {
    for (const first of [10, 500]) {
      const before = fresh().stats.queries;
      const slice = await projectSlice(fresh().db, { statuses: ['CLOSED', 'IMPLEMENTATION'] }, { first, after: null });
      expect(fresh().stats.queries - before).toBe(1);
      expect(slice.items.length).toBe(Math.min(first + 1, slice.total));
    }
  });

  it('filters by recipient or participant country, sector, SDG, status, modality, text and start dates', async () => {
    const rows = (
      await projectsByIds(
        fresh().db,
        (await walk(null, 500)).map((p) => p.id),
      )
    ).filter((r) => r !== null);
    const expectSame = async (filter: ProjectFilter, predicate: (r: (typeof rows)[number]) => boolean) => {
      const got = (await walk(filter, 500)).map((p) => p.id).sort();
      const want = rows
        .filter(predicate)
        .map((r) => r.id)
        .sort();
      expect(got.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(got, JSON.stringify(filter)).toEqual(want);
    };
    await expectSame({ countries: ['MZ', 'AO'] }, (r) => r.recipient_countries.some((c) => c === 'MZ' || c === 'AO'));
    await expectSame({ countries: ['JP'] }, (r) => r.participants.some((p) => p.country_code === 'JP'));
    await expectSame({ sectors: ['31182'] }, (r) => r.sectors.includes('31182'));
    await expectSame({ sdgs: [3] }, (r) => r.sdgs.includes(3));
    await expectSame({ statuses: ['PIPELINE'] }, (r) => r.status === 1);
    await expectSame({ modalities: ['REGIONAL'] }, (r) => r.modality === 'REGIONAL');
    await expectSame({ text: 'renewable energy' }, (r) => /renewable energy/i.test(r.title));
    await expectSame(
      { startsFrom: '2020-01-01', startsTo: '2022-12-31' },
      (r) => !!r.start_date && r.start_date >= '2020-01-01' && r.start_date <= '2022-12-31',
    );
    const lusophone = ['MZ', 'AO', 'GW', 'CV', 'ST', 'TL'];
    await expectSame(
      { countries: lusophone, sdgs: [2, 3] },
      (r) => r.countries.some((c) => lusophone.includes(c)) && r.sdgs.some((g) => g === 2 || g === 3),
    );
  });

  it('answers an empty slice for a filter nothing matches', async () => {
    expect(await projectSlice(fresh().db, { text: 'nonexistentword' }, { first: 10, after: null })).toEqual({ total: 0, items: [] });
  });
});

describe('batch reads', () => {
  it('return records in the order asked, with null for unknown ids, participants and relations included', async () => {
    const rows = await projectsByIds(fresh().db, ['JICA-P-000105', 'JICA-P-999999', 'JICA-P-000101']);
    expect(rows.map((r) => r?.id ?? null)).toEqual(['JICA-P-000105', null, 'JICA-P-000101']);
    expect(rows[0]?.participants[0]).toMatchObject({ role: 'PROVIDER', agency_code: 'JICA', position: 0 });
  });
});
