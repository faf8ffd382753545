/** The charts module, loaded apart from the entry so that it downloads while the first query runs. */
export { type Bucket, BucketChart } from './BucketChart.tsx';
export { FLOW_COLOR, type Flow, FlowMap } from './FlowMap.tsx';
