/**
 * The chart: clinicians read and keep the lists; the desk reads the header; a patient reads their own header and
 * lists. Every read and write passes the audited gate. Entries are never deleted: an edit carries the version it
 * read (409 stale_chart_entry when someone changed it since) and may mark the entry resolved, stopped or inactive.
 */
import { randomUUID } from 'node:crypto';
import {
  findChartEntry,
  findPatient,
  findPatientChart,
  insertChartEntry,
  listChartEntries,
  setNoKnownAllergiesAtVersion,
  updateChartEntryAtVersion,
} from '@omt/db';
import type { Chart, CreateChartEntry, ReconcileItem, UpdateChartEntry } from '@omt/contracts';
import { partialDateAfter } from '@omt/domain';
import type { RequestContext } from '../../context';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { fail } from '../../errors';
import { chartHeader, openFlags } from './header';
import { pendingIntakeItems, reconcileIntakeItem } from './intake-items';
import { entryColumns, presentEntry } from './presenter';

async function patientRow(ctx: RequestContext, id: string) {
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  return row;
}

export async function getChart(ctx: RequestContext, patientId: string): Promise<Chart> {
  const patient = await patientRow(ctx, patientId);
  await ctx.access(patientId, 'chart.header.read', 'chart-header', patientId);
  const clinician = CLINICIAN_ROLES.includes(ctx.user.role);
  const lists = clinician || ctx.user.role === 'patient';
  if (lists) await ctx.access(patientId, 'chart.read', 'chart', patientId);
  const [entries, chart] = await Promise.all([
    listChartEntries(ctx.db, patientId),
    findPatientChart(ctx.db, patientId),
  ]);
  const flags = ctx.user.role === 'patient' ? [] : await openFlags(ctx.db, patientId);
  const header = chartHeader(patient, ctx.now().slice(0, 10), entries, chart, flags);
  const noKnownAllergies = chart?.no_known_allergies === 1;
  return {
    header: ctx.user.role === 'patient' ? { ...header, anticoagulationMismatch: null } : header,
    entries: lists ? entries.map(presentEntry) : null,
    allergyStatus: lists ? { noKnownAllergies, version: chart?.version ?? 0 } : null,
    fromIntake: clinician ? await pendingIntakeItems(ctx.db, patientId, entries, noKnownAllergies) : null,
  };
}

/** What the contract cannot check: dates after today. */
function checkDates(e: CreateChartEntry, today: string): void {
  if (e.kind === 'problem' && e.onset && partialDateAfter(e.onset, today))
    throw fail.invalid('onset', 'cannot be after today');
  if (
    (e.kind === 'medical_history' || e.kind === 'surgical_history') &&
    e.year &&
    e.year > Number(today.slice(0, 4))
  )
    throw fail.invalid('year', 'cannot be after this year');
}

/** Adds an entry to the patient's list (audited) and returns its id; `addChartEntry` answers the chart after it. */
export async function recordChartEntry(
  ctx: RequestContext,
  patientId: string,
  body: CreateChartEntry,
): Promise<string> {
  await patientRow(ctx, patientId);
  const id = randomUUID();
  await ctx.access(patientId, 'chart.write', 'chart-entry', id, `add ${body.kind}`);
  const now = ctx.now();
  checkDates(body, now.slice(0, 10));
  await insertChartEntry(ctx.db, {
    id,
    patient_id: patientId,
    ...entryColumns(body),
    source_intake_id: null,
    created_by: ctx.user.id,
    created_at: now,
    updated_by: ctx.user.id,
    updated_at: now,
  });
  return id;
}

export async function addChartEntry(
  ctx: RequestContext,
  patientId: string,
  body: CreateChartEntry,
): Promise<Chart> {
  await recordChartEntry(ctx, patientId, body);
  return getChart(ctx, patientId);
}

export async function updateChartEntry(
  ctx: RequestContext,
  patientId: string,
  entryId: string,
  body: UpdateChartEntry,
): Promise<Chart> {
  await patientRow(ctx, patientId);
  await ctx.access(patientId, 'chart.write', 'chart-entry', entryId, `edit ${body.kind} to ${body.status}`);
  const existing = await findChartEntry(ctx.db, entryId);
  // Another patient's entry is not found through this patient's chart.
  if (!existing || existing.patient_id !== patientId) throw fail.notFound('chart entry');
  if (existing.kind !== body.kind) throw fail.invalid('kind', `must stay ${existing.kind}`);
  const { version, ...entry } = body;
  const now = ctx.now();
  checkDates(entry, now.slice(0, 10));
  const { kind: _kind, ...columns } = entryColumns(entry);
  if (
    !(await updateChartEntryAtVersion(ctx.db, entryId, version, {
      ...columns,
      updated_by: ctx.user.id,
      updated_at: now,
    }))
  )
    throw fail.conflict(
      'stale_chart_entry',
      'this entry was changed since you read it; reload the chart and edit again',
      'version',
    );
  return getChart(ctx, patientId);
}

export async function setAllergyStatus(
  ctx: RequestContext,
  patientId: string,
  body: { noKnownAllergies: boolean; version: number },
): Promise<Chart> {
  await patientRow(ctx, patientId);
  await ctx.access(
    patientId,
    'chart.write',
    'chart-allergy-status',
    patientId,
    `no known allergies: ${body.noKnownAllergies}`,
  );
  const entries = await listChartEntries(ctx.db, patientId);
  if (body.noKnownAllergies && entries.some((e) => e.kind === 'allergy' && e.status === 'active'))
    throw fail.conflict(
      'allergies_recorded',
      'the chart lists active allergies; mark them inactive first',
      'noKnownAllergies',
    );
  if (
    !(await setNoKnownAllergiesAtVersion(
      ctx.db,
      patientId,
      body.noKnownAllergies,
      body.version,
      ctx.user.id,
      ctx.now(),
    ))
  )
    throw fail.conflict(
      'stale_allergy_status',
      'the allergy record was changed since you read it; reload the chart and try again',
      'version',
    );
  return getChart(ctx, patientId);
}

export async function reconcile(ctx: RequestContext, patientId: string, body: ReconcileItem): Promise<Chart> {
  await patientRow(ctx, patientId);
  const entries = await listChartEntries(ctx.db, patientId);
  const hasActiveAllergy = entries.some((e) => e.kind === 'allergy' && e.status === 'active');
  await reconcileIntakeItem(ctx, patientId, body, hasActiveAllergy);
  return getChart(ctx, patientId);
}
