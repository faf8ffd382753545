/**
 * Annual average exchange rates, in local currency units per US dollar, for turning project
 * budgets into US dollars (`ProjectStats.budgetUsd`).
 *
 * Source: World Bank, World Development Indicators, indicator PA.NUS.FCRF, "Official exchange
 * rate (LCU per US$, period average)". There is no network access where this table was written:
 * the figures were transcribed from memory of that source and rounded (to about three significant
 * figures), so they are approximate and must be checked against the source before anyone relies
 * on them. The source has no 2025 figures yet: 2025 repeats 2024.
 *
 * A project's budget is converted at the rate of its start year: a year after the table's last
 * (or a project without a start date) uses the last year's rate, a year before its first the
 * first year's. A currency without a row here has no rate: its amounts are summed in `budgets`
 * but left out of every `budgetUsd`.
 */

/** The first year of the table. */
export const RATE_FIRST_YEAR = 2010;

/** LCU per US$, one figure per year from RATE_FIRST_YEAR on. */
export const EXCHANGE_RATES: Readonly<Record<string, readonly number[]>> = {
  USD: Array.from({ length: 16 }, () => 1),
  // 2010 ... 2024, then 2025 = 2024
  BRL: [1.76, 1.67, 1.95, 2.16, 2.35, 3.33, 3.49, 3.19, 3.65, 3.94, 5.16, 5.4, 5.16, 4.99, 5.39, 5.39],
  JPY: [87.8, 79.8, 79.8, 97.6, 105.9, 121.0, 108.8, 112.2, 110.4, 109.0, 106.8, 109.8, 131.5, 140.5, 151.5, 151.5],
  IDR: [9090, 8770, 9387, 10461, 11865, 13389, 13308, 13381, 14237, 14148, 14582, 14308, 14850, 15237, 15855, 15855],
  MXN: [12.64, 12.42, 13.17, 12.77, 13.29, 15.85, 18.66, 18.93, 19.24, 19.26, 21.49, 20.27, 20.13, 17.76, 18.3, 18.3],
  EUR: [0.755, 0.719, 0.778, 0.753, 0.754, 0.902, 0.904, 0.885, 0.847, 0.893, 0.876, 0.845, 0.95, 0.925, 0.924, 0.924],
};

/**
 * Local currency units per US dollar for `currency` in `year`: the year's rate, the last year's
 * for a later year or an unknown one (null), the first year's for an earlier one; undefined for a
 * currency the table does not hold.
 */
export function usdRate(currency: string, year: number | null): number | undefined {
  const rates = EXCHANGE_RATES[currency];
  if (!rates?.length) return undefined;
  const last = rates.length - 1;
  const i = year === null ? last : Math.min(Math.max(year - RATE_FIRST_YEAR, 0), last);
  return rates[i];
}

/** The amount in US dollars, or undefined when the currency has no rate. */
export function toUsd(amount: number, currency: string, year: number | null): number | undefined {
  const rate = usdRate(currency, year);
  return rate === undefined ? undefined : amount / rate;
}
