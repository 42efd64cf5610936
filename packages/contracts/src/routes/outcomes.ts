import {
  LicensedMeasureParam,
  LicensedQuestionnaireDetail,
  LicensedQuestionnaireList,
  UploadLicensedQuestionnaire,
} from '../licensed-questionnaires';
import { endpoint } from './endpoint';

const tag = 'outcomes';

/** The clinic's licensed instruments (ODI, NDI, HIT-6) and the outcomes report. */
export const OUTCOMES_API = {
  listLicensedQuestionnaires: endpoint({
    method: 'GET',
    path: '/api/licensed-questionnaires',
    summary:
      'The licensed measures (ODI, NDI, HIT-6) with the version of the item text in use, if uploaded (staff)',
    tag,
    auth: 'user',
    response: LicensedQuestionnaireList,
  }),
  getLicensedQuestionnaire: endpoint({
    method: 'GET',
    path: '/api/licensed-questionnaires/:measure',
    summary:
      "The clinic's licensed item text of a measure in use, as a FHIR Questionnaire; 404 when none uploaded",
    tag,
    auth: 'user',
    params: LicensedMeasureParam,
    response: LicensedQuestionnaireDetail,
  }),
  uploadLicensedQuestionnaire: endpoint({
    method: 'PUT',
    path: '/api/licensed-questionnaires/:measure',
    summary:
      "Upload the clinic's licensed item text as a FHIR R4 Questionnaire: a new version, refused (422) naming the item when it does not fit the scorer (admin)",
    tag,
    auth: 'user',
    bodyLimit: 2 * 1024 * 1024,
    params: LicensedMeasureParam,
    body: UploadLicensedQuestionnaire,
    response: LicensedQuestionnaireDetail,
  }),
} as const;
