/**
 * The k-way merge of the agencies' slices of a cross-agency list. Each agency answered its
 * total and its first `first + 1` records after the cursor, in the shared order; the page is
 * the first `first` of all of them, and more follow when any record was left over.
 */
import {
  AGENCIES,
  type AgencyEntry,
  compareOrderKeys,
  dateRank,
  decodeSearchKey,
  encodeCursor,
  instantRank,
  nameSortKey,
  type OrderKey,
  sliceField,
  typeName,
} from '@ssc/contract';

export type { SearchKind } from '@ssc/contract';

import type { SearchKind } from '@ssc/contract';

type Item = { id: string; startDate?: string | null; name?: string; date?: string; submittedAt?: string; publishedAt?: string | null };
export type SliceValue = { total: number; items: Item[] } | null | undefined;

const orderKey: Record<SearchKind, (i: Item) => OrderKey> = {
  Project: (i) => [dateRank(i.startDate), i.id],
  Institution: (i) => [nameSortKey(i.name ?? ''), i.id],
  Evaluation: (i) => [dateRank(i.date), i.id],
  CooperationRequest: (i) => [instantRank(i.submittedAt), i.id],
  Expert: (i) => [nameSortKey(i.name ?? ''), i.id],
  Lesson: (i) => [instantRank(i.publishedAt), i.id],
};

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
    for (const item of slice.items) candidates.push({ key: orderKey[kind](item), agency, id: item.id });
  }
  candidates.sort((a, b) => compareOrderKeys(a.key, b.key));
  const page = candidates.slice(0, first);
  const last = page.at(-1);
  return {
    totalCount,
    nodes: page.map((c) => ({ __typename: typeName(c.agency, kind), id: c.id })),
    pageInfo: { hasNextPage: candidates.length > first, endCursor: last ? encodeCursor(last.key) : null },
  };
}
