/** The chart timeline's events for documents and general consent signatures (sources listed in chart/timeline-sources.ts). */
import { findUserById, listConsentSignatures, listPatientDocuments } from '@omt/db';
import type { TimelineEvent } from '@omt/contracts';
import type { Database } from '@omt/db';

const CATEGORY: Record<string, string> = {
  referral_letter: 'Referral letter',
  imaging_report: 'Imaging report',
  outside_records: 'Outside records',
  other: 'Document',
};

const none = { appointmentId: null, encounterId: null, timeZone: null } as const;

/** Each document when it was uploaded; one removed as entered in error says so, with the reason. */
export async function documentEvents(db: Database, patientId: string): Promise<TimelineEvent[]> {
  return (await listPatientDocuments(db, patientId, true)).map((d) => ({
    ...none,
    key: `document:${d.id}`,
    kind: 'document',
    at: d.uploaded_at,
    title: `${CATEGORY[d.category] ?? 'Document'} added: ${d.title}`,
    detail: d.removed_at ? `Removed as entered in error: ${d.removed_reason ?? ''}` : null,
    status: d.removed_at ? 'removed' : null,
  }));
}

/** Each signature of the clinic's general treatment consent. */
export async function consentEvents(db: Database, patientId: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for (const s of await listConsentSignatures(db, patientId)) {
    const signer = (await findUserById(db, s.signer_user_id))?.display_name ?? 'unknown';
    events.push({
      ...none,
      key: `consent:${s.id}`,
      kind: 'consent',
      at: s.signed_at,
      title: `General treatment consent signed (version ${s.form_version})`,
      detail: `By ${signer}${s.signer_relationship === 'guardian' ? ' (parent or guardian)' : ''}, typed name “${s.typed_name}”`,
      status: null,
    });
  }
  return events;
}
