// Written by `npx tsx scripts/web-endpoints.ts` from packages/contracts: run it after adding or changing an endpoint.
// Every endpoint of the contracts, as the browser calls it; the compiler checks each against its contract.
import type { WebApi } from './endpoint-ref';

export const health: WebApi['health'] = { method: 'GET', path: '/healthz', auth: 'public' };
export const ready: WebApi['ready'] = { method: 'GET', path: '/readyz', auth: 'public' };
export const login: WebApi['login'] = { method: 'POST', path: '/api/auth/login', auth: 'public' };
export const loginTotp: WebApi['loginTotp'] = {
  method: 'POST',
  path: '/api/auth/login/totp',
  auth: 'public',
};
export const totpStatus: WebApi['totpStatus'] = { method: 'GET', path: '/api/auth/totp', auth: 'user' };
export const totpSetup: WebApi['totpSetup'] = { method: 'POST', path: '/api/auth/totp/setup', auth: 'user' };
export const totpEnable: WebApi['totpEnable'] = {
  method: 'POST',
  path: '/api/auth/totp/enable',
  auth: 'user',
};
export const totpDisable: WebApi['totpDisable'] = {
  method: 'POST',
  path: '/api/auth/totp/disable',
  auth: 'user',
};
export const logout: WebApi['logout'] = { method: 'POST', path: '/api/auth/logout', auth: 'user' };
export const me: WebApi['me'] = { method: 'GET', path: '/api/me', auth: 'user' };
export const forgotPassword: WebApi['forgotPassword'] = {
  method: 'POST',
  path: '/api/auth/forgot-password',
  auth: 'public',
};
export const resetPassword: WebApi['resetPassword'] = {
  method: 'POST',
  path: '/api/auth/reset-password',
  auth: 'public',
};
export const changePassword: WebApi['changePassword'] = {
  method: 'POST',
  path: '/api/auth/change-password',
  auth: 'user',
};
export const sessions: WebApi['sessions'] = { method: 'GET', path: '/api/auth/sessions', auth: 'user' };
export const logoutEverywhere: WebApi['logoutEverywhere'] = {
  method: 'POST',
  path: '/api/auth/sessions/logout-everywhere',
  auth: 'user',
};
export const locations: WebApi['locations'] = { method: 'GET', path: '/api/locations', auth: 'user' };
export const createLocation: WebApi['createLocation'] = {
  method: 'POST',
  path: '/api/locations',
  auth: 'user',
};
export const updateLocation: WebApi['updateLocation'] = {
  method: 'PUT',
  path: '/api/locations/:id',
  auth: 'user',
};
export const retireLocation: WebApi['retireLocation'] = {
  method: 'POST',
  path: '/api/locations/:id/retire',
  auth: 'user',
};
export const visitTypes: WebApi['visitTypes'] = { method: 'GET', path: '/api/visit-types', auth: 'user' };
export const updateVisitType: WebApi['updateVisitType'] = {
  method: 'PUT',
  path: '/api/visit-types/:id',
  auth: 'user',
};
export const createVisitType: WebApi['createVisitType'] = {
  method: 'POST',
  path: '/api/visit-types',
  auth: 'user',
};
export const retireVisitType: WebApi['retireVisitType'] = {
  method: 'POST',
  path: '/api/visit-types/:id/retire',
  auth: 'user',
};
export const listRooms: WebApi['listRooms'] = {
  method: 'GET',
  path: '/api/locations/:id/rooms',
  auth: 'user',
};
export const addRoom: WebApi['addRoom'] = { method: 'POST', path: '/api/locations/:id/rooms', auth: 'user' };
export const renameRoom: WebApi['renameRoom'] = { method: 'PUT', path: '/api/rooms/:id', auth: 'user' };
export const retireRoom: WebApi['retireRoom'] = {
  method: 'POST',
  path: '/api/rooms/:id/retire',
  auth: 'user',
};
export const providers: WebApi['providers'] = { method: 'GET', path: '/api/providers', auth: 'user' };
export const weeklyHours: WebApi['weeklyHours'] = {
  method: 'GET',
  path: '/api/providers/:id/hours',
  auth: 'user',
};
export const setWeeklyHours: WebApi['setWeeklyHours'] = {
  method: 'PUT',
  path: '/api/providers/:id/hours',
  auth: 'user',
};
export const openingHours: WebApi['openingHours'] = {
  method: 'GET',
  path: '/api/locations/:id/hours',
  auth: 'user',
};
export const setOpeningHours: WebApi['setOpeningHours'] = {
  method: 'PUT',
  path: '/api/locations/:id/hours',
  auth: 'user',
};
export const listClosures: WebApi['listClosures'] = {
  method: 'GET',
  path: '/api/locations/:id/closures',
  auth: 'user',
};
export const addClosure: WebApi['addClosure'] = {
  method: 'POST',
  path: '/api/locations/:id/closures',
  auth: 'user',
};
export const deleteClosure: WebApi['deleteClosure'] = {
  method: 'DELETE',
  path: '/api/closures/:id',
  auth: 'user',
};
export const listExtraHours: WebApi['listExtraHours'] = {
  method: 'GET',
  path: '/api/providers/:id/extra-hours',
  auth: 'user',
};
export const addExtraHours: WebApi['addExtraHours'] = {
  method: 'POST',
  path: '/api/providers/:id/extra-hours',
  auth: 'user',
};
export const listTimeOff: WebApi['listTimeOff'] = {
  method: 'GET',
  path: '/api/providers/:id/time-off',
  auth: 'user',
};
export const addTimeOff: WebApi['addTimeOff'] = {
  method: 'POST',
  path: '/api/providers/:id/time-off',
  auth: 'user',
};
export const deleteTimeOff: WebApi['deleteTimeOff'] = {
  method: 'DELETE',
  path: '/api/time-off/:id',
  auth: 'user',
};
export const availability: WebApi['availability'] = {
  method: 'GET',
  path: '/api/availability',
  auth: 'user',
};
export const listAppointments: WebApi['listAppointments'] = {
  method: 'GET',
  path: '/api/appointments',
  auth: 'user',
};
export const createAppointment: WebApi['createAppointment'] = {
  method: 'POST',
  path: '/api/appointments',
  auth: 'user',
};
export const bookSeries: WebApi['bookSeries'] = {
  method: 'POST',
  path: '/api/appointments/series',
  auth: 'user',
};
export const getAppointment: WebApi['getAppointment'] = {
  method: 'GET',
  path: '/api/appointments/:id',
  auth: 'user',
};
export const cancelAppointment: WebApi['cancelAppointment'] = {
  method: 'POST',
  path: '/api/appointments/:id/cancel',
  auth: 'user',
};
export const rescheduleAppointment: WebApi['rescheduleAppointment'] = {
  method: 'POST',
  path: '/api/appointments/:id/reschedule',
  auth: 'user',
};
export const noShowAppointment: WebApi['noShowAppointment'] = {
  method: 'POST',
  path: '/api/appointments/:id/no-show',
  auth: 'user',
};
export const checkInAppointment: WebApi['checkInAppointment'] = {
  method: 'POST',
  path: '/api/appointments/:id/check-in',
  auth: 'user',
};
export const undoCheckInAppointment: WebApi['undoCheckInAppointment'] = {
  method: 'POST',
  path: '/api/appointments/:id/undo-check-in',
  auth: 'user',
};
export const calendarFeedUrl: WebApi['calendarFeedUrl'] = {
  method: 'POST',
  path: '/api/me/calendar-feed',
  auth: 'user',
};
export const calendarFeed: WebApi['calendarFeed'] = {
  method: 'GET',
  path: '/api/calendar/:token',
  auth: 'public',
};
export const listWaitlist: WebApi['listWaitlist'] = { method: 'GET', path: '/api/waitlist', auth: 'user' };
export const joinWaitlist: WebApi['joinWaitlist'] = { method: 'POST', path: '/api/waitlist', auth: 'user' };
export const leaveWaitlist: WebApi['leaveWaitlist'] = {
  method: 'POST',
  path: '/api/waitlist/:id/cancel',
  auth: 'user',
};
export const acceptWaitlistOffer: WebApi['acceptWaitlistOffer'] = {
  method: 'POST',
  path: '/api/waitlist/:id/accept',
  auth: 'user',
};
export const declineWaitlistOffer: WebApi['declineWaitlistOffer'] = {
  method: 'POST',
  path: '/api/waitlist/:id/decline',
  auth: 'user',
};
export const searchPatients: WebApi['searchPatients'] = {
  method: 'GET',
  path: '/api/patients',
  auth: 'user',
};
export const getPatient: WebApi['getPatient'] = { method: 'GET', path: '/api/patients/:id', auth: 'user' };
export const registerPatient: WebApi['registerPatient'] = {
  method: 'POST',
  path: '/api/patients',
  auth: 'user',
};
export const updatePatient: WebApi['updatePatient'] = {
  method: 'PUT',
  path: '/api/patients/:id',
  auth: 'user',
};
export const deactivatePatient: WebApi['deactivatePatient'] = {
  method: 'POST',
  path: '/api/patients/:id/deactivate',
  auth: 'user',
};
export const updateFactors: WebApi['updateFactors'] = {
  method: 'PUT',
  path: '/api/patients/:id/factors',
  auth: 'user',
};
export const intakeQuestionnaire: WebApi['intakeQuestionnaire'] = {
  method: 'GET',
  path: '/api/appointments/:id/intake/questionnaire',
  auth: 'user',
};
export const submitIntake: WebApi['submitIntake'] = {
  method: 'POST',
  path: '/api/appointments/:id/intake',
  auth: 'user',
};
export const getIntake: WebApi['getIntake'] = {
  method: 'GET',
  path: '/api/appointments/:id/intake',
  auth: 'user',
};
export const acknowledgeSafetyTask: WebApi['acknowledgeSafetyTask'] = {
  method: 'POST',
  path: '/api/safety-tasks/:id/acknowledge',
  auth: 'user',
};
export const openEncounter: WebApi['openEncounter'] = {
  method: 'POST',
  path: '/api/appointments/:id/encounter',
  auth: 'user',
};
export const getEncounter: WebApi['getEncounter'] = {
  method: 'GET',
  path: '/api/encounters/:id',
  auth: 'user',
};
export const saveExam: WebApi['saveExam'] = { method: 'PUT', path: '/api/encounters/:id/exam', auth: 'user' };
export const checkSafety: WebApi['checkSafety'] = {
  method: 'GET',
  path: '/api/encounters/:id/safety',
  auth: 'user',
};
export const recordConsent: WebApi['recordConsent'] = {
  method: 'POST',
  path: '/api/encounters/:id/consents',
  auth: 'user',
};
export const reviewRedFlag: WebApi['reviewRedFlag'] = {
  method: 'POST',
  path: '/api/encounters/:id/red-flag-reviews',
  auth: 'user',
};
export const recordCSpineExam: WebApi['recordCSpineExam'] = {
  method: 'PUT',
  path: '/api/encounters/:id/c-spine-exam',
  auth: 'user',
};
export const recordTreatment: WebApi['recordTreatment'] = {
  method: 'POST',
  path: '/api/encounters/:id/treatments',
  auth: 'user',
};
export const reviewTreatment: WebApi['reviewTreatment'] = {
  method: 'POST',
  path: '/api/encounters/:id/treatments/:treatmentId/review',
  auth: 'user',
};
export const signEncounter: WebApi['signEncounter'] = {
  method: 'POST',
  path: '/api/encounters/:id/sign',
  auth: 'user',
};
export const cosignEncounter: WebApi['cosignEncounter'] = {
  method: 'POST',
  path: '/api/encounters/:id/cosign',
  auth: 'user',
};
export const addAddendum: WebApi['addAddendum'] = {
  method: 'POST',
  path: '/api/encounters/:id/addenda',
  auth: 'user',
};
export const notePdf: WebApi['notePdf'] = {
  method: 'GET',
  path: '/api/encounters/:id/note.pdf',
  auth: 'user',
};
export const aftercare: WebApi['aftercare'] = {
  method: 'GET',
  path: '/api/encounters/:id/aftercare',
  auth: 'user',
};
export const checkInForm: WebApi['checkInForm'] = {
  method: 'GET',
  path: '/api/check-ins/form',
  auth: 'user',
};
export const submitCheckIn: WebApi['submitCheckIn'] = {
  method: 'POST',
  path: '/api/encounters/:id/check-ins',
  auth: 'user',
};
export const listCheckIns: WebApi['listCheckIns'] = {
  method: 'GET',
  path: '/api/encounters/:id/check-ins',
  auth: 'user',
};
export const worklist: WebApi['worklist'] = { method: 'GET', path: '/api/worklist', auth: 'user' };
export const worklistStamp: WebApi['worklistStamp'] = {
  method: 'GET',
  path: '/api/worklist/stamp',
  auth: 'user',
};
export const acknowledgeCheckIn: WebApi['acknowledgeCheckIn'] = {
  method: 'POST',
  path: '/api/check-ins/:id/acknowledge',
  auth: 'user',
};
export const openCheckIns: WebApi['openCheckIns'] = {
  method: 'GET',
  path: '/api/check-ins/open',
  auth: 'user',
};
export const checkInSeries: WebApi['checkInSeries'] = {
  method: 'GET',
  path: '/api/encounters/:id/check-in-series',
  auth: 'user',
};
export const clearUnansweredCheckIn: WebApi['clearUnansweredCheckIn'] = {
  method: 'POST',
  path: '/api/scheduled-check-ins/:id/clear',
  auth: 'user',
};
export const checkInDays: WebApi['checkInDays'] = {
  method: 'GET',
  path: '/api/settings/check-in-days',
  auth: 'user',
};
export const saveCheckInDays: WebApi['saveCheckInDays'] = {
  method: 'PUT',
  path: '/api/settings/check-in-days',
  auth: 'user',
};
export const audit: WebApi['audit'] = { method: 'GET', path: '/api/audit', auth: 'user' };
export const jobs: WebApi['jobs'] = { method: 'GET', path: '/api/jobs', auth: 'user' };
export const retryJob: WebApi['retryJob'] = { method: 'POST', path: '/api/jobs/:id/retry', auth: 'user' };
export const listStaff: WebApi['listStaff'] = { method: 'GET', path: '/api/staff', auth: 'user' };
export const inviteStaff: WebApi['inviteStaff'] = {
  method: 'POST',
  path: '/api/staff/invitations',
  auth: 'user',
};
export const acceptInvitation: WebApi['acceptInvitation'] = {
  method: 'POST',
  path: '/api/staff/invitations/accept',
  auth: 'public',
};
export const resendInvitation: WebApi['resendInvitation'] = {
  method: 'POST',
  path: '/api/staff/:id/invitation',
  auth: 'user',
};
export const updateStaff: WebApi['updateStaff'] = { method: 'PUT', path: '/api/staff/:id', auth: 'user' };
export const deactivateStaff: WebApi['deactivateStaff'] = {
  method: 'POST',
  path: '/api/staff/:id/deactivate',
  auth: 'user',
};
export const resetStaffTotp: WebApi['resetStaffTotp'] = {
  method: 'POST',
  path: '/api/staff/:id/totp/reset',
  auth: 'user',
};
export const dryRunPatientImport: WebApi['dryRunPatientImport'] = {
  method: 'POST',
  path: '/api/patient-imports/dry-run',
  auth: 'user',
};
export const importPatients: WebApi['importPatients'] = {
  method: 'POST',
  path: '/api/patient-imports',
  auth: 'user',
};
export const scheduleConflicts: WebApi['scheduleConflicts'] = {
  method: 'GET',
  path: '/api/schedule-conflicts',
  auth: 'user',
};
export const scheduleConflictCount: WebApi['scheduleConflictCount'] = {
  method: 'GET',
  path: '/api/schedule-conflicts/count',
  auth: 'user',
};
export const previewClosure: WebApi['previewClosure'] = {
  method: 'POST',
  path: '/api/locations/:id/closures/preview',
  auth: 'user',
};
export const previewTimeOff: WebApi['previewTimeOff'] = {
  method: 'POST',
  path: '/api/providers/:id/time-off/preview',
  auth: 'user',
};
export const previewDeactivation: WebApi['previewDeactivation'] = {
  method: 'GET',
  path: '/api/staff/:id/deactivation-preview',
  auth: 'user',
};
export const withdrawOffer: WebApi['withdrawOffer'] = {
  method: 'POST',
  path: '/api/appointments/:id/withdraw-offer',
  auth: 'user',
};
export const setMyPreferredLanguage: WebApi['setMyPreferredLanguage'] = {
  method: 'PUT',
  path: '/api/me/preferred-language',
  auth: 'user',
};
export const signUp: WebApi['signUp'] = { method: 'POST', path: '/api/signup', auth: 'public' };
export const verifyEmail: WebApi['verifyEmail'] = {
  method: 'POST',
  path: '/api/signup/verify',
  auth: 'public',
};
export const resendVerification: WebApi['resendVerification'] = {
  method: 'POST',
  path: '/api/signup/resend',
  auth: 'public',
};
export const addChild: WebApi['addChild'] = { method: 'POST', path: '/api/me/children', auth: 'user' };
export const resolveDuplicateReview: WebApi['resolveDuplicateReview'] = {
  method: 'POST',
  path: '/api/patients/:id/duplicate-review/resolve',
  auth: 'user',
};
export const getClinicProfile: WebApi['getClinicProfile'] = {
  method: 'GET',
  path: '/api/clinic-profile',
  auth: 'user',
};
export const updateClinicProfile: WebApi['updateClinicProfile'] = {
  method: 'PUT',
  path: '/api/clinic-profile',
  auth: 'user',
};
export const publicClinicProfile: WebApi['publicClinicProfile'] = {
  method: 'GET',
  path: '/api/clinic-profile/public',
  auth: 'public',
};
export const setupStatus: WebApi['setupStatus'] = { method: 'GET', path: '/api/setup-status', auth: 'user' };
export const getChart: WebApi['getChart'] = { method: 'GET', path: '/api/patients/:id/chart', auth: 'user' };
export const getTimeline: WebApi['getTimeline'] = {
  method: 'GET',
  path: '/api/patients/:id/timeline',
  auth: 'user',
};
export const addChartEntry: WebApi['addChartEntry'] = {
  method: 'POST',
  path: '/api/patients/:id/chart/entries',
  auth: 'user',
};
export const updateChartEntry: WebApi['updateChartEntry'] = {
  method: 'PUT',
  path: '/api/patients/:id/chart/entries/:entryId',
  auth: 'user',
};
export const setAllergyStatus: WebApi['setAllergyStatus'] = {
  method: 'PUT',
  path: '/api/patients/:id/chart/allergy-status',
  auth: 'user',
};
export const listOutsideResults: WebApi['listOutsideResults'] = {
  method: 'GET',
  path: '/api/patients/:id/outside-results',
  auth: 'user',
};
export const reconcileIntakeItem: WebApi['reconcileIntakeItem'] = {
  method: 'POST',
  path: '/api/patients/:id/chart/reconcile',
  auth: 'user',
};
export const saveNoteText: WebApi['saveNoteText'] = {
  method: 'PUT',
  path: '/api/encounters/:id/note-text',
  auth: 'user',
};
export const copyExamForward: WebApi['copyExamForward'] = {
  method: 'POST',
  path: '/api/encounters/:id/exam/copy-forward',
  auth: 'user',
};
export const listNoteTemplates: WebApi['listNoteTemplates'] = {
  method: 'GET',
  path: '/api/note-templates',
  auth: 'user',
};
export const createNoteTemplate: WebApi['createNoteTemplate'] = {
  method: 'POST',
  path: '/api/note-templates',
  auth: 'user',
};
export const updateNoteTemplate: WebApi['updateNoteTemplate'] = {
  method: 'PUT',
  path: '/api/note-templates/:id',
  auth: 'user',
};
export const deleteNoteTemplate: WebApi['deleteNoteTemplate'] = {
  method: 'DELETE',
  path: '/api/note-templates/:id',
  auth: 'user',
};
export const uploadDocument: WebApi['uploadDocument'] = {
  method: 'POST',
  path: '/api/patients/:id/documents',
  auth: 'user',
};
export const listDocuments: WebApi['listDocuments'] = {
  method: 'GET',
  path: '/api/patients/:id/documents',
  auth: 'user',
};
export const documentContent: WebApi['documentContent'] = {
  method: 'GET',
  path: '/api/documents/:id/content',
  auth: 'user',
};
export const removeDocument: WebApi['removeDocument'] = {
  method: 'POST',
  path: '/api/documents/:id/remove',
  auth: 'user',
};
export const consentForm: WebApi['consentForm'] = { method: 'GET', path: '/api/consent-form', auth: 'user' };
export const publishConsentForm: WebApi['publishConsentForm'] = {
  method: 'POST',
  path: '/api/consent-forms',
  auth: 'user',
};
export const patientConsent: WebApi['patientConsent'] = {
  method: 'GET',
  path: '/api/patients/:id/consent',
  auth: 'user',
};
export const signConsent: WebApi['signConsent'] = {
  method: 'POST',
  path: '/api/patients/:id/consent/signatures',
  auth: 'user',
};
export const patientRecord: WebApi['patientRecord'] = {
  method: 'GET',
  path: '/api/patients/:id/record',
  auth: 'user',
};
export const cosignQueue: WebApi['cosignQueue'] = {
  method: 'GET',
  path: '/api/worklist/cosign-queue',
  auth: 'user',
};
export const myUnsignedNotes: WebApi['myUnsignedNotes'] = {
  method: 'GET',
  path: '/api/worklist/unsigned-notes',
  auth: 'user',
};
export const events: WebApi['events'] = { method: 'GET', path: '/api/events', auth: 'user' };
export const feeSchedule: WebApi['feeSchedule'] = { method: 'GET', path: '/api/fees', auth: 'user' };
export const setFee: WebApi['setFee'] = { method: 'POST', path: '/api/fees', auth: 'user' };
export const superbillPdf: WebApi['superbillPdf'] = {
  method: 'GET',
  path: '/api/encounters/:id/superbill.pdf',
  auth: 'user',
};
export const listCarePlans: WebApi['listCarePlans'] = {
  method: 'GET',
  path: '/api/patients/:id/care-plans',
  auth: 'user',
};
export const createCarePlan: WebApi['createCarePlan'] = {
  method: 'POST',
  path: '/api/patients/:id/care-plans',
  auth: 'user',
};
export const reviseCarePlan: WebApi['reviseCarePlan'] = {
  method: 'PUT',
  path: '/api/care-plans/:id',
  auth: 'user',
};
export const cosignCarePlan: WebApi['cosignCarePlan'] = {
  method: 'POST',
  path: '/api/care-plans/:id/cosign',
  auth: 'user',
};
export const dischargeCarePlan: WebApi['dischargeCarePlan'] = {
  method: 'POST',
  path: '/api/care-plans/:id/discharge',
  auth: 'user',
};
export const bookCarePlan: WebApi['bookCarePlan'] = {
  method: 'POST',
  path: '/api/care-plans/:id/book',
  auth: 'user',
};
export const dischargeSummaryPdf: WebApi['dischargeSummaryPdf'] = {
  method: 'GET',
  path: '/api/care-plans/:id/discharge.pdf',
  auth: 'user',
};
export const requestRecordExport: WebApi['requestRecordExport'] = {
  method: 'POST',
  path: '/api/patients/:id/record/exports',
  auth: 'user',
};
export const exportStatus: WebApi['exportStatus'] = { method: 'GET', path: '/api/exports/:id', auth: 'user' };
export const exportFile: WebApi['exportFile'] = {
  method: 'GET',
  path: '/api/exports/:id/file',
  auth: 'user',
};
export const patientMeasures: WebApi['patientMeasures'] = {
  method: 'GET',
  path: '/api/patients/:id/measures',
  auth: 'user',
};
export const answerMeasure: WebApi['answerMeasure'] = {
  method: 'POST',
  path: '/api/patients/:id/measures',
  auth: 'user',
};
export const measureForm: WebApi['measureForm'] = {
  method: 'GET',
  path: '/api/measures/:code',
  auth: 'user',
};
export const listLicensedQuestionnaires: WebApi['listLicensedQuestionnaires'] = {
  method: 'GET',
  path: '/api/licensed-questionnaires',
  auth: 'user',
};
export const getLicensedQuestionnaire: WebApi['getLicensedQuestionnaire'] = {
  method: 'GET',
  path: '/api/licensed-questionnaires/:measure',
  auth: 'user',
};
export const uploadLicensedQuestionnaire: WebApi['uploadLicensedQuestionnaire'] = {
  method: 'PUT',
  path: '/api/licensed-questionnaires/:measure',
  auth: 'user',
};
export const outcomesReport: WebApi['outcomesReport'] = {
  method: 'GET',
  path: '/api/outcomes-report',
  auth: 'user',
};
export const outcomesReportCsv: WebApi['outcomesReportCsv'] = {
  method: 'GET',
  path: '/api/outcomes-report.csv',
  auth: 'user',
};
export const listArticles: WebApi['listArticles'] = {
  method: 'GET',
  path: '/api/education/articles',
  auth: 'public',
};
export const readArticle: WebApi['readArticle'] = {
  method: 'GET',
  path: '/api/education/articles/:slug',
  auth: 'public',
};
export const listSmartApps: WebApi['listSmartApps'] = {
  method: 'GET',
  path: '/api/smart-apps',
  auth: 'user',
};
export const registerSmartApp: WebApi['registerSmartApp'] = {
  method: 'POST',
  path: '/api/smart-apps',
  auth: 'user',
};
export const removeSmartApp: WebApi['removeSmartApp'] = {
  method: 'DELETE',
  path: '/api/smart-apps/:clientId',
  auth: 'user',
};
export const smartRequest: WebApi['smartRequest'] = {
  method: 'GET',
  path: '/api/smart/requests/:id',
  auth: 'user',
};
export const decideSmartRequest: WebApi['decideSmartRequest'] = {
  method: 'POST',
  path: '/api/smart/requests/:id/decision',
  auth: 'user',
};
export const connectedApps: WebApi['connectedApps'] = {
  method: 'GET',
  path: '/api/smart/connected-apps',
  auth: 'user',
};
export const revokeConnectedApp: WebApi['revokeConnectedApp'] = {
  method: 'DELETE',
  path: '/api/smart/connected-apps/:id',
  auth: 'user',
};
