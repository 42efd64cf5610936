import { lazy, Suspense } from 'react';
import type { MeasureChartProps } from './measure-chart';
import { useChartLabels } from './use-chart-labels';

const Chart = lazy(async () => ({ default: (await import('./measure-chart')).MeasureChart }));

/**
 * The measure chart in its own chunk: a page loads the charting library only when it shows a chart. Its words are
 * the reader's (see useChartLabels).
 */
export function LazyMeasureChart(props: Omit<MeasureChartProps, 'labels'>) {
  const { loading, ...labels } = useChartLabels();
  return (
    <Suspense fallback={<p aria-busy="true">{loading}</p>}>
      <Chart {...props} labels={labels} />
    </Suspense>
  );
}
