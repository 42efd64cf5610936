import { randomUUID } from 'node:crypto';
import {
  findAppointment,
  findEncounterByAppointment,
  findLocation,
  insertConsent,
  insertEncounter,
  insertTreatment,
  isUniqueViolation,
  replaceExamFindings,
} from '@omt/db';
import {
  formatSegmentNotation,
  openEncounterProblem,
  parseSegmentNotation,
  type RegionId,
  type TechniqueId,
} from '@omt/domain';
import type { Encounter, RecordConsent, RecordTreatment, SafetyResultView, SaveExam } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { holdOf, visitDayOf, type EncounterBundle } from './load';
import { presentEncounter } from './presenter';
import { safetyFor } from './safety';
import { bundleFor, present, requireDraft } from './access';
import { copyMarkerOf } from '../note/copy-marker';

/** Opens the encounter of an appointment (or returns the one already open). */
export async function openEncounter(ctx: RequestContext, appointmentId: string): Promise<Encounter> {
  const appt = await findAppointment(ctx.db, appointmentId);
  if (!appt) throw fail.notFound('appointment');
  await ctx.access(appt.patient_id, 'clinical.write', 'encounter', appointmentId);
  if (appt.status === 'cancelled') throw fail.conflict('invalid_status', 'this appointment is cancelled');
  const existing = await findEncounterByAppointment(ctx.db, appointmentId);
  if (existing) return present(ctx, existing.id);
  const location = await findLocation(ctx.db, appt.location_id);
  const notToday = openEncounterProblem(
    { start: appt.start_at, timeZone: location?.time_zone ?? 'UTC', status: appt.status },
    ctx.now(),
  );
  if (notToday) throw fail.unprocessable(notToday.code, notToday.message);
  const id = randomUUID();
  try {
    await insertEncounter(ctx.db, {
      id,
      appointment_id: appointmentId,
      patient_id: appt.patient_id,
      author_id: ctx.user.id,
      status: 'draft',
      note_text: null,
      coding_json: null,
      em_documented: 0,
      em_note: null,
      signed_at: null,
      signed_by: null,
      cosigned_by: null,
      cosigned_at: null,
      created_at: ctx.now(),
      updated_at: ctx.now(),
      tolerance: null,
      reassessment: null,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await findEncounterByAppointment(ctx.db, appointmentId);
    if (raced) return present(ctx, raced.id);
    throw error;
  }
  return present(ctx, id);
}

export async function getEncounter(ctx: RequestContext, id: string): Promise<Encounter> {
  const b = await bundleFor(ctx, id, 'clinical.read');
  return presentEncounter(b, ctx.now(), ctx.user.id);
}

/** Records the structural exam; one row per region, replaced as a whole while the note is a draft. */
export async function saveExam(ctx: RequestContext, id: string, body: SaveExam): Promise<Encounter> {
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  const seen = new Set<string>();
  body.regions.forEach((r, i) => {
    if (seen.has(r.region)) throw fail.invalid(`regions.${i}.region`, `${r.region} appears twice`);
    seen.add(r.region);
  });
  await replaceExamFindings(
    ctx.db,
    id,
    body.regions.map((r, i) => {
      const stored = {
        comment: r.comment?.trim() || null,
        segment: r.segment ? normalizedSegment(r.segment, i) : null,
      };
      const previous = b.exam.find((f) => f.region === r.region);
      return {
        id: randomUUID(),
        encounter_id: id,
        region: r.region,
        tenderness: r.tenderness ? 1 : 0,
        asymmetry: r.asymmetry ? 1 : 0,
        restriction: r.restriction ? 1 : 0,
        tissue_texture: r.tissueTexture ? 1 : 0,
        severity: r.severity ?? null,
        ...stored,
        ...copyMarkerOf(previous, r, stored),
      };
    }),
  );
  return present(ctx, id);
}

/** Segment notation in its canonical spelling, or a 400 naming the region's entry. */
function normalizedSegment(text: string, index: number): string {
  const parsed = parseSegmentNotation(text);
  if (!parsed.ok) throw fail.invalid(`regions.${index}.segment`, parsed.message);
  return formatSegmentNotation(parsed.value);
}

function latestConsent(b: EncounterBundle, technique: string) {
  return b.consents.filter((c) => c.technique === technique).at(-1);
}

/** The safety verdict for a technique × region × this patient, citing its sources. */
export async function checkSafety(
  ctx: RequestContext,
  id: string,
  technique: TechniqueId,
  region: RegionId,
): Promise<SafetyResultView> {
  const b = await bundleFor(ctx, id, 'clinical.read');
  const refused = latestConsent(b, technique)?.decision === 'refused';
  return safetyFor(b.patient, visitDayOf(b), technique, region, refused);
}

export async function recordConsent(ctx: RequestContext, id: string, body: RecordConsent) {
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  const row = {
    id: randomUUID(),
    encounter_id: id,
    technique: body.technique,
    decision: body.decision,
    method: body.method,
    recorded_by: ctx.user.id,
    recorded_at: ctx.now(),
  };
  await insertConsent(ctx.db, row);
  return { ...body, id: row.id, recordedBy: row.recorded_by, recordedAt: row.recorded_at };
}

/** Documents a technique given: refused when consent is missing or the safety engine blocks it. */
export async function recordTreatment(
  ctx: RequestContext,
  id: string,
  body: RecordTreatment,
): Promise<Encounter> {
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  const hold = holdOf(b);
  if (hold.onHold) {
    const why = hold.unreviewed.length
      ? `red flags not yet reviewed: ${hold.unreviewed.join(', ')}`
      : `red flags not cleared for OMT: ${hold.holding.map((h) => `${h.flagId} (${h.decision})`).join(', ')}`;
    throw fail.unprocessable('omt_on_hold', `OMT is on hold: ${why}`);
  }
  const consent = latestConsent(b, body.technique);
  if (!consent) {
    throw fail.unprocessable(
      'consent_required',
      "technique: record the patient's consent to this technique first",
      'technique',
    );
  }
  const safety = safetyFor(
    b.patient,
    visitDayOf(b),
    body.technique,
    body.region,
    consent.decision === 'refused',
  );
  if (safety.verdict === 'blocked') {
    const why = safety.reasons
      .filter((r) => r.verdict === 'blocked')
      .map((r) => r.message)
      .join('; ');
    throw fail.unprocessable(
      'technique_blocked',
      `technique: not allowed for this patient: ${why}`,
      'technique',
    );
  }
  if (safety.verdict === 'caution' && !body.cautionReason) {
    throw fail.unprocessable(
      'caution_reason_required',
      'cautionReason: give a reason to proceed despite the caution',
      'cautionReason',
    );
  }
  await insertTreatment(ctx.db, {
    id: randomUUID(),
    encounter_id: id,
    region: body.region,
    technique: body.technique,
    position: body.position,
    response: body.response,
    safety_verdict: safety.verdict,
    caution_reason: body.cautionReason ?? null,
    recorded_by: ctx.user.id,
    recorded_at: ctx.now(),
    duration_minutes: body.durationMinutes ?? null,
    discomfort_json: body.discomfort ? JSON.stringify(body.discomfort) : null,
    flags_known_json: JSON.stringify(b.redFlags.map((f) => f.id)),
  });
  return present(ctx, id);
}
