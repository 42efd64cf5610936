import { randomUUID } from 'node:crypto';
import {
  currentConsentForm,
  findPatient,
  insertConsentForm,
  insertConsentSignature,
  listConsentSignatures,
  patientsOfUser,
  findUserById,
  type ConsentFormRow,
  type Database,
} from '@omt/db';
import { consentStatus, typedNameMatches } from '@omt/domain';
import type { ConsentForm, ConsentSignature, ConsentSummary } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from '../catalog/audit';
import { patientName } from '../patients/presenter';

function presentForm(row: ConsentFormRow): ConsentForm {
  return { version: row.version, textEn: row.text_en, textEs: row.text_es, publishedAt: row.published_at };
}

async function formInForce(db: Database): Promise<ConsentFormRow> {
  const row = await currentConsentForm(db);
  if (!row) throw new Error('no consent form: migration 0031 seeds version 1');
  return row;
}

/** The general treatment consent in force (anyone logged in reads it: it holds no patient data). */
export async function consentForm(ctx: RequestContext): Promise<ConsentForm> {
  return presentForm(await formInForce(ctx.db));
}

/** The admin publishes a new version; every patient is then asked to sign it again. */
export async function publishConsentForm(
  ctx: RequestContext,
  body: { textEn: string; textEs: string },
): Promise<ConsentForm> {
  ctx.requireRole('admin');
  const current = await formInForce(ctx.db);
  const row: ConsentFormRow = {
    version: current.version + 1,
    text_en: body.textEn,
    text_es: body.textEs,
    published_at: ctx.now(),
    published_by: ctx.user.id,
  };
  // The audit row first: the version is published with it or not at all.
  await auditSetup(
    ctx,
    'consent_form.publish',
    'consent_form',
    String(row.version),
    `version ${row.version}`,
  );
  if (!(await insertConsentForm(ctx.db, row))) {
    throw fail.conflict('consent_form_changed', 'someone published a new version just now; read it first');
  }
  return presentForm(row);
}

/**
 * Where a patient stands with the general consent, without an audit row of its own: for callers that already
 * passed the audited gate for this patient (the portal record, the chart).
 */
export async function consentSummaryOf(db: Database, patientId: string): Promise<ConsentSummary> {
  const patient = await findPatient(db, patientId);
  if (!patient) throw fail.notFound('patient');
  const [form, rows] = await Promise.all([formInForce(db), listConsentSignatures(db, patientId)]);
  const signatures: ConsentSignature[] = [];
  for (const r of rows) {
    signatures.push({
      patientId,
      version: r.form_version,
      typedName: r.typed_name,
      signerName: (await findUserById(db, r.signer_user_id))?.display_name ?? 'unknown',
      signerRelationship: r.signer_relationship === 'guardian' ? 'guardian' : 'self',
      signedAt: r.signed_at,
    });
  }
  return {
    patientId,
    patientName: patientName(patient),
    status: consentStatus({ currentVersion: form.version, signedVersions: rows.map((r) => r.form_version) }),
    current: presentForm(form),
    signatures,
  };
}

/** A patient's general consent, audited: the staff patient page and the chart show it. */
export async function consentSummary(ctx: RequestContext, patientId: string): Promise<ConsentSummary> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'consent.read', 'consent', null);
  return consentSummaryOf(ctx.db, patientId);
}

/**
 * The patient signs the form in force with their full name typed; a parent signs for a child with the parent's own
 * name. The same version signed again keeps the first signature; an outdated version is refused (409).
 */
export async function signConsent(
  ctx: RequestContext,
  patientId: string,
  body: { version: number; typedName: string },
): Promise<ConsentSummary> {
  const patient = await findPatient(ctx.db, patientId);
  if (!patient) throw fail.notFound('patient');
  await ctx.access(patientId, 'consent.sign', 'consent', null, `version ${body.version}`);
  const form = await formInForce(ctx.db);
  if (body.version !== form.version) {
    throw fail.conflict(
      'consent_form_changed',
      `the consent form is now version ${form.version}; read it and sign again`,
      'version',
    );
  }
  const link = (await patientsOfUser(ctx.db, ctx.user.id)).find((p) => p.id === patientId);
  const relationship = link?.relationship === 'guardian' ? 'guardian' : 'self';
  const expected = relationship === 'guardian' ? ctx.user.displayName : patientName(patient);
  if (!typedNameMatches(body.typedName, expected)) {
    throw fail.invalid(
      'typedName',
      `must be ${relationship === 'guardian' ? 'your own' : 'the patient’s'} full name as the clinic has it (${expected})`,
      'name_mismatch',
    );
  }
  await insertConsentSignature(ctx.db, {
    id: randomUUID(),
    patient_id: patientId,
    form_version: form.version,
    typed_name: body.typedName.trim(),
    signer_user_id: ctx.user.id,
    signer_relationship: relationship,
    signed_at: ctx.now(),
  });
  return consentSummaryOf(ctx.db, patientId);
}
