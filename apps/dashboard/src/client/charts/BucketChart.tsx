import { useMemo } from 'react';
import { Disclosure, formatNumber, formatUsd, TableWrap } from '../ui.tsx';
import { Chart } from './Chart.tsx';

export interface Bucket {
  key: string;
  label: string;
  count: number;
  budgetUsd: number;
}

const BAR = '#1f5f99';

/** Projects by one dimension: bars of the count (budget in the tooltip), and the figures as a table. */
export function BucketChart({
  id,
  title,
  buckets,
  limit = 12,
  vertical = false,
}: {
  id: string;
  title: string;
  buckets: readonly Bucket[];
  limit?: number;
  vertical?: boolean;
}) {
  const shown = useMemo(
    () =>
      vertical ? [...buckets].sort((a, b) => a.key.localeCompare(b.key)) : [...buckets].sort((a, b) => b.count - a.count).slice(0, limit),
    [buckets, limit, vertical],
  );
  const option = useMemo(() => {
    const labels = shown.map((b) => (b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label));
    const values = shown.map((b) => ({ value: b.count, budget: b.budgetUsd, name: b.label }));
    const category = { type: 'category' as const, data: vertical ? labels : [...labels].reverse(), axisLabel: { color: '#1f2937' } };
    const value = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#1f2937' } };
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item' as const,
        formatter: (p: { data: { name: string; value: number; budget: number } }) =>
          `${p.data.name}<br/>${formatNumber(p.data.value)} projects · ${formatUsd(p.data.budget)}`,
      },
      xAxis: vertical ? category : value,
      yAxis: vertical ? value : category,
      series: [{ type: 'bar' as const, data: vertical ? values : [...values].reverse(), itemStyle: { color: BAR }, barMaxWidth: 28 }],
    };
  }, [shown, vertical]);
  const top = shown
    .slice(0, 3)
    .map((b) => `${b.label}: ${b.count}`)
    .join('; ');
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {buckets.length === 0 ? (
        <p>No projects.</p>
      ) : (
        <>
          <Chart option={option} label={`${title}: ${top}`} height={vertical ? 220 : Math.max(160, shown.length * 26 + 24)} />
          <Disclosure summary="Figures">
            {() => (
              <>
                <TableWrap label={`${title}: figures`}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{title.replace(/^By /, '')}</th>
                        <th scope="col" className="num">
                          Projects
                        </th>
                        <th scope="col" className="num">
                          Budget (USD)
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {buckets.map((b) => (
                        <tr key={b.key}>
                          <td>{b.label}</td>
                          <td className="num">{formatNumber(b.count)}</td>
                          <td className="num">{formatUsd(b.budgetUsd)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              </>
            )}
          </Disclosure>
        </>
      )}
    </section>
  );
}
