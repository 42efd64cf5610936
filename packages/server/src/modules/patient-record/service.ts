import {
  listAppointmentViews,
  listCheckInsOfEncounter,
  listPatientDocuments,
  listSignedEncountersOfPatient,
  findPatient,
  readPatientDocumentContent,
  type Database,
} from '@omt/db';
import {
  CHECKIN_ADVICE,
  aftercareFor,
  clinicText,
  documentFileName,
  regionInPatientWords,
  techniqueInPatientWords,
  type CheckInRoute,
  type Lang,
  type RegionId,
  type TechniqueId,
} from '@omt/domain';
import type { PatientRecord, PatientRecordExport } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { consentSummaryOf } from '../consent/service';
import { presentDocuments } from '../documents/presenter';
import { givenTreatments, loadBundleOf } from '../encounters/load';
import { patientName } from '../patients/presenter';

const LIVE = new Set(['held', 'booked', 'checked_in']);

async function visits(
  db: Database,
  patientId: string,
  now: string,
  lang: Lang,
): Promise<PatientRecord['visits']> {
  const rows = await listAppointmentViews(db, { patientIds: [patientId] });
  return rows.map((a) => ({
    appointmentId: a.id,
    start: a.start_at,
    end: a.end_at,
    timeZone: a.time_zone,
    status: a.status as PatientRecord['visits'][number]['status'],
    visitTypeName: clinicText(lang, a.visit_type_name, a.visit_type_name_es),
    providerName: a.provider_name,
    locationName: a.location_name,
    upcoming: a.end_at > now && LIVE.has(a.status),
  }));
}

/** Each signed note in the patient's words: date, provider, regions, techniques, aftercare and check-ins. */
async function noteSummaries(db: Database, patientId: string, lang: Lang): Promise<PatientRecord['notes']> {
  const notes: PatientRecord['notes'] = [];
  for (const encounter of await listSignedEncountersOfPatient(db, patientId)) {
    const b = await loadBundleOf(db, encounter);
    const given = givenTreatments(b);
    const regions = [...new Set(given.map((t) => t.region as RegionId))];
    const techniques = [...new Set(given.map((t) => t.technique as TechniqueId))];
    const checkIns = await listCheckInsOfEncounter(db, encounter.id);
    notes.push({
      encounterId: encounter.id,
      date: b.appointment.start_at,
      timeZone: b.timeZone,
      providerName: b.author.display_name,
      regions: regions.map((r) => regionInPatientWords(r, lang)),
      techniques: techniques.map((t) => techniqueInPatientWords(t, lang)),
      aftercare: aftercareFor({ techniques, regions, lang }).map((i) => i.text),
      checkIns: checkIns.map((c) => ({
        submittedAt: c.submitted_at,
        soreness: c.soreness,
        daysSore: c.days_sore,
        advice: CHECKIN_ADVICE[c.route as CheckInRoute][lang],
      })),
    });
  }
  return notes.sort((x, y) => y.date.localeCompare(x.date));
}

/** The record of one patient; the caller has passed the audited gate for it. */
async function buildRecord(ctx: RequestContext, patientId: string, lang: Lang): Promise<PatientRecord> {
  const patient = await findPatient(ctx.db, patientId);
  if (!patient) throw fail.notFound('patient');
  return {
    patientId,
    patientName: patientName(patient),
    lang,
    visits: await visits(ctx.db, patientId, ctx.now(), lang),
    notes: await noteSummaries(ctx.db, patientId, lang),
    documents: await presentDocuments(ctx.db, await listPatientDocuments(ctx.db, patientId, false)),
    consent: await consentSummaryOf(ctx.db, patientId),
  };
}

async function existing(ctx: RequestContext, patientId: string): Promise<void> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
}

/** "My record" in the portal: a patient's own (or their child's) record. */
export async function patientRecord(
  ctx: RequestContext,
  patientId: string,
  lang: Lang,
): Promise<PatientRecord> {
  await existing(ctx, patientId);
  await ctx.access(patientId, 'record.read', 'record', null);
  return buildRecord(ctx, patientId, lang);
}

/** "Download my data": the record with each document's file in base64, audited as an export. */
export async function exportPatientRecord(
  ctx: RequestContext,
  patientId: string,
  lang: Lang,
): Promise<PatientRecordExport> {
  await existing(ctx, patientId);
  await ctx.access(patientId, 'record.export', 'record', null);
  const record = await buildRecord(ctx, patientId, lang);
  const files: PatientRecordExport['files'] = [];
  for (const d of record.documents) {
    const bytes = await readPatientDocumentContent(ctx.db, d.id);
    if (!bytes) continue;
    files.push({
      documentId: d.id,
      fileName: documentFileName(d.title, d.mediaType),
      mediaType: d.mediaType,
      contentBase64: bytes.toString('base64'),
    });
  }
  return { ...record, exportedAt: ctx.now(), files };
}
