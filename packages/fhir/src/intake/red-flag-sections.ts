/** Red-flag questions, each group shown only for the painful regions it concerns (clinical-reference CR-LBP, CR-NECK, CR-SNOOP rows). */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import {
  C_SPINE_INTAKE_QUESTIONS,
  HEADACHE_RED_FLAG_QUESTIONS,
  INFANT_RED_FLAG_QUESTIONS,
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
): QuestionnaireItem[] {
  return questions
    .filter((q) => child || !q.childOnly)
    .map((q) => question(redFlagLink(screen, q.id), q.text, 'boolean', { source: q.source }));
}

/** The three red-flag groups, tailored to whether the patient is a child. */
export function redFlagGroups(child: boolean): QuestionnaireItem[] {
  const trauma = group(
    redFlagGroupLink('c-spine'),
    'About the injury',
    yesNo('c-spine', C_SPINE_INTAKE_QUESTIONS, child),
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
      'Safety questions: your back',
      yesNo('low-back', LOW_BACK_RED_FLAG_QUESTIONS, child),
      whenRegions(SCREEN_REGIONS['low-back']),
    ),
    group(
      redFlagGroupLink('neck'),
      'Safety questions: your neck',
      [...yesNo('neck', NECK_RED_FLAG_QUESTIONS, child), trauma],
      whenRegions(SCREEN_REGIONS.neck),
    ),
    group(
      redFlagGroupLink('headache'),
      'Safety questions: your headache',
      yesNo('headache', HEADACHE_RED_FLAG_QUESTIONS, child),
      whenRegions(SCREEN_REGIONS.headache),
    ),
  ];
}

/** The infant red flags, asked of the parent whatever the region, instead of the three groups above. */
export function infantRedFlagGroup(): QuestionnaireItem {
  return group(
    redFlagGroupLink('infant'),
    'Safety questions: your baby',
    yesNo('infant', INFANT_RED_FLAG_QUESTIONS, true),
  );
}
