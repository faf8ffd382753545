import { useMemo } from 'react';
import { formatNumber, formatUsd } from '../ui.tsx';
import { Chart } from './Chart.tsx';
import { echarts } from './echarts.ts';
import { CENTROIDS, worldGeoJson } from './world.ts';

export interface Flow {
  provider: { code: string; name: string };
  recipient: { code: string; name: string };
  count: number;
  budgetUsd: number;
}

/** The stroke of a flow's line: the browser test counts the map's paths of this colour. */
export const FLOW_COLOR = '#c2410c';

// converted and registered as soon as this module loads: while the overview's query is still out
echarts.registerMap('world', worldGeoJson() as never);

/** Cooperation flows on the world map: one curved line from each provider country to each recipient country. */
export function FlowMap({ flows }: { flows: readonly Flow[] }) {
  const placed = useMemo(() => flows.filter((f) => CENTROIDS[f.provider.code] && CENTROIDS[f.recipient.code]), [flows]);
  const option = useMemo(() => {
    const max = Math.max(1, ...placed.map((f) => f.count));
    const ends = new Map<string, string>();
    for (const f of placed) {
      ends.set(f.provider.code, f.provider.name);
      ends.set(f.recipient.code, f.recipient.name);
    }
    return {
      animation: false,
      tooltip: { trigger: 'item' as const },
      geo: {
        map: 'world',
        nameProperty: 'iso',
        roam: false,
        silent: true,
        // the whole map in the box, its proportions kept
        layoutCenter: ['50%', '50%'],
        layoutSize: '100%',
        itemStyle: { areaColor: '#e5e7eb', borderColor: '#9ca3af', borderWidth: 0.5 },
        regions: [...ends.keys()].map((code) => ({ name: code, itemStyle: { areaColor: '#cfe0f1' } })),
      },
      series: [
        {
          type: 'lines' as const,
          coordinateSystem: 'geo',
          zlevel: 1,
          data: placed.map((f) => ({
            name: `${f.provider.name} → ${f.recipient.name}`,
            coords: [CENTROIDS[f.provider.code], CENTROIDS[f.recipient.code]],
            value: f.count,
            budget: f.budgetUsd,
            lineStyle: { width: 0.75 + (3 * f.count) / max },
          })),
          lineStyle: { color: FLOW_COLOR, opacity: 0.55, curveness: 0.25 },
          tooltip: {
            formatter: (p: { data: { name: string; value: number; budget: number } }) =>
              `${p.data.name}<br/>${formatNumber(p.data.value)} projects · ${formatUsd(p.data.budget)}`,
          },
        },
        {
          type: 'scatter' as const,
          coordinateSystem: 'geo',
          zlevel: 2,
          symbolSize: 5,
          itemStyle: { color: '#1f3a5f' },
          data: [...ends].map(([code, name]) => ({ name, value: CENTROIDS[code] })),
          tooltip: { formatter: (p: { name: string }) => p.name },
        },
      ],
    };
  }, [placed]);
  const unplaced = flows.length - placed.length;
  return (
    <div className="map" data-flows={placed.length}>
      <Chart
        option={option}
        height={300}
        testId="flow-map"
        label={`Map of ${placed.length} cooperation flows from provider to recipient countries${unplaced ? ` (${unplaced} without a place on the map)` : ''}`}
      />
    </div>
  );
}
