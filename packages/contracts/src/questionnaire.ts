/** FHIR R4 Questionnaire and QuestionnaireResponse: the subset the intake uses, as zod schemas. */
import { z } from 'zod';

export const Coding = z.object({
  system: z.string().max(500).optional(),
  code: z.string().max(200).optional(),
  display: z.string().max(500).optional(),
});
export type Coding = z.infer<typeof Coding>;

export const FhirExtension = z.object({
  url: z.string(),
  valueString: z.string().optional(),
  valueInteger: z.number().optional(),
  valueDecimal: z.number().optional(),
  valueDate: z.string().optional(),
  valueBoolean: z.boolean().optional(),
  valueCode: z.string().optional(),
  get extension() {
    return z.array(FhirExtension).optional();
  },
});
export type FhirExtension = z.infer<typeof FhirExtension>;

/** One answer; a valid answer carries exactly one value[x] of its item's type. */
export const QuestionnaireAnswer = z.object({
  valueBoolean: z.boolean().optional(),
  valueDecimal: z.number().optional(),
  valueInteger: z.number().optional(),
  valueDate: z.string().max(10).optional(),
  valueString: z.string().max(5000).optional(),
  valueCoding: Coding.optional(),
});
export type QuestionnaireAnswer = z.infer<typeof QuestionnaireAnswer>;

export const QuestionnaireResponseItem = z.object({
  linkId: z.string().min(1).max(200),
  text: z.string().max(2000).optional(),
  answer: z.array(QuestionnaireAnswer).max(50).optional(),
  get item() {
    return z.array(QuestionnaireResponseItem).max(300).optional();
  },
});
export type QuestionnaireResponseItem = z.infer<typeof QuestionnaireResponseItem>;

export const QuestionnaireResponse = z.object({
  resourceType: z.literal('QuestionnaireResponse'),
  id: z.string().max(64).optional(),
  questionnaire: z.string().max(500),
  status: z.literal('completed', { message: 'must be "completed"' }),
  authored: z.string().max(40).optional(),
  subject: z.object({ reference: z.string().max(200) }).optional(),
  item: z.array(QuestionnaireResponseItem).max(300),
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponse>;

export const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'string',
  'text',
  'choice',
] as const;
export type QuestionnaireItemType = (typeof ITEM_TYPES)[number];

export const EnableWhen = z.object({
  question: z.string(),
  operator: z.enum(['exists', '=', '!=', '>', '<', '>=', '<=']),
  answerBoolean: z.boolean().optional(),
  answerDecimal: z.number().optional(),
  answerInteger: z.number().optional(),
  answerDate: z.string().optional(),
  answerString: z.string().optional(),
  answerCoding: Coding.optional(),
});
export type EnableWhen = z.infer<typeof EnableWhen>;

export const AnswerOption = z.object({
  valueCoding: Coding.optional(),
  extension: z.array(FhirExtension).optional(),
});
export type AnswerOption = z.infer<typeof AnswerOption>;

export const QuestionnaireItem = z.object({
  linkId: z.string(),
  text: z.string().optional(),
  type: z.enum(ITEM_TYPES),
  required: z.boolean().optional(),
  repeats: z.boolean().optional(),
  maxLength: z.number().optional(),
  enableWhen: z.array(EnableWhen).optional(),
  enableBehavior: z.enum(['all', 'any']).optional(),
  answerOption: z.array(AnswerOption).optional(),
  extension: z.array(FhirExtension).optional(),
  get item() {
    return z.array(QuestionnaireItem).optional();
  },
});
export type QuestionnaireItem = z.infer<typeof QuestionnaireItem>;

export const Questionnaire = z.object({
  resourceType: z.literal('Questionnaire'),
  id: z.string().optional(),
  url: z.string(),
  version: z.string().optional(),
  title: z.string().optional(),
  status: z.string(),
  /** The language of its texts (`en`, `es`); PHQ and PEG groups keep their validated English. */
  language: z.enum(['en', 'es']).optional(),
  item: z.array(QuestionnaireItem),
});
export type Questionnaire = z.infer<typeof Questionnaire>;
