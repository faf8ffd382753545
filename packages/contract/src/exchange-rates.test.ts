import { describe, expect, it } from 'vitest';
import { EXCHANGE_RATES, RATE_FIRST_YEAR, toUsd, usdRate } from './exchange-rates.ts';

describe('the exchange rates', () => {
  it('cover the dollar, the euro and the currencies of the agencies from 2010 to 2025', () => {
    for (const currency of ['USD', 'EUR', 'BRL', 'JPY', 'IDR', 'MXN']) {
      expect(EXCHANGE_RATES[currency], currency).toHaveLength(2025 - RATE_FIRST_YEAR + 1);
      for (const rate of EXCHANGE_RATES[currency] ?? []) expect(rate).toBeGreaterThan(0);
    }
  });

  it("use the start year's rate, the last year's after the table or without a year, the first year's before it", () => {
    expect(usdRate('BRL', 2015)).toBe(3.33);
    expect(usdRate('BRL', 2031)).toBe(5.39);
    expect(usdRate('BRL', null)).toBe(5.39);
    expect(usdRate('BRL', 1999)).toBe(1.76);
    expect(usdRate('USD', 2001)).toBe(1);
    expect(toUsd(1_000, 'JPY', 2023)).toBeCloseTo(1_000 / 140.5, 9);
  });

  it('have no rate for other currencies: their amounts are left out of dollar totals', () => {
    expect(usdRate('XOF', 2020)).toBeUndefined();
    expect(toUsd(100, 'XOF', 2020)).toBeUndefined();
  });
});
