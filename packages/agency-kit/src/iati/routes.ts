/**
 * The agency subgraph's IATI endpoints: its activity and organisation files (GET), and the
 * import of an IATI file by its admins (POST /iati/import, the file as the body, streamed;
 * `?skipInvalid=true` stores the valid activities and reports the rest).
 */
import { randomUUID } from 'node:crypto';
import type { RegistryClient } from '@ssc/auth';
import { type Route, routeError, routeStream, type Upload } from '@ssc/server-kit';
import { DomainError } from '../errors.ts';
import { effectiveIdentity, registryEntry } from '../identity.ts';
import type { Deps } from '../records/common.ts';
import { iatiActivities, iatiOrganisation } from './export.ts';
import { ImportRefused, importIati } from './import.ts';
import { partnerIatiLookup } from './partners.ts';

const XML = 'application/xml; charset=utf-8';
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, CONFLICT: 409 };

export function iatiRoutes(
  deps: Deps,
  registries: RegistryClient,
  registryLocations: Record<string, string | undefined>,
): { routes: Record<string, Route>; uploads: Record<string, Upload> } {
  const { agency, db } = deps;
  return {
    routes: {
      '/iati/activities.xml': async () =>
        routeStream(XML, iatiActivities(db, agency, { partnerIati: partnerIatiLookup(registryLocations) })),
      '/iati/organisation.xml': async () =>
        routeStream(
          XML,
          (async function* () {
            yield iatiOrganisation(agency);
          })(),
        ),
    },
    uploads: {
      '/iati/import': async ({ identity, authorization, body, query }) => {
        try {
          const registry = await registryEntry(agency, db, identity, registries, authorization);
          const actor = { identity: effectiveIdentity(agency, { identity, registry }), requestId: randomUUID(), clientRequestId: null };
          return await importIati(deps, actor, body, { skipInvalid: query.get('skipInvalid') === 'true' });
        } catch (e) {
          if (e instanceof ImportRefused) return routeError(422, e.message, { code: 'IATI_FILE_REFUSED', report: e.report });
          if (e instanceof DomainError) return routeError(STATUS[e.code] ?? 400, e.message, { code: e.code, ...e.extensions });
          throw e;
        }
      },
    },
  };
}
