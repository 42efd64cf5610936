import { usePortalText } from '../../i18n/use-portal-text';
import { formatMediumDate } from '../../time';
import type { MeasureChartLabels } from './measure-chart';

/** The chart's words in the reader's language (English for staff). */
export function useChartLabels(): MeasureChartLabels & { loading: string } {
  const { t, locale } = usePortalText();
  return {
    loading: t('chartLoading'),
    date: t('chartDate'),
    score: t('chartScore'),
    baseline: (value) => t('chartBaseline', { value }),
    improvement: (value) => t('chartImprovement', { value }),
    noImprovementRule: t('chartNoRule'),
    visit: (n) => t('chartVisit', { n }),
    visitColumn: t('chartVisitColumn'),
    tableCaption: (name) => `${t('chartTableCaption')} ${name}`,
    atVisit: (n) => (n === null ? t('chartNotPlanVisit') : t('chartVisit', { n })),
    formatDate: (instant) => formatMediumDate(instant, locale),
  };
}
