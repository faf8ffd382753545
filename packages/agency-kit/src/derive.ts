/** Columns derived from a project's recipients and participants, computed the same way on every write. */
import { nameSortKey } from '@ssc/contract';

export interface ParticipantLike {
  name: string;
  country?: string | null;
  institutionId?: string | null;
}

export function derivedProjectColumns(
  recipientCountries: readonly string[],
  participants: readonly ParticipantLike[],
  iatiIdOf: (institutionId: string) => string | null | undefined,
): { countries: string[]; participant_keys: string[] } {
  const keys = new Set<string>();
  for (const p of participants) {
    keys.add(nameSortKey(p.name));
    const iati = p.institutionId ? iatiIdOf(p.institutionId) : null;
    if (iati) keys.add(nameSortKey(iati));
  }
  return {
    /** What the `countries` filter matches: recipients and participants' countries. */
    countries: [...new Set([...recipientCountries, ...participants.flatMap((p) => (p.country ? [p.country] : []))])],
    /** What the `participants` filter matches: folded names and IATI identifiers. */
    participant_keys: [...keys],
  };
}
