// Helm charts: detection, values layering and rendering with provenance (see chart.ts for the API).
export { detectCharts, isValueRead, loadChart, renderChart } from './chart';
export type { Chart, HelmProblem, RenderedTemplate, RenderOptions, RenderResult } from './chart';
export type { HelmCache } from './values';
