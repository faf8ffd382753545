/**
 * Related projects of other agencies are named in IATI by their IATI identifiers, which only
 * their owners hold: asked of each owner's subgraph (the base URLs of REGISTRY_<CODE>), one
 * `_entities` request per agency and page. An agency that does not answer leaves its projects'
 * links out of the file rather than failing it.
 */
import { type AgencyEntry, agencyNames, parseId } from '@ssc/contract';
import { postGraphQL } from '@ssc/server-kit';
import type { PartnerIati } from './export.ts';

const CHUNK = 100;

export function partnerIatiLookup(locations: Record<string, string | undefined>): PartnerIati {
  return async (ids) => {
    const found = new Map<string, string>();
    const byAgency = new Map<AgencyEntry, string[]>();
    for (const id of ids) {
      const parsed = parseId(id);
      if (parsed?.kind === 'Project') byAgency.set(parsed.agency, [...(byAgency.get(parsed.agency) ?? []), id]);
    }
    for (const [agency, refs] of byAgency) {
      const base = locations[agency.code];
      if (!base) continue;
      const type = agencyNames(agency).type('Project');
      for (let i = 0; i < refs.length; i += CHUNK) {
        const representations = refs.slice(i, i + CHUNK).map((id) => ({ __typename: type, id }));
        try {
          const res = await postGraphQL<{ _entities: ({ id: string; iatiIdentifier: string } | null)[] }>(
            `${base.replace(/\/$/, '')}/graphql`,
            `query IatiIds($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id iatiIdentifier } } }`,
            { r: representations },
          );
          for (const e of res.data?._entities ?? []) if (e?.iatiIdentifier) found.set(e.id, e.iatiIdentifier);
        } catch {
          // unreachable: its links are left out
        }
      }
    }
    return found;
  };
}
