import { z } from 'zod';
import { Instant } from './common';
import { ConsentSummary } from './consent-form';
import { PatientDocument } from './documents';

export const RecordQuery = z.object({ lang: z.enum(['en', 'es']).default('en') });

export const RecordVisit = z.object({
  appointmentId: z.string(),
  start: Instant,
  end: Instant,
  timeZone: z.string(),
  status: z.enum(['held', 'booked', 'checked_in', 'completed', 'cancelled', 'no_show']),
  visitTypeName: z.string(),
  providerName: z.string(),
  locationName: z.string(),
  upcoming: z.boolean(),
});

export const RecordCheckIn = z.object({
  submittedAt: Instant,
  soreness: z.number(),
  daysSore: z.number(),
  advice: z.string(),
});

/** A signed note in the patient's words: when, who, what was treated, how, and what to do after. */
export const RecordNoteSummary = z.object({
  encounterId: z.string(),
  date: Instant,
  timeZone: z.string(),
  providerName: z.string(),
  regions: z.array(z.string()),
  techniques: z.array(z.string()),
  aftercare: z.array(z.string()),
  checkIns: z.array(RecordCheckIn),
});

/** A patient's own record as the portal shows it (signed notes only, never drafts). */
export const PatientRecord = z.object({
  patientId: z.string(),
  patientName: z.string(),
  lang: z.enum(['en', 'es']),
  visits: z.array(RecordVisit),
  notes: z.array(RecordNoteSummary),
  documents: z.array(PatientDocument),
  consent: ConsentSummary,
});
export type PatientRecord = z.infer<typeof PatientRecord>;

/** The download of one's own data: the record plus each document's bytes in base64. */
export const PatientRecordExport = PatientRecord.extend({
  exportedAt: Instant,
  files: z.array(
    z.object({
      documentId: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      contentBase64: z.string(),
    }),
  ),
});
export type PatientRecordExport = z.infer<typeof PatientRecordExport>;
