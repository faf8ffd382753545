/** The charts as lazy components: the module starts loading when this one is first imported. */
import { lazy, Suspense } from 'react';
import type { Bucket } from './BucketChart.tsx';
import type { Flow } from './FlowMap.tsx';

const charts = import('./index.ts');
const LazyBucketChart = lazy(() => charts.then((m) => ({ default: m.BucketChart })));
const LazyFlowMap = lazy(() => charts.then((m) => ({ default: m.FlowMap })));

const placeholder = (height: number) => (
  <div className="chart-placeholder" style={{ height }}>
    <span className="loading">Drawing…</span>
  </div>
);

export function BucketChart(props: { id: string; title: string; buckets: readonly Bucket[]; limit?: number; vertical?: boolean }) {
  return (
    <Suspense fallback={placeholder(220)}>
      <LazyBucketChart {...props} />
    </Suspense>
  );
}

export function FlowMap(props: { flows: readonly Flow[] }) {
  return (
    <Suspense fallback={placeholder(300)}>
      <LazyFlowMap {...props} />
    </Suspense>
  );
}
