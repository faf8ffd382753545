import { AGENCIES, type AgencyEntry, parseId } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { generate, partnerOf } from './generator.ts';

/** An agency that exists only as a registry entry, appended after every real one. */
const EXTRA: AgencyEntry = {
  code: 'EXTRA',
  name: 'Extra Cooperation Agency',
  acronym: 'EXTRA',
  country: 'CL',
  idPrefix: 'EXT',
  typePrefix: 'Extra',
  subgraph: 'extra',
  defaultPort: 4199,
  iatiOrgId: 'CL-EXTRA',
  iatiOrgType: '10',
};
const WITH_EXTRA = [...AGENCIES, EXTRA];
const SIZE = 400;

describe('the generator when an agency is added to the registry', () => {
  it('gives every agency of the registry the same records whether or not a later agency exists', () => {
    for (const a of AGENCIES) {
      const before = generate(a, { projects: SIZE });
      expect(generate(a, { projects: SIZE, registry: WITH_EXTRA }), a.code).toEqual(before);
      // only the agencies registered up to it matter
      const upTo = AGENCIES.slice(0, AGENCIES.indexOf(a) + 1);
      expect(generate(a, { projects: SIZE, registry: upTo }), a.code).toEqual(before);
    }
  });

  it('lets the new agency join cooperation of the agencies before it, pointing to their records with the same attributes', () => {
    const extra = generate(EXTRA, { projects: SIZE, registry: WITH_EXTRA });
    const joined = extra.projects.filter((p) => p.modality === 'TRIANGULAR');
    expect(joined.length).toBeGreaterThan(SIZE * 0.04);
    const partners = new Set<string>();
    const records = new Map<string, Map<string, (typeof joined)[number]>>(
      AGENCIES.map((a) => [a.code, new Map(generate(a, { projects: SIZE }).projects.map((p) => [p.id, p]))]),
    );
    for (const p of joined) {
      const ref = p.related?.[0];
      const owner = parseId(ref?.id)?.agency as AgencyEntry;
      partners.add(owner.code);
      const theirs = records.get(owner.code)?.get(ref?.id as string);
      expect(theirs, p.id).toBeDefined();
      // the same cooperation: same country, sector, dates, status and results; theirs does not change
      for (const key of ['title', 'status', 'plannedStart', 'plannedEnd', 'recipientCountries', 'sectors', 'budget', 'results'] as const) {
        expect(p[key], `${p.id} ${key}`).toEqual(theirs?.[key]);
      }
      expect(theirs?.modality).toBe('BILATERAL');
      expect(p.participants.find((x) => x.role === 'FACILITATOR')?.agencyCode).toBe(owner.code);
    }
    expect([...partners].sort()).toEqual(AGENCIES.map((a) => a.code).sort());
    // joint evaluations naming both, and evaluations of the partner's record
    expect(extra.evaluations.some((e) => e.type === 'JOINT' && e.evaluators.length === 2)).toBe(true);
    expect(extra.evaluations.some((e) => !e.projectId.startsWith('EXT-'))).toBe(true);
  });

  it('never has the first agency join anyone, and every other agency join only agencies before it', () => {
    for (let k = 101; k < 101 + SIZE; k++) {
      expect(partnerOf(AGENCIES[0], k)).toBeUndefined();
      for (const [i, a] of AGENCIES.entries()) {
        const partner = partnerOf(a, k);
        if (partner) expect(AGENCIES.indexOf(partner as (typeof AGENCIES)[number])).toBeLessThan(i);
      }
    }
  });
});
