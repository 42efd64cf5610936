/** The chart's header: who the patient is, allergies, active problems, safety factors and what is still open. */
import {
  listCheckInsOfPatient,
  listOpenSafetyTasksOfPatient,
  listUnsignedIntakeFlags,
  type ChartEntryRow,
  type Database,
  type PatientChartRow,
  type PatientRow,
} from '@omt/db';
import type { ChartHeader, OpenFlag, RedFlagView } from '@omt/contracts';
import { anticoagulationMismatch } from '@omt/domain';
import { compareTimeline } from './timeline';
import { parseFactors, presentPatient } from '../patients/presenter';

const ROUTE_ALERT: Record<string, string> = {
  emergency: 'Check-in alert: advised emergency care',
  same_day_call: 'Check-in alert: call the patient today',
};

/** Open safety tasks, unacknowledged check-in alerts and unreviewed red flags of visits not yet signed. */
export async function openFlags(db: Database, patientId: string): Promise<OpenFlag[]> {
  const [tasks, checkIns, intakes] = await Promise.all([
    listOpenSafetyTasksOfPatient(db, patientId),
    listCheckInsOfPatient(db, patientId),
    listUnsignedIntakeFlags(db, patientId),
  ]);
  const flags: (OpenFlag & { key: string })[] = tasks.map((t) => ({
    key: `task:${t.id}`,
    kind: 'safety_task',
    label: t.reason,
    at: t.created_at,
    appointmentId: t.appointment_id,
  }));
  for (const c of checkIns)
    if (c.alert === 1 && !c.acknowledged_at)
      flags.push({
        key: `check_in:${c.id}`,
        kind: 'check_in_alert',
        label: ROUTE_ALERT[c.route] ?? 'Check-in alert',
        at: c.submitted_at,
        appointmentId: c.appointment_id,
      });
  for (const i of intakes) {
    const tasked = new Set(tasks.filter((t) => t.appointment_id === i.appointment_id).map((t) => t.flag_id));
    for (const f of JSON.parse(i.red_flags_json) as RedFlagView[])
      if (!i.reviewedFlagIds.includes(f.id) && !tasked.has(f.id))
        flags.push({
          key: `red_flag:${i.id}:${f.id}`,
          kind: 'red_flag',
          label: f.label,
          at: i.submitted_at,
          appointmentId: i.appointment_id,
        });
  }
  return flags.sort(compareTimeline).map(({ key: _key, ...f }) => f);
}

export function chartHeader(
  patient: PatientRow,
  today: string,
  entries: readonly ChartEntryRow[],
  chart: PatientChartRow | undefined,
  flags: OpenFlag[],
): ChartHeader {
  const p = presentPatient(patient, today);
  const active = entries.filter((e) => e.status === 'active');
  const allergies = active.filter((e) => e.kind === 'allergy');
  const factors = parseFactors(patient.factors_json);
  const medications = active
    .filter((e) => e.kind === 'medication')
    .map((m) => ({ name: m.name, anticoagulant: m.anticoagulant === 1 }));
  return {
    patientId: p.id,
    name: p.name,
    birthDate: p.birthDate,
    ageLabel: p.ageLabel,
    sex: p.sex,
    allergies: {
      state: allergies.length ? 'recorded' : chart?.no_known_allergies === 1 ? 'none_known' : 'not_recorded',
      active: allergies.map((a) => ({ substance: a.name, reaction: a.reaction, severity: a.severity })),
    },
    activeProblems: active.filter((e) => e.kind === 'problem').map((e) => ({ name: e.name, icd10: e.code })),
    factors,
    anticoagulationMismatch: anticoagulationMismatch(medications, factors.anticoagulated),
    openFlags: flags,
  };
}
