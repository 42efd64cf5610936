import {
  findEncounter,
  findIntakeByAppointment,
  findSafetyTaskOfIntake,
  setAppointmentStatus,
  updateEncounterIfStatus,
} from '@omt/db';
import type { Encounter, SignEncounter } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { codingOf, presentEncounter } from './presenter';
import { buildSoapNote } from './soap-note';
import { presentIntake } from '../intake/presenter';
import { bundleFor, present, requireDraft } from './access';
import { clearVisitOnlyConditions } from '../patients/service';
import { signBlockers } from './sign-checks';
import { scheduleCheckInSeries } from '../followup/check-in-series';

/** Signs the note: builds it from the data, codes it, locks it; a resident's note waits for co-signature. */
export async function signEncounter(
  ctx: RequestContext,
  id: string,
  body: SignEncounter,
): Promise<Encounter> {
  if (!CLINICIAN_ROLES.includes(ctx.user.role)) throw fail.forbidden('only clinicians sign notes');
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  if (b.encounter.author_id !== ctx.user.id) throw fail.forbidden('only the author signs this note');
  const [blocker] = signBlockers(b, ctx.now());
  if (blocker) throw fail.unprocessable(blocker.code, `cannot sign yet: ${blocker.message}`);
  // The E/M note is written in the draft (autosaved); a note sent with the signature takes its place.
  const emNote = (body.emNote ?? b.encounter.em_note ?? '').trim();
  if (body.separateEmDocumented && !emNote) {
    throw fail.invalid(
      'emNote',
      'describe the separately identifiable E/M service (history and decision-making beyond the assessment before OMT) before adding modifier 25',
    );
  }
  const emCode = (body.emCode ?? b.encounter.em_code ?? '').trim();
  if (body.separateEmDocumented && !emCode) {
    throw fail.unprocessable(
      'em_code_missing',
      'emCode: enter the CPT code of the separately identifiable E/M service (5 digits) before adding modifier 25',
      'emCode',
    );
  }
  const withEm = { ...b, encounter: { ...b.encounter, em_documented: body.separateEmDocumented ? 1 : 0 } };
  const coding = codingOf(withEm);
  const intakeRow = await findIntakeByAppointment(ctx.db, b.appointment.id);
  const task = intakeRow ? await findSafetyTaskOfIntake(ctx.db, intakeRow.id) : undefined;
  const note = buildSoapNote({
    encounter: presentEncounter(b, ctx.now(), ctx.user.id),
    intake: intakeRow ? presentIntake(intakeRow, task?.id ?? null) : null,
    coding,
    emNote: body.separateEmDocumented ? emNote : null,
    emCode: body.separateEmDocumented ? emCode : null,
    tolerance: body.tolerance ?? null,
    reassessment: body.reassessment?.trim() || null,
    aftercareGiven: body.aftercareGiven,
    freeText: {
      hpi: b.encounter.hpi ?? '',
      assessment: b.encounter.assessment ?? '',
      plan: b.encounter.plan ?? '',
    },
  });
  const status = ctx.user.role === 'resident' ? 'awaiting_cosign' : 'signed';
  const changed = await updateEncounterIfStatus(
    ctx.db,
    id,
    'draft',
    {
      status,
      note_text: note,
      coding_json: JSON.stringify(coding),
      em_documented: body.separateEmDocumented ? 1 : 0,
      em_note: emNote || null,
      em_code: emCode || null,
      tolerance: body.tolerance ?? null,
      reassessment: body.reassessment ?? null,
      signed_at: ctx.now(),
      signed_by: ctx.user.id,
      updated_at: ctx.now(),
    },
    b.encounter.note_version,
  );
  if (!changed) {
    const now = await findEncounter(ctx.db, id);
    if (now?.status === 'draft') {
      throw fail.conflict(
        'stale_note',
        'version: the note text changed while signing; read it again and sign',
        'version',
      );
    }
    throw fail.conflict('encounter_signed', 'this note was signed meanwhile');
  }
  await setAppointmentStatus(ctx.db, b.appointment.id, 'completed');
  await clearVisitOnlyConditions(ctx, b.patient, id); // the bundle already holds the patient
  await scheduleCheckInSeries(ctx, b);
  return present(ctx, id);
}

/** The supervising physician co-signs a resident's note; only then does it count as signed. */
export async function cosignEncounter(ctx: RequestContext, id: string): Promise<Encounter> {
  ctx.requireRole('physician');
  const b = await bundleFor(ctx, id, 'clinical.write');
  if (b.encounter.status !== 'awaiting_cosign') {
    throw fail.conflict(
      'invalid_status',
      `only a note awaiting co-signature can be co-signed (this one is ${b.encounter.status})`,
    );
  }
  if (b.author.supervisor_id !== ctx.user.id)
    throw fail.forbidden("only the resident's supervising physician may co-sign");
  // Co-signing is signing: whatever would hold the signature (a hold that blocks treatment) holds it too.
  const [held] = signBlockers(b, ctx.now());
  if (held) throw fail.unprocessable(held.code, `cannot co-sign yet: ${held.message}`);
  const changed = await updateEncounterIfStatus(ctx.db, id, 'awaiting_cosign', {
    status: 'signed',
    cosigned_by: ctx.user.id,
    cosigned_at: ctx.now(),
    updated_at: ctx.now(),
  });
  if (!changed) throw fail.conflict('invalid_status', 'this note was co-signed meanwhile');
  return present(ctx, id);
}
