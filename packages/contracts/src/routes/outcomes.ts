import {
  LicensedMeasureParam,
  LicensedQuestionnaireDetail,
  LicensedQuestionnaireList,
  UploadLicensedQuestionnaire,
} from '../licensed-questionnaires';
import { OutcomesReport, OutcomesReportQuery } from '../outcomes-report';
import { z } from 'zod';
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
  outcomesReport: endpoint({
    method: 'GET',
    path: '/api/outcomes-report',
    summary:
      'How is the clinic doing: plans reaching 30 % pain relief and the MCID, mean change in PEG, ODI and NDI, adverse events, no-shows, completed and abandoned plans, beside published trial figures (physicians, admins)',
    tag,
    auth: 'user',
    query: OutcomesReportQuery,
    response: OutcomesReport,
  }),
  outcomesReportCsv: endpoint({
    method: 'GET',
    path: '/api/outcomes-report.csv',
    summary: 'The outcomes report with the same filters as CSV (physicians, admins)',
    tag,
    auth: 'user',
    query: OutcomesReportQuery,
    produces: 'text/csv',
    response: z.string(),
  }),
} as const;
