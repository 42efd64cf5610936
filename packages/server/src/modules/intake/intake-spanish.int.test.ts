import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionnaireAnswer } from '@omt/contracts';
import { LINK, redFlagLink } from '@omt/fhir';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { completeResponse } from '../../../../fhir/src/test-support/complete-response';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { answer, bookFollowUp, LOW_BACK_INTAKE, yesTo } from '../../test-support/factories';

type Item = { linkId: string; text?: string; item?: Item[] };
const textOf = (items: Item[], linkId: string): string | undefined => {
  for (const i of items) {
    if (i.linkId === linkId) return i.text;
    const inner = textOf(i.item ?? [], linkId);
    if (inner) return inner;
  }
  return undefined;
};

/** Back and neck pain with saddle numbness and a neck injury: red flags on two screens. */
const FLAGGED: Record<string, QuestionnaireAnswer[]> = {
  ...LOW_BACK_INTAKE,
  [LINK.painRegions]: answer.regions('lumbar', 'cervical'),
  ...yesTo('low-back', 'saddle_numbness', 'cancer_history'),
  ...yesTo('neck', 'significant_trauma'),
};

describe.each(TEST_DATABASES)('the intake in Spanish on $name', (kind) => {
  let t: TestApp;
  let maria: string;
  let doctor: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    maria = await t.login('maria@demo.clinic');
    doctor = await t.login('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  const questionnaire = (id: string, query = '') =>
    t.call(maria, 'GET', `/api/appointments/${id}/intake/questionnaire${query}`);
  const submit = async (id: string, query: string) => {
    const q = await questionnaire(id, query);
    expect(q.status).toBe(200);
    const body = { questionnaireResponse: completeResponse(q.body, FLAGGED) };
    return t.call(maria, 'POST', `/api/appointments/${id}/intake`, body);
  };

  it('a Spanish-preferring patient gets the questions in Spanish by default, and either language on asking', async () => {
    const set = await t.call(maria, 'PUT', '/api/me/preferred-language', { preferredLanguage: 'es' });
    expect(set.status).toBe(200);
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const es = await questionnaire(appt.id);
    expect(es.status).toBe(200);
    expect(es.body.language).toBe('es');
    expect(textOf(es.body.item, LINK.pregnant)).toBe('¿Está embarazada?');
    expect(textOf(es.body.item, redFlagLink('low-back', 'saddle_numbness'))).toMatch(
      /^¿Tiene entumecimiento/,
    );
    // PHQ keeps its validated English wording.
    expect(textOf(es.body.item, 'phq-1')).toBe('Little interest or pleasure in doing things');
    const en = await questionnaire(appt.id, '?lang=en');
    expect(en.body.language).toBe('en');
    expect(textOf(en.body.item, LINK.pregnant)).toBe('Are you pregnant?');
    expect(en.body.version).toBe(es.body.version);
    const bad = await questionnaire(appt.id, '?lang=fr');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/lang/);
  });

  it('a response to the Spanish questionnaire is stored as codes: the physician sees the same red flags as with English', async () => {
    await t.call(maria, 'PUT', '/api/me/preferred-language', { preferredLanguage: 'es' });
    const inSpanish = await bookFollowUp(t, 'maria@demo.clinic');
    const inEnglish = await bookFollowUp(t, 'maria@demo.clinic');
    const es = await submit(inSpanish.id, '');
    const en = await submit(inEnglish.id, '?lang=en');
    expect(es.status).toBe(201);
    expect(en.status).toBe(201);
    const seen = async (id: string) => {
      const r = await t.call(doctor, 'GET', `/api/appointments/${id}/intake`);
      expect(r.status).toBe(200);
      return r.body as {
        redFlags: { id: string; action: string }[];
        urgentFlags: unknown[];
        summary: unknown;
      };
    };
    const fromEs = await seen(inSpanish.id);
    const fromEn = await seen(inEnglish.id);
    const ids = fromEs.redFlags.map((f) => f.id).join(' ');
    expect(ids).toMatch(/cauda_equina/);
    expect(ids).toMatch(/malignancy/);
    expect(fromEs.redFlags).toEqual(fromEn.redFlags);
    expect(fromEs.summary).toEqual(fromEn.summary);
  });
});
