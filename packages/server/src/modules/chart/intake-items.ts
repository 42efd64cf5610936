/**
 * What patients reported at intake (medicines, allergies, past health) and the physician has not yet taken into
 * the chart or dismissed. A decision on an item covers the same item in that intake and every earlier one; a
 * later intake reporting it again lists it again.
 */
import { randomUUID } from 'node:crypto';
import {
  insertChartEntry,
  insertReconciliation,
  isUniqueViolation,
  listIntakesOfPatient,
  listReconciliations,
  type ChartEntryRow,
  type Database,
} from '@omt/db';
import {
  chartTextKey,
  reportedItems,
  type IntakeHistoryReport,
  type ReportedItem as DomainItem,
} from '@omt/domain';
import type { CreateChartEntry, ReconcileItem, ReportedItem } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { entryColumns } from './presenter';

type Intake = Awaited<ReturnType<typeof listIntakesOfPatient>>[number];

function itemsOf(intake: Intake): DomainItem[] {
  const answers = JSON.parse(intake.answers_json) as { history?: IntakeHistoryReport | null };
  return reportedItems(answers.history ?? null);
}

export async function pendingIntakeItems(
  db: Database,
  patientId: string,
  entries: readonly Pick<ChartEntryRow, 'kind' | 'name' | 'status'>[],
  noKnownAllergies: boolean,
): Promise<ReportedItem[]> {
  const intakes = (await listIntakesOfPatient(db, patientId)).sort((a, b) =>
    a.submitted_at < b.submitted_at ? 1 : a.submitted_at > b.submitted_at ? -1 : 0,
  );
  const submitted = new Map(intakes.map((i) => [i.id, i.submitted_at]));
  const decidedUpTo = new Map<string, string>();
  for (const r of await listReconciliations(db, patientId)) {
    const at = submitted.get(r.intake_id) ?? '';
    if (at > (decidedUpTo.get(r.item_key) ?? '')) decidedUpTo.set(r.item_key, at);
  }
  const active = entries.filter((e) => e.status === 'active');
  const inChart = new Set(active.map((e) => `${e.kind}:${chartTextKey(e.name)}`));
  const allergiesKnown = noKnownAllergies || active.some((e) => e.kind === 'allergy');
  const listed = new Set<string>();
  const out: ReportedItem[] = [];
  for (const intake of intakes) {
    for (const item of itemsOf(intake)) {
      const decided = (decidedUpTo.get(item.key) ?? '') >= intake.submitted_at;
      const known = inChart.has(item.key) || (item.kind === 'no_known_allergies' && allergiesKnown);
      if (decided || known || listed.has(item.key)) continue;
      listed.add(item.key);
      out.push({ intakeId: intake.id, reportedAt: intake.submitted_at, ...item });
    }
  }
  return out;
}

function entryOf(item: DomainItem): CreateChartEntry | null {
  switch (item.kind) {
    case 'medication':
      return {
        kind: 'medication',
        name: item.name,
        dose: null,
        frequency: null,
        anticoagulant: false,
        status: 'active',
      };
    case 'allergy':
      return {
        kind: 'allergy',
        substance: item.name,
        reaction: item.reaction,
        severity: null,
        status: 'active',
      };
    case 'medical_history':
    case 'surgical_history':
      return { kind: item.kind, description: item.name, year: item.year, status: 'active' };
    case 'no_known_allergies':
      return null;
  }
}

/**
 * Adds a reported item to the chart or dismisses it, audited. The decision's primary key (intake, item) makes a
 * repeated or racing decision a no-op, so the item is added once.
 */
export async function reconcileIntakeItem(
  ctx: RequestContext,
  patientId: string,
  body: ReconcileItem,
  hasActiveAllergy: boolean,
): Promise<void> {
  await ctx.access(
    patientId,
    'chart.write',
    'chart-reconciliation',
    body.intakeId,
    `${body.decision} ${body.key}`,
  );
  const intake = (await listIntakesOfPatient(ctx.db, patientId)).find((i) => i.id === body.intakeId);
  if (!intake) throw fail.notFound('intake');
  const item = itemsOf(intake).find((i) => i.key === body.key);
  if (!item) throw fail.notFound('reported item');
  const now = ctx.now();
  const entry = body.decision === 'add' ? entryOf(item) : null;
  const decision = {
    intake_id: intake.id,
    item_key: item.key,
    patient_id: patientId,
    decision: body.decision === 'add' ? 'added' : 'dismissed',
    entry_id: entry ? randomUUID() : null,
    decided_by: ctx.user.id,
    decided_at: now,
  };
  const nka = body.decision === 'add' && item.kind === 'no_known_allergies';
  if (nka && hasActiveAllergy)
    throw fail.conflict(
      'allergies_recorded',
      'the chart lists active allergies; mark them inactive first',
      'key',
    );
  try {
    if (entry && decision.entry_id)
      await insertChartEntry(
        ctx.db,
        {
          id: decision.entry_id,
          patient_id: patientId,
          ...entryColumns(entry),
          source_intake_id: intake.id,
          created_by: ctx.user.id,
          created_at: now,
          updated_by: ctx.user.id,
          updated_at: now,
        },
        decision,
      );
    else await insertReconciliation(ctx.db, decision, nka);
  } catch (error) {
    // Decided already (a retry, another tab): the chart is as that decision left it.
    if (!isUniqueViolation(error)) throw error;
  }
}
