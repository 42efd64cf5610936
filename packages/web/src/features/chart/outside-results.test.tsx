import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { OutsideResult } from '@omt/contracts';
import { renderAs } from '../../test-support/render';
import { OutsideResults, resultTaken } from './outside-results';

const SOURCE = 'urn:oid:2.16.840.1.113883.19.5.7';
const base = {
  codings: [],
  category: [],
  status: 'final' as const,
  source: SOURCE,
  importedAt: '2026-01-05T10:00:00Z',
};
const RESULTS: OutsideResult[] = [
  {
    ...base,
    id: 'r-1',
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

function answer(status: number, body: unknown) {
  return vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('OutsideResults', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the patient's results from other systems read-only: value with unit, when, category, source and a status other than final", async () => {
    const fetch = answer(200, { results: RESULTS });
    vi.stubGlobal('fetch', fetch);
    renderAs(<OutsideResults patientId="p-1" />);
    const section = screen.getByRole('region', { name: 'Results from other systems' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      `Body temperature: 38.2 Cel · ${resultTaken('2024-05-02T06:15:00Z')} · vital-signs · from ${SOURCE}`,
      `Lumbar examination: Tender over L4preliminary · May 3, 2024 · from ${SOURCE}`,
    ]);
    expect(within(section).queryByRole('button')).toBeNull();
    expect(fetch).toHaveBeenCalledWith('/api/patients/p-1/outside-results', expect.anything());
  });

  it('tells an instant with its zone named, and a date or a month as sent', () => {
    expect(resultTaken('2024-05-02T06:15:00Z')).toMatch(/^May [1-2], 2024, \d{1,2}:15 [AP]M \S+$/);
    expect(resultTaken('2024-05-02')).toMatch(/2024/);
    expect(resultTaken('2024-05-02')).not.toMatch(/[AP]M/);
    expect(resultTaken('2024-05')).toBe('2024-05');
  });

  it('says when none were received, and shows a refusal', async () => {
    vi.stubGlobal('fetch', answer(200, { results: [] }));
    renderAs(<OutsideResults patientId="p-1" />);
    await screen.findByText('None received.');
    vi.stubGlobal('fetch', answer(403, { code: 'forbidden', message: 'not allowed' }));
    renderAs(<OutsideResults patientId="p-2" />);
    expect((await screen.findByRole('alert')).textContent).toContain('the results from other systems');
  });
});
