/** Where the timeline's events come from: one function per kind, each reading one patient's rows. */
import {
  listAddendaOfPatient,
  listCheckInsOfPatient,
  listIntakesOfPatient,
  listNotesOfPatient,
  listVisitsOfPatient,
  type Database,
} from '@omt/db';
import type { TimelineEvent } from '@omt/contracts';
import type { IntakeExtract } from '@omt/fhir';
import { consentEvents, documentEvents } from '../documents/timeline-sources';

export type TimelineSource = (db: Database, patientId: string) => Promise<TimelineEvent[]>;

const event = (
  e: Omit<TimelineEvent, 'key' | 'appointmentId' | 'encounterId' | 'timeZone'> & {
    id: string;
  } & Partial<TimelineEvent>,
): TimelineEvent => {
  const { id, ...rest } = e;
  return { appointmentId: null, encounterId: null, timeZone: null, ...rest, key: `${e.kind}:${id}` };
};

const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const visits: TimelineSource = async (db, patientId) =>
  (await listVisitsOfPatient(db, patientId)).map((v) =>
    event({
      id: v.id,
      kind: 'visit',
      at: v.start_at,
      title: `${v.visit_type_name} with ${v.provider_name}`,
      detail: null,
      status: v.status,
      appointmentId: v.id,
      timeZone: v.time_zone,
    }),
  );

const NOTE_TITLE: Record<string, string> = {
  signed: 'Visit note signed',
  awaiting_cosign: 'Visit note awaiting co-signature',
  draft: 'Visit note not signed yet',
};

const notes: TimelineSource = async (db, patientId) =>
  (await listNotesOfPatient(db, patientId)).map((n) =>
    event({
      id: n.id,
      kind: 'note',
      at: n.signed_at ?? n.created_at,
      title: NOTE_TITLE[n.status] ?? 'Visit note',
      detail: n.signer_name ? `Signed by ${n.signer_name}` : `Written by ${n.author_name}`,
      status: n.status,
      appointmentId: n.appointment_id,
      timeZone: n.time_zone,
      encounterId: n.id,
    }),
  );

const addenda: TimelineSource = async (db, patientId) =>
  (await listAddendaOfPatient(db, patientId)).map((a) =>
    event({
      id: String(a.id),
      kind: 'addendum',
      at: a.created_at,
      title: `Addendum by ${a.author_name}`,
      detail: short(a.text),
      status: null,
      appointmentId: a.appointment_id,
      timeZone: a.time_zone,
      encounterId: a.encounter_id,
    }),
  );

const intakes: TimelineSource = async (db, patientId) =>
  (await listIntakesOfPatient(db, patientId)).map((i) => {
    const answers = JSON.parse(i.answers_json) as Partial<IntakeExtract>;
    const flags = (JSON.parse(i.red_flags_json) as unknown[]).length;
    const complaint = answers.chiefComplaint ? `Main problem: ${short(answers.chiefComplaint, 120)}` : null;
    const flagText = flags ? `${flags} red flag${flags === 1 ? '' : 's'}` : null;
    return event({
      id: i.id,
      kind: 'intake',
      at: i.submitted_at,
      title: 'Intake submitted',
      detail: [complaint, flagText].filter(Boolean).join(' · ') || null,
      status: flags ? 'red_flags' : null,
      appointmentId: i.appointment_id,
      timeZone: i.time_zone,
    });
  });

const ROUTE_TEXT: Record<string, string> = {
  emergency: 'routed to emergency care',
  same_day_call: 'routed to a same-day call',
  routine_review: 'routed to routine review',
  none: 'no follow-up needed',
};

const checkIns: TimelineSource = async (db, patientId) =>
  (await listCheckInsOfPatient(db, patientId)).map((c) =>
    event({
      id: c.id,
      kind: 'check_in',
      at: c.submitted_at,
      title: 'Check-in after the visit',
      detail: `Soreness ${c.soreness}/10, ${ROUTE_TEXT[c.route] ?? c.route}${c.alert && !c.acknowledged_at ? ' (alert open)' : ''}`,
      status: c.route,
      appointmentId: c.appointment_id,
      timeZone: c.time_zone,
      encounterId: c.encounter_id,
    }),
  );

/** Every source of the timeline; a new kind of event adds its source here (and its kind to TIMELINE_KINDS). */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  visits,
  notes,
  addenda,
  intakes,
  checkIns,
  documentEvents,
  consentEvents,
];
