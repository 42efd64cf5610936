import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_TEXTS } from './appointment-texts';
import { PASSWORD_RESET_TEXTS } from './password-reset-texts';
import { SIGNUP_TEXTS } from './signup-texts';
import { CHECK_IN_TEXTS } from './check-in-texts';
import { fill, placeholders, type Catalogue } from './fill';
import { visitDateTime } from '../mail-date';

const CATALOGUES: Record<string, Catalogue<string>> = {
  appointment: APPOINTMENT_TEXTS,
  'password reset': PASSWORD_RESET_TEXTS,
  'sign-up': SIGNUP_TEXTS,
  'check-in': CHECK_IN_TEXTS,
};

describe.each(Object.entries(CATALOGUES))('the %s mail texts', (_name, catalogue) => {
  it('have the same keys in English and Spanish', () => {
    expect(Object.keys(catalogue.es).sort()).toEqual(Object.keys(catalogue.en).sort());
  });

  it('have no empty text and no development note', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [key, text] of Object.entries(catalogue[lang])) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(text, `${lang}.${key}`).not.toMatch(/TODO|UNCONFIRMED|FIXME|\.tsx?\b/);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogue.en)) {
      expect(placeholders(catalogue.es[key] ?? ''), key).toEqual(placeholders(catalogue.en[key] ?? ''));
    }
  });
});

describe('the mail text files', () => {
  it('are all checked above: a new *-texts.ts file fails here until its catalogue is listed', async () => {
    const folder = dirname(fileURLToPath(import.meta.url));
    const files = readdirSync(folder).filter((f) => f.endsWith('-texts.ts'));
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(CATALOGUES).length);
    const listed = new Set<unknown>(Object.values(CATALOGUES));
    for (const file of files) {
      const exports: Record<string, unknown> = await import(join(folder, file));
      const catalogues = Object.values(exports).filter(
        (v) => typeof v === 'object' && v !== null && 'en' in v,
      );
      expect(catalogues.length, `${file} exports no { en, es } catalogue`).toBeGreaterThan(0);
      for (const catalogue of catalogues) expect(listed.has(catalogue), `${file} is not listed`).toBe(true);
    }
  });
});

describe('fill', () => {
  it('puts values into placeholders and refuses a missing one', () => {
    expect(fill('{a} y {b}', { a: 1, b: 'dos' })).toBe('1 y dos');
    expect(() => fill('{a}', {})).toThrow(/\{a\}/);
  });
});

describe('visitDateTime', () => {
  it('writes a visit in Spanish in the location zone', () => {
    // 13:00Z is 9:00 in Cleveland (EDT) and 6:00 in Phoenix (MST, no DST).
    expect(visitDateTime('2026-06-01T13:00:00Z', 'America/New_York', 'Cleveland', 'es')).toBe(
      'lunes, 1 de junio de 2026, a las 9:00 a.m., hora de Cleveland (America/New_York, UTC-04:00)',
    );
    expect(visitDateTime('2026-06-01T13:00:00Z', 'America/Phoenix', 'Phoenix', 'es')).toBe(
      'lunes, 1 de junio de 2026, a las 6:00 a.m., hora de Phoenix (America/Phoenix, UTC-07:00)',
    );
  });

  it('writes the local date, which may differ from the UTC date', () => {
    expect(visitDateTime('2026-06-02T02:30:00Z', 'America/Phoenix', 'Phoenix', 'es')).toMatch(
      /^lunes, 1 de junio de 2026, a las 7:30 p\.m\./,
    );
    expect(visitDateTime('2026-06-02T02:30:00Z', 'America/Phoenix', 'Phoenix', 'en')).toBe(
      'Monday, June 1, 2026 at 7:30 PM Phoenix time (America/Phoenix, UTC-07:00)',
    );
  });
});
