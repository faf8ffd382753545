/** Shared pieces of every view: loading and error states, the banner of unavailable agencies, formats. */
import type { ApolloError } from '@apollo/client/core';
import { useEffect, useState } from 'react';

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** The agencies a partial answer is missing (AGENCY_UNAVAILABLE errors), by code. */
export function unavailableAgencies(error: ApolloError | undefined): string[] {
  const errors = (error?.graphQLErrors ?? []) as readonly GraphQLErrorLike[];
  const codes = errors
    .filter((e) => e.extensions?.code === 'AGENCY_UNAVAILABLE')
    .map((e) => String(e.extensions?.agency ?? e.extensions?.subgraph ?? 'an agency'));
  return [...new Set(codes)].sort();
}

/** Errors other than an unavailable agency: the view could not be answered. */
export function otherErrors(error: ApolloError | undefined): string[] {
  if (!error) return [];
  const errors = (error.graphQLErrors ?? []) as readonly GraphQLErrorLike[];
  const rest = errors.filter((e) => e.extensions?.code !== 'AGENCY_UNAVAILABLE').map((e) => e.message);
  if (error.networkError) rest.push(`the server did not answer: ${error.networkError.message}`);
  return rest;
}

export function AgencyBanner({ error }: { error: ApolloError | undefined }) {
  const agencies = unavailableAgencies(error);
  if (!agencies.length) return null;
  return (
    <div className="banner" role="alert" data-testid="agency-banner">
      <strong>
        {agencies.length === 1 ? `Agency ${agencies[0]} is unavailable.` : `Agencies ${agencies.join(', ')} are unavailable.`}
      </strong>{' '}
      Their records are missing below; everything else is shown as usual.
    </div>
  );
}

/** The state of one query: the banner, a loading line or an error; renders the children once data is there. */
export function QueryState({
  loading,
  error,
  hasData,
  children,
  what,
}: {
  loading: boolean;
  error: ApolloError | undefined;
  hasData: boolean;
  children?: React.ReactNode;
  what: string;
}) {
  const others = otherErrors(error);
  return (
    <>
      <AgencyBanner error={error} />
      {others.length > 0 && (
        <div className="error" role="alert">
          <strong>Could not load {what}.</strong> {others.slice(0, 3).join(' · ')}
        </div>
      )}
      {loading && !hasData && (
        <p className="loading" role="status" aria-live="polite">
          Loading {what}…
        </p>
      )}
      {hasData && children}
    </>
  );
}

export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · SSC Federation`;
  }, [title]);
}

const number = new Intl.NumberFormat('en');
export const formatNumber = (n: number) => number.format(n);
const compactUsd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
export const formatUsd = (n: number) => compactUsd.format(n);
export const formatMoney = (m: { amount: number; currency: string } | null | undefined) =>
  m ? new Intl.NumberFormat('en', { style: 'currency', currency: m.currency, maximumFractionDigits: 0 }).format(m.amount) : '—';
export const formatDate = (d: string | null | undefined) => (d ? d.slice(0, 10) : '—');
export const humanize = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ');

/** A wide table that scrolls sideways on small screens; focusable so that the keyboard can scroll it. */
export function TableWrap({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to be scrolled by keyboard
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** A disclosure whose content is rendered only once opened (long tables cost nothing until then). */
export function Disclosure({ summary, children }: { summary: string; children: () => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
