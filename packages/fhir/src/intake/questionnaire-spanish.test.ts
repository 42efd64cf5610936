import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { ITEM_LANGUAGE_URL } from '@omt/domain';
import { validateFhir } from '../test-support/validator';
import { completeResponse } from '../test-support/complete-response';
import { validateQuestionnaireResponse } from '../questionnaire/validate-response';
import { extractIntake } from './extract';
import { intakeQuestionnaire } from './questionnaire';
import { LINK, phqLink, redFlagLink } from './link-ids';

const POPULATIONS = [
  ['adult (Alex, man, 42)', { ageYears: 42, sex: 'male' }],
  ['pregnant-age adult (Maria, woman, 32)', { ageYears: 32, sex: 'female' }],
  ['child (9)', { ageYears: 9, sex: 'female' }],
  ['infant (Noah, 10 weeks)', { ageYears: 0.2, sex: 'male' }],
] as const;

const region = (code: string) => ({
  valueCoding: { system: 'https://omt-clinic.org/fhir/CodeSystem/omt-region', code },
});

function flat(items: QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((i) => [i, ...flat(i.item)]);
}

/** Everything but the wording: the same in both languages. */
function withoutWording(items: QuestionnaireItem[] | undefined): unknown[] {
  return (items ?? []).map(({ text: _text, answerOption, item, ...rest }) => ({
    ...rest,
    answerOption: answerOption?.map((o) =>
      o.valueCoding ? { ...o, valueCoding: { ...o.valueCoding, display: undefined } } : o,
    ),
    item: withoutWording(item),
  }));
}

const instrumentIds = new Set<string>([LINK.peg, LINK.mentalHealth]);
function ownTexts(q: Questionnaire): string[] {
  const own = (q.item ?? []).filter((i) => !instrumentIds.has(i.linkId));
  return flat(own).flatMap((i) => [
    i.text ?? '',
    ...(i.answerOption ?? []).map((o) => o.valueCoding?.display ?? ''),
  ]);
}

describe('the intake Questionnaire in Spanish', () => {
  it.each(POPULATIONS)(
    '%s: same linkIds, codes, enableWhen and extensions as in English, only the wording and language differ',
    (_name, patient) => {
      const en = intakeQuestionnaire(patient, 'en');
      const es = intakeQuestionnaire(patient, 'es');
      expect(en.language).toBe('en');
      expect(es.language).toBe('es');
      expect({ ...es, language: 'en', item: withoutWording(es.item) }).toEqual({
        ...en,
        item: withoutWording(en.item),
      });
      expect(() => validateFhir(es)).not.toThrow();
      const enTexts = ownTexts(en);
      const esTexts = ownTexts(es);
      expect(esTexts).toHaveLength(enTexts.length);
      esTexts.forEach((t, i) => {
        if (enTexts[i] !== '') expect(t, `Spanish for "${enTexts[i]}"`).not.toBe(enTexts[i]);
      });
    },
  );

  it('keeps PHQ and PEG in their validated English wording, marked as English', () => {
    const en = intakeQuestionnaire({ ageYears: 42, sex: 'male' }, 'en');
    const es = intakeQuestionnaire({ ageYears: 42, sex: 'male' }, 'es');
    for (const id of [LINK.peg, LINK.mentalHealth]) {
      const esGroup = es.item?.find((i) => i.linkId === id);
      expect(esGroup).toEqual(en.item?.find((i) => i.linkId === id));
      expect(esGroup?.extension).toContainEqual({ url: ITEM_LANGUAGE_URL, valueCode: 'en' });
    }
  });

  it('asks the red-flag questions in Spanish (saddle numbness, bladder, fever)', () => {
    const es = intakeQuestionnaire({ ageYears: 32, sex: 'female' }, 'es');
    const text = (id: string) => flat(es.item).find((i) => i.linkId === id)?.text;
    expect(text(redFlagLink('low-back', 'saddle_numbness'))).toMatch(
      /^¿Tiene entumecimiento .*ingle, las nalgas/,
    );
    expect(text(redFlagLink('low-back', 'bladder_change'))).toMatch(/orinar/);
    expect(text(redFlagLink('neck', 'fever'))).toBe('¿Ha tenido fiebre con este dolor de cuello?');
  });

  it('asks for medicines, allergies and past health in Spanish, and keeps what was written with the answers', () => {
    const es = intakeQuestionnaire({ ageYears: 0.2, sex: 'male' }, 'es');
    const text = (id: string) => flat(es.item).find((i) => i.linkId === id)?.text;
    expect(text(LINK.history)).toBe('Medicamentos, alergias y salud en el pasado');
    expect(text(LINK.medications)).toMatch(/^Medicamentos que toma ahora, uno por línea/);
    expect(text(LINK.allergies)).toBe('¿Es alérgico o alérgica a algún medicamento, alimento u otra cosa?');
    const response = completeResponse(es, {
      [LINK.medications]: [{ valueString: ' Vitamina D \n' }],
      [LINK.allergies]: [{ valueBoolean: false }],
    });
    expect(validateQuestionnaireResponse(es, response)).toEqual([]);
    expect(extractIntake(es, response).history).toEqual({
      medications: 'Vitamina D',
      allergies: false,
      allergyList: null,
      medicalHistory: null,
      surgicalHistory: null,
    });
  });

  it.each(POPULATIONS)(
    '%s: a response to the Spanish questionnaire validates against both languages and extracts the same answers',
    (_name, patient) => {
      const en = intakeQuestionnaire(patient, 'en');
      const es = intakeQuestionnaire(patient, 'es');
      const given = {
        [LINK.painRegions]: [region('lumbar'), region('cervical'), region('head')],
        [redFlagLink('low-back', 'saddle_numbness')]: [{ valueBoolean: true }],
        [redFlagLink('neck', 'significant_trauma')]: [{ valueBoolean: true }],
        [redFlagLink('c-spine', 'dangerous_mechanism')]: [{ valueBoolean: true }],
        [redFlagLink('infant', 'fever')]: [{ valueBoolean: true }],
        [LINK.pregnant]: [{ valueBoolean: true }],
        [LINK.pregnancyWeeks]: [{ valueInteger: 20 }],
        [phqLink(1)]: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }],
        [LINK.medications]: [{ valueString: 'Warfarina 5 mg al día' }],
        [LINK.allergies]: [{ valueBoolean: true }],
        [LINK.allergyList]: [{ valueString: 'Penicilina - ronchas' }],
      };
      const known = new Set(flat(en.item).map((i) => i.linkId));
      const answers = Object.fromEntries(Object.entries(given).filter(([id]) => known.has(id)));
      const fromEs = completeResponse(es, answers, { authored: '2026-06-01T12:00:00Z' });
      const fromEn = completeResponse(en, answers, { authored: '2026-06-01T12:00:00Z' });
      expect(() => validateFhir(fromEs)).not.toThrow();
      expect(fromEs.questionnaire).toBe(fromEn.questionnaire);
      expect(validateQuestionnaireResponse(es, fromEs)).toEqual([]);
      expect(validateQuestionnaireResponse(en, fromEs)).toEqual([]);
      expect(extractIntake(en, fromEs)).toEqual(extractIntake(en, fromEn));
      expect(extractIntake(es, fromEs)).toEqual(extractIntake(en, fromEn));
    },
  );
});
