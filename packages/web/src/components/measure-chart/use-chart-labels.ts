import { usePortalText } from '../../i18n/use-portal-text';
import type { MeasureChartLabels } from './measure-chart';

/** The chart's words in the reader's language (English for staff). */
export function useChartLabels(): MeasureChartLabels & { loading: string } {
  const { t, locale } = usePortalText();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
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
    formatDate: (instant) => day.format(new Date(instant)),
  };
}
