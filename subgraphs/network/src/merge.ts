/**
 * The k-way merge of the agencies' slices of a cross-agency list. Each agency answered its
 * total and its first `first + 1` records after the cursor, in the shared order; the page is
 * the first `first` of all of them, and more follow when any record was left over.
 */
import {
  AGENCIES,
  type AgencyEntry,
  decodeSearchKey,
  encodeCursor,
  type OrderKey,
  sliceField,
  sortByOrderKey,
  typeName,
} from '@ssc/contract';

export type { SearchKind } from '@ssc/contract';

import { type ListItem, ORDER_KEYS, type SearchKind } from '@ssc/contract';

export type SliceValue = { total: number; items: ListItem[] } | null | undefined;

export interface Merged {
  totalCount: number;
  nodes: { __typename: string; id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Merges the slices found on a search entity's representation. A null slice (agency down) counts as empty. */
export function mergeSlices(kind: SearchKind, representation: Record<string, unknown>): Merged {
  const { first } = decodeSearchKey(String(representation.key));
  const candidates: { key: OrderKey; agency: AgencyEntry; id: string }[] = [];
  let totalCount = 0;
  for (const agency of AGENCIES) {
    const slice = representation[sliceField(agency)] as SliceValue;
    if (!slice) continue;
    totalCount += slice.total;
    for (const item of slice.items) candidates.push({ key: ORDER_KEYS[kind](item), agency, id: item.id });
  }
  const sorted = sortByOrderKey(candidates);
  const page = sorted.slice(0, first);
  const last = page.at(-1);
  return {
    totalCount,
    nodes: page.map((c) => ({ __typename: typeName(c.agency, kind), id: c.id })),
    pageInfo: { hasNextPage: sorted.length > first, endCursor: last ? encodeCursor(last.key) : null },
  };
}
