/** Red-flag questions, each group shown only for the painful regions it concerns (clinical-reference CR-LBP, CR-NECK, CR-SNOOP rows). */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import {
  C_SPINE_INTAKE_QUESTIONS,
  HEADACHE_RED_FLAG_QUESTIONS,
  INFANT_RED_FLAG_QUESTIONS,
  INTAKE_GROUP_TEXT,
  intakeText,
  type IntakeLanguage,
  LOW_BACK_RED_FLAG_QUESTIONS,
  NECK_RED_FLAG_QUESTIONS,
  type RedFlagQuestion,
  type RegionId,
} from '@omt/domain';
import { group, question, whenYes } from './items';
import { LINK, REGION_CODE_SYSTEM, redFlagGroupLink, redFlagLink, type RedFlagScreen } from './link-ids';

/** Which painful regions open which screen: low back (CR-LBP rows), neck (CR-NECK rows), headache (CR-SNOOP rows). */
export const SCREEN_REGIONS: Record<Exclude<RedFlagScreen, 'c-spine' | 'infant'>, RegionId[]> = {
  'low-back': ['lumbar', 'sacral', 'pelvic'],
  neck: ['cervical'],
  headache: ['head'],
};

function whenRegions(regions: RegionId[]): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  return {
    enableWhen: regions.map((code) => ({
      question: LINK.painRegions,
      operator: '=',
      answerCoding: { system: REGION_CODE_SYSTEM, code },
    })),
    enableBehavior: 'any',
  };
}

function yesNo(
  screen: RedFlagScreen,
  questions: readonly RedFlagQuestion[],
  child: boolean,
  lang: IntakeLanguage,
): QuestionnaireItem[] {
  return questions
    .filter((q) => child || !q.childOnly)
    .map((q) => question(redFlagLink(screen, q.id), intakeText(q, lang), 'boolean', { source: q.source }));
}

/** The three red-flag groups, tailored to whether the patient is a child. */
export function redFlagGroups(child: boolean, lang: IntakeLanguage): QuestionnaireItem[] {
  const trauma = group(
    redFlagGroupLink('c-spine'),
    INTAKE_GROUP_TEXT.injury[lang],
    yesNo('c-spine', C_SPINE_INTAKE_QUESTIONS, child, lang),
    {
      enableWhen: [
        whenYes(redFlagLink('neck', 'significant_trauma')),
        whenYes(redFlagLink('neck', 'osteoporosis_minor_trauma')),
      ],
      enableBehavior: 'any',
    },
  );
  return [
    group(
      redFlagGroupLink('low-back'),
      INTAKE_GROUP_TEXT.lowBack[lang],
      yesNo('low-back', LOW_BACK_RED_FLAG_QUESTIONS, child, lang),
      whenRegions(SCREEN_REGIONS['low-back']),
    ),
    group(
      redFlagGroupLink('neck'),
      INTAKE_GROUP_TEXT.neck[lang],
      [...yesNo('neck', NECK_RED_FLAG_QUESTIONS, child, lang), trauma],
      whenRegions(SCREEN_REGIONS.neck),
    ),
    group(
      redFlagGroupLink('headache'),
      INTAKE_GROUP_TEXT.headache[lang],
      yesNo('headache', HEADACHE_RED_FLAG_QUESTIONS, child, lang),
      whenRegions(SCREEN_REGIONS.headache),
    ),
  ];
}

/** The infant red flags, asked of the parent whatever the region, instead of the three groups above. */
export function infantRedFlagGroup(lang: IntakeLanguage): QuestionnaireItem {
  return group(
    redFlagGroupLink('infant'),
    INTAKE_GROUP_TEXT.infantSafety[lang],
    yesNo('infant', INFANT_RED_FLAG_QUESTIONS, true, lang),
  );
}
