import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MeasureTrend } from '@omt/contracts';
import { renderAs } from '../../test-support/render';
import { MeasureChart } from './measure-chart';
import { useChartLabels } from './use-chart-labels';

const trend: MeasureTrend = {
  measure: 'nrs',
  name: 'Pain rating (0–10)',
  scale: { min: 0, max: 10 },
  baseline: 8,
  threshold: 6,
  points: [
    { at: '2026-06-01T12:00:00Z', score: 8, shown: '8 of 10', band: null, appointmentId: 'c0' },
    { at: '2026-06-08T12:00:00Z', score: 7, shown: '7 of 10', band: null, appointmentId: 'v1' },
    { at: '2026-06-15T12:00:00Z', score: 5, shown: '5 of 10', band: null, appointmentId: 'v2' },
  ],
};
const visits = [
  { appointmentId: 'v1', start: '2026-06-09T15:00:00Z', done: true },
  { appointmentId: 'v2', start: '2026-06-16T15:00:00Z', done: false },
];

function Chart({ t = trend }: { t?: MeasureTrend }) {
  return <MeasureChart trend={t} visits={visits} labels={useChartLabels()} nameLang="en" />;
}

describe('MeasureChart', () => {
  it('says the same as a table: each answer with its date, score and visit', () => {
    renderAs(<Chart />);
    const table = screen.getByRole('table', { name: 'Answers over time: Pain rating (0–10)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['8 / 10', 'Before the plan'],
      ['7 / 10', 'Visit 1'],
      ['5 / 10', 'Visit 2'],
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date', 'Score', 'Visit of the plan']);
  });

  it('labels the baseline, the band of meaningful improvement, the visits and every point in words', () => {
    const { container } = renderAs(<Chart />);
    expect(screen.getByText('Pain rating (0–10)').closest('figcaption')?.textContent).toBe(
      'Pain rating (0–10) · Baseline 8 · Meaningful improvement: 6 or lower',
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const words = [...svg.querySelectorAll('text')].map((x) => x.textContent);
    expect(words).toEqual(
      expect.arrayContaining([
        'Baseline 8',
        'Meaningful improvement: 6 or lower',
        'Visit 1',
        'Visit 2',
        '8',
        '7',
        '5',
      ]),
    );
    // The band is hatched (a pattern), not told by colour.
    expect(svg.querySelector('.measure-chart-band rect')?.getAttribute('fill')).toBe('url(#mcid-nrs)');
    expect(svg.querySelector('pattern#mcid-nrs')).not.toBeNull();
  });

  it('says so when the measure has no rule of meaningful improvement, in Spanish too', () => {
    renderAs(<Chart t={{ ...trend, measure: 'peg', name: 'PEG', threshold: null }} />, { lang: 'es' });
    expect(screen.getByText('PEG').closest('figcaption')?.textContent).toBe(
      'PEG · Valor inicial 8 · Para este cuestionario no hay un umbral de mejoría importante',
    );
    expect(screen.getByRole('columnheader', { name: 'Puntuación' })).toBeTruthy();
    expect(document.querySelector('.measure-chart-band')).toBeNull();
  });
});
