/**
 * The charts, loaded apart from the entry: the module starts loading when this one is first
 * imported, in parallel with the overview's query, and is used without suspending once it is
 * there (React.lazy would hold a revealed boundary back by its fallback throttle).
 */
import { useEffect, useState } from 'react';
import type { Bucket } from './BucketChart.tsx';
import type { Flow } from './FlowMap.tsx';

type Charts = typeof import('./index.ts');
let loaded: Charts | undefined;
const charts = import('./index.ts').then((m) => {
  loaded = m;
  return m;
});

function useCharts(): Charts | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!module) void charts.then(setModule);
  }, [module]);
  return module;
}

const placeholder = (height: number) => (
  <div className="chart-placeholder" style={{ height }}>
    <span className="loading">Drawing…</span>
  </div>
);

export function BucketChart(props: { id: string; title: string; buckets: readonly Bucket[]; limit?: number; vertical?: boolean }) {
  const m = useCharts();
  return m ? <m.BucketChart {...props} /> : placeholder(220);
}

export function FlowMap(props: { flows: readonly Flow[] }) {
  const m = useCharts();
  return m ? <m.FlowMap {...props} /> : placeholder(300);
}
