import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { validateFhir } from '../test-support/validator';
import { completeResponse } from '../test-support/complete-response';
import { validateQuestionnaireResponse } from '../questionnaire/validate-response';
import { extractIntake } from './extract';
import { intakeQuestionnaire } from './questionnaire';
import { LINK, phqLink, redFlagGroupLink, redFlagLink } from './link-ids';

const ALEX = { ageYears: 42, sex: 'male' };
const MARIA = { ageYears: 32, sex: 'female' };
const NOAH = { ageYears: 0.2, sex: 'male' };
const region = (code: string) => ({
  valueCoding: { system: 'https://omt-clinic.org/fhir/CodeSystem/omt-region', code },
});
const phq = (code: string) => ({ valueCoding: { system: 'http://loinc.org', code } });

function linkIds(q: Questionnaire): string[] {
  const out: string[] = [];
  const walk = (items: QuestionnaireItem[] | undefined) =>
    items?.forEach((i) => (out.push(i.linkId), walk(i.item)));
  walk(q.item);
  return out;
}

describe('the intake Questionnaire, tailored to the patient', () => {
  it.each([
    [
      'Alex (man, 42)',
      ALEX,
      [LINK.painNow, 'peg-pain', LINK.lifestyle, phqLink(1), phqLink(9)],
      [LINK.infant, LINK.pregnancy],
    ],
    [
      'Maria (woman, 32)',
      MARIA,
      [LINK.pregnancy, LINK.pregnancyWeeks, 'peg-pain', phqLink(1)],
      [LINK.infant],
    ],
    [
      'Noah (10 weeks)',
      NOAH,
      [LINK.infant, LINK.infantCryingHours],
      [LINK.painNow, LINK.peg, LINK.mentalHealth, LINK.pregnancy, LINK.lifestyle],
    ],
  ])('%s passes the FHIR R4 validator and has the right sections', (_name, patient, present, absent) => {
    const q = intakeQuestionnaire(patient);
    expect(() => validateFhir(q)).not.toThrow();
    const ids = linkIds(q);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of present) expect(ids).toContain(id);
    for (const id of absent) expect(ids).not.toContain(id);
  });

  it('an infant gets the infant red flags and none of the self-report screens (no cancer, pregnancy or headache wording)', () => {
    const q = intakeQuestionnaire(NOAH);
    const ids = linkIds(q);
    expect(ids).toContain(redFlagGroupLink('infant'));
    expect(ids).toContain(redFlagLink('infant', 'fever'));
    for (const screen of ['low-back', 'neck', 'headache'] as const) {
      expect(ids).not.toContain(redFlagGroupLink(screen));
    }
    const texts: string[] = [];
    const walk = (items: QuestionnaireItem[] | undefined) =>
      items?.forEach((i) => (texts.push(i.text ?? ''), walk(i.item)));
    walk(q.item);
    expect(texts.join(' ')).not.toMatch(/cancer|pregnan|headache/i);
    expect(linkIds(intakeQuestionnaire(ALEX))).not.toContain(redFlagGroupLink('infant'));
    expect(linkIds(intakeQuestionnaire({ ageYears: 2, sex: 'female' }))).not.toContain(
      redFlagGroupLink('infant'),
    );
  });

  it("the parent's infant answers read back for screening", () => {
    const q = intakeQuestionnaire(NOAH);
    const qr = completeResponse(q, { [redFlagLink('infant', 'fever')]: [{ valueBoolean: true }] });
    expect(validateQuestionnaireResponse(q, qr)).toEqual([]);
    expect(extractIntake(q, qr).redFlags.infant).toMatchObject({ fever: true, injury: false });
  });

  it('children get the paediatric low-back questions, adults do not', () => {
    expect(linkIds(intakeQuestionnaire({ ageYears: 9, sex: 'female' }))).toContain(
      redFlagLink('low-back', 'tb_exposure'),
    );
    expect(linkIds(intakeQuestionnaire(ALEX))).not.toContain(redFlagLink('low-back', 'tb_exposure'));
  });

  it('a complete QuestionnaireResponse passes both validators and reads back', () => {
    const q = intakeQuestionnaire(MARIA);
    const qr = completeResponse(
      q,
      {
        [LINK.painRegions]: [region('lumbar'), region('cervical')],
        [LINK.painNow]: [{ valueInteger: 6 }],
        [LINK.pregnant]: [{ valueBoolean: true }],
        [LINK.pregnancyWeeks]: [{ valueInteger: 28 }],
        [LINK.sleepHours]: [{ valueDecimal: 6.5 }],
        [phqLink(1)]: [phq('LA6570-1')],
        [phqLink(2)]: [phq('LA6569-3')],
        [redFlagLink('neck', 'significant_trauma')]: [{ valueBoolean: true }],
        [redFlagLink('c-spine', 'dangerous_mechanism')]: [{ valueBoolean: true }],
      },
      { id: 'qr-1', subject: { reference: 'Patient/p-1' }, authored: '2026-06-01T12:00:00Z' },
    );
    expect(() => validateFhir(qr)).not.toThrow();
    expect(validateQuestionnaireResponse(q, qr)).toEqual([]);
    const x = extractIntake(q, qr);
    expect(x).toMatchObject({
      regions: ['lumbar', 'cervical'],
      painNow: 6,
      sleepHours: 6.5,
      phq: [2, 1, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(x.pregnancy).toEqual({ pregnant: true, weeks: 28, complications: false, details: null });
    expect(x.redFlags['c-spine']?.dangerous_mechanism).toBe(true);
    expect(x.redFlags.headache).toBeNull();
    expect(x.redFlags['low-back']?.saddle_numbness).toBe(false);
  });

  it('asks PHQ-9 items 3–9 only when the PHQ-2 total is at least 3', () => {
    const q = intakeQuestionnaire(ALEX);
    const low = completeResponse(q, { [phqLink(1)]: [phq('LA6570-1')] });
    expect(extractIntake(q, low).phq).toHaveLength(2);
    const missing = completeResponse(q, { [phqLink(1)]: [phq('LA6570-1')], [phqLink(2)]: [phq('LA6569-3')] });
    const group = missing.item?.find((i) => i.linkId === LINK.mentalHealth);
    group?.item?.splice(2, 1);
    expect(validateQuestionnaireResponse(q, missing).map((e) => e.linkId)).toContain(phqLink(3));
  });

  it('red-flag groups open only for their regions', () => {
    const q = intakeQuestionnaire(ALEX);
    const qr = completeResponse(q, { [LINK.painRegions]: [region('head')] });
    const groups = qr.item?.map((i) => i.linkId) ?? [];
    expect(groups).toContain(redFlagGroupLink('headache'));
    expect(groups).not.toContain(redFlagGroupLink('low-back'));
    expect(groups).not.toContain(redFlagGroupLink('neck'));
  });

  it('the FHIR validator really rejects a broken resource', () => {
    const q = intakeQuestionnaire(ALEX);
    const qr = completeResponse(q, {});
    expect(() => validateFhir({ ...qr, status: 'finished' as 'completed', authored: 'yesterday' })).toThrow();
  });
});
