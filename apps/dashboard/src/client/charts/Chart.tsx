import { useEffect, useRef } from 'react';
import { type ChartOption, echarts } from './echarts.ts';

/** One ECharts chart in a box that follows its container's width; `label` describes it to assistive technology. */
export function Chart({ option, label, height, testId }: { option: ChartOption; label: string; height: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption(option);
    performance.mark('ssc:chart-drawn');
    // the observer reports the size it starts with too: redraw only on a change
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      chart.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} data-testid={testId} />;
}
