/** ECharts, tree-shaken: only the charts and components the dashboard draws, rendered as SVG. */
import { BarChart, LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LinesChart, ScatterChart, GeoComponent, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];
