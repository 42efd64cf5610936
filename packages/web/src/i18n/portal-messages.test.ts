import { describe, expect, it } from 'vitest';
import { PORTAL_MESSAGES } from './portal-messages';
import { browserLanguage } from './public-language';
import { PUBLIC_MESSAGES } from './public-messages';
import { localAgeLabel, portalText, publicText } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['portal', PORTAL_MESSAGES],
  ['public pages', PUBLIC_MESSAGES],
] as const)('the %s message catalogue', (_name, catalogue: Record<'en' | 'es', Record<string, string>>) => {
  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(catalogue.es).sort()).toEqual(Object.keys(catalogue.en).sort());
  });

  it('has no empty text and no development note', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [key, text] of Object.entries(catalogue[lang])) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(text, `${lang}.${key}`).not.toMatch(/TODO|UNCONFIRMED|FIXME|\.tsx?\b/);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(catalogue.en)) {
      expect(placeholders(catalogue.es[key] ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('the texts through i18next', () => {
  it('resolves every key of both catalogues in both languages to the text in the files', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const key of Object.keys(PORTAL_MESSAGES.en) as (keyof typeof PORTAL_MESSAGES.en)[]) {
        const text = PORTAL_MESSAGES[lang][key];
        if (!/\{\w+\}/.test(text)) expect(portalText(lang, key), `${lang}.${key}`).toBe(text);
      }
      for (const key of Object.keys(PUBLIC_MESSAGES.en) as (keyof typeof PUBLIC_MESSAGES.en)[]) {
        const text = PUBLIC_MESSAGES[lang][key];
        if (!/\{\w+\}/.test(text)) expect(publicText(lang, key), `${lang}.${key}`).toBe(text);
      }
    }
  });

  it('leaves a placeholder without a value as written and does not HTML-escape values', () => {
    expect(portalText('en', 'withAt', { provider: "Dr. O'Neil & <Sam>" })).toBe(
      "With Dr. O'Neil & <Sam> at {location}",
    );
  });
});

describe('the portal message catalogue', () => {
  it('fills placeholders in the chosen language', () => {
    expect(portalText('es', 'openCount', { count: 3 })).toBe('3 disponibles');
    expect(portalText('en', 'zoneLabel', { location: 'Cleveland', zone: 'America/New_York' })).toBe(
      'Cleveland time (America/New_York)',
    );
  });

  it("writes the server's age labels in Spanish and keeps anything else", () => {
    expect(localAgeLabel('32 y', 'es')).toBe('32 años');
    expect(localAgeLabel('5 mo', 'es')).toBe('5 meses');
    expect(localAgeLabel('10 wk', 'es')).toBe('10 sem.');
    expect(localAgeLabel('10 wk', 'en')).toBe('10 wk');
    expect(localAgeLabel('newborn', 'es')).toBe('newborn');
  });
});

describe("an anonymous visitor's language", () => {
  it.each([
    [['es-MX', 'en-US'], 'es'],
    [['es'], 'es'],
    [['en-US', 'es-US'], 'en'],
    [['fr-FR', 'es-ES', 'en'], 'es'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
    [['ES-us'], 'es'],
  ] as const)('%j reads %s', (languages, lang) => {
    expect(browserLanguage(languages)).toBe(lang);
  });
});
