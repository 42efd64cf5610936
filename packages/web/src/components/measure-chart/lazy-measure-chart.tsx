import { lazy, Suspense } from 'react';
import type { MeasureChartProps } from './measure-chart';

const Chart = lazy(async () => ({ default: (await import('./measure-chart')).MeasureChart }));

/** The measure chart in its own chunk: a page loads the charting library only when it shows a chart. */
export function LazyMeasureChart(props: MeasureChartProps & { loading: string }) {
  const { loading, ...chart } = props;
  return (
    <Suspense fallback={<p aria-busy="true">{loading}</p>}>
      <Chart {...chart} />
    </Suspense>
  );
}
