/** What every resolver of an agency subgraph gets with a request. */
import type { Identity } from '@ssc/auth';
import type { RegistryEntry } from './identity.ts';
import type { Loaders } from './loaders.ts';

export interface AgencyContext {
  /** This subgraph's own id of the request (a UUID): the audit log's request id. */
  readonly requestId: string;
  /** The x-request-id the caller sent (printable ASCII, at most 100 characters), kept apart; null when absent or unfit. */
  readonly clientRequestId: string | null;
  /** The verified caller; null when anonymous. */
  readonly identity: Identity | null;
  /** Who reads: the identity, except that a user deactivated (or unconfirmed) by its home registry reads as anonymous. */
  readonly reader: Identity | null;
  /** The caller's entry in its home agency's registry of users (this agency's or a partner's), read once per request. */
  readonly registry: RegistryEntry;
  readonly loaders: Loaders;
}
