import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { OutsideResult, WithdrawnOutsideResult } from '@omt/contracts';
import { formatStampZoned } from '../../time';
import { renderAs } from '../../test-support/render';
import { OutsideResults, resultTaken, withdrawnWords } from './outside-results';

const SOURCE = 'urn:oid:2.16.840.1.113883.19.5.7';
const LAB = 'Valley Medical Laboratory';
/** How the chart names a sender that gave no name: in words, its identifier system after it in small print. */
const UNNAMED = `from another system (${SOURCE})`;
const base = {
  codings: [],
  category: [],
  status: 'final' as const,
  source: SOURCE,
  sourceName: null,
  importedAt: '2026-01-05T10:00:00Z',
};
const RESULTS: OutsideResult[] = [
  {
    ...base,
    id: 'r-1',
    sourceName: LAB,
    name: 'Body temperature',
    category: [{ system: null, code: 'vital-signs', display: null }],
    value: { kind: 'quantity', value: 38.2, unit: 'Cel', unitSystem: null, unitCode: 'Cel' },
    effective: '2024-05-02T06:15:00Z',
  },
  {
    ...base,
    id: 'r-2',
    name: 'Lumbar examination',
    status: 'preliminary',
    value: { kind: 'string', text: 'Tender over L4' },
    effective: '2024-05-03',
  },
];

const { status: _status, ...potassium } = {
  ...base,
  id: 'r-3',
  name: 'Potassium',
  value: { kind: 'quantity' as const, value: 6.8, unit: 'mmol/L', unitSystem: null, unitCode: null },
  effective: '2024-07-01',
};
const WITHDRAWN: WithdrawnOutsideResult[] = [
  {
    ...potassium,
    withdrawnAs: 'entered-in-error',
    arrivedWithdrawn: false,
    withdrawnAt: '2024-07-02T14:05:00Z',
  },
];

function answer(status: number, body: unknown) {
  return vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('OutsideResults', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the patient's results from other systems read-only: value with unit, when, category, source and a status other than final", async () => {
    const fetch = answer(200, { results: RESULTS, withdrawn: [] });
    vi.stubGlobal('fetch', fetch);
    renderAs(<OutsideResults patientId="p-1" />);
    const section = screen.getByRole('region', { name: 'Results from other systems' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      `Body temperature: 38.2 Cel · ${resultTaken('2024-05-02T06:15:00Z')} · vital-signs · from ${LAB}`,
      `Lumbar examination: Tender over L4preliminary · May 3, 2024 · ${UNNAMED}`,
    ]);
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).queryByRole('heading', { name: 'Withdrawn results' })).toBeNull();
    expect(fetch).toHaveBeenCalledWith('/api/patients/p-1/outside-results', expect.anything());
  });

  it('names the sending organisation when the result gave its name, else says another system, its identifier in small print', async () => {
    vi.stubGlobal('fetch', answer(200, { results: RESULTS, withdrawn: [] }));
    renderAs(<OutsideResults patientId="p-1" />);
    const [named, unnamed] = await screen.findAllByRole('listitem');
    const name = within(named!).getByText(`from ${LAB}`);
    expect(name.getAttribute('title')).toBe(SOURCE);
    expect(named!.textContent).not.toContain('urn:oid');
    expect(within(unnamed!).queryByText(new RegExp(LAB))).toBeNull();
    const identifier = within(unnamed!).getByText(`(${SOURCE})`);
    expect(identifier.className).toBe('outside-result-source-id');
    expect(identifier.parentElement!.textContent).toMatch(/ · from another system \(urn:oid:[\d.]+\)$/);
  });

  it('lists a result its sender withdrew apart from the current ones, struck through, saying when in words', async () => {
    vi.stubGlobal('fetch', answer(200, { results: RESULTS.slice(0, 1), withdrawn: WITHDRAWN }));
    renderAs(<OutsideResults patientId="p-1" />);
    const section = screen.getByRole('region', { name: 'Results from other systems' });
    const [current, withdrawn] = await within(section).findAllByRole('list');
    expect(
      within(current!)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([expect.stringMatching(/^Body temperature: 38.2 Cel/)]);
    expect(within(section).getByRole('heading', { name: 'Withdrawn results', level: 3 })).toBeTruthy();
    expect(withdrawn).toBe(within(section).getByRole('list', { name: 'Withdrawn results' }));
    const [item] = within(withdrawn!).getAllByRole('listitem');
    const when = formatStampZoned('2024-07-02T14:05:00Z', 'en-US');
    expect(when).toMatch(/2024, \d{1,2}:05 [AP]M \S+$/);
    expect(item!.textContent).toBe(
      `Potassium: 6.8 mmol/L · July 1, 2024 · ${UNNAMED}Withdrawn by the sending system on ${when}`,
    );
    expect(item!.querySelector('s')?.textContent).toBe('Potassium: 6.8 mmol/L');
    expect(within(section).queryByText('None received.')).toBeNull();
  });

  it('says in words that the sending system cancelled a result, and that one which arrived so was never current', async () => {
    const sodium: WithdrawnOutsideResult = {
      ...potassium,
      id: 'r-4',
      name: 'Sodium',
      sourceName: LAB,
      value: null,
      effective: null,
      withdrawnAs: 'cancelled',
      arrivedWithdrawn: true,
      withdrawnAt: '2024-07-03T09:40:00Z',
    };
    const cancelled: WithdrawnOutsideResult = { ...WITHDRAWN[0]!, id: 'r-5', withdrawnAs: 'cancelled' };
    const early: WithdrawnOutsideResult = { ...WITHDRAWN[0]!, id: 'r-6', arrivedWithdrawn: true };
    vi.stubGlobal('fetch', answer(200, { results: [], withdrawn: [sodium, cancelled, early] }));
    renderAs(<OutsideResults patientId="p-1" />);
    const list = await screen.findByRole('list', { name: 'Withdrawn results' });
    const [first, second, third] = within(list).getAllByRole('listitem');
    const at = (instant: string) => formatStampZoned(instant, 'en-US');
    expect(first!.textContent).toBe(
      `Sodium · from ${LAB}Cancelled by the sending system on ${at('2024-07-03T09:40:00Z')}. ` +
        'It arrived already cancelled, so it was never a current result here.',
    );
    expect(first!.querySelector('s')?.textContent).toBe('Sodium');
    expect(second!.textContent).toBe(
      `Potassium: 6.8 mmol/L · July 1, 2024 · ${UNNAMED}Cancelled by the sending system on ${at('2024-07-02T14:05:00Z')}`,
    );
    expect(third!.textContent).toMatch(
      /It arrived already withdrawn, so it was never a current result here\.$/,
    );
    expect(
      screen.getByText(/withdrew these as entered in error, or cancelled them: do not act on them/),
    ).toBeTruthy();
    expect(withdrawnWords(early)).toMatch(/^Withdrawn by the sending system on /);
  });

  it('says when only withdrawn results are left', async () => {
    vi.stubGlobal('fetch', answer(200, { results: [], withdrawn: WITHDRAWN }));
    renderAs(<OutsideResults patientId="p-1" />);
    await screen.findByText('No current results.');
    expect(screen.getByRole('list', { name: 'Withdrawn results' })).toBeTruthy();
  });

  it('tells an instant with its zone named, and a date or a month as sent', () => {
    expect(resultTaken('2024-05-02T06:15:00Z')).toMatch(/^May [1-2], 2024, \d{1,2}:15 [AP]M \S+$/);
    expect(resultTaken('2024-05-02')).toMatch(/2024/);
    expect(resultTaken('2024-05-02')).not.toMatch(/[AP]M/);
    expect(resultTaken('2024-05')).toBe('2024-05');
  });

  it('says when none were received, and shows a refusal', async () => {
    vi.stubGlobal('fetch', answer(200, { results: [], withdrawn: [] }));
    renderAs(<OutsideResults patientId="p-1" />);
    await screen.findByText('None received.');
    vi.stubGlobal('fetch', answer(403, { code: 'forbidden', message: 'not allowed' }));
    renderAs(<OutsideResults patientId="p-2" />);
    expect((await screen.findByRole('alert')).textContent).toContain('the results from other systems');
  });
});
