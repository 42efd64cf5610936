/**
 * Results from other systems (migration 0052): kept as a FHIR import sent them, never edited here, listed read-only
 * on the chart beside the lists. Writing one is a chart write, reading them a chart read, each audited per patient.
 */
import { randomUUID } from 'node:crypto';
import {
  findOutsideObservations,
  findPatient,
  insertOutsideObservation,
  isUniqueViolation,
  listOutsideObservations,
  type OutsideObservationRow,
} from '@omt/db';
import type { ImportedResult, OutsideCoding, OutsideResult, OutsideResults } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';

/** The words of a result's code: its text, else a coding's display, else its code. */
function nameOf(codings: OutsideCoding[], text: string | null): string {
  const coding = codings.find((c) => c.display) ?? codings.find((c) => c.code);
  return text ?? coding?.display ?? coding?.code ?? '';
}

function presentResult(r: OutsideObservationRow): OutsideResult {
  const codings = JSON.parse(r.code_json) as OutsideCoding[];
  const value =
    r.value_kind === 'quantity'
      ? {
          kind: 'quantity' as const,
          value: Number(r.value_decimal),
          unit: r.value_unit,
          unitSystem: r.value_unit_system,
          unitCode: r.value_unit_code,
        }
      : { kind: r.value_kind as 'string' | 'concept', text: r.value_text ?? '' };
  return {
    id: r.id,
    name: nameOf(codings, r.code_text),
    codings,
    category: JSON.parse(r.category_json) as OutsideCoding[],
    value,
    status: r.status as OutsideResult['status'],
    effective: r.effective,
    source: r.identifier_system,
    importedAt: r.imported_at,
  };
}

export async function listOutsideResults(ctx: RequestContext, patientId: string): Promise<OutsideResults> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'chart.read', 'outside-results', patientId);
  return { results: (await listOutsideObservations(ctx.db, patientId)).map(presentResult) };
}

/**
 * The result the sender's identifier names, or a new one. Found for this patient: its id, `added` false, nothing
 * changed (an import adds results, it never edits them). Found for another patient: 409 naming the identifier.
 */
export async function importOutsideResult(
  ctx: RequestContext,
  patientId: string,
  result: ImportedResult,
): Promise<{ id: string; added: boolean }> {
  const { system, value } = result.identifier;
  const [found] = await findOutsideObservations(ctx.db, [result.identifier]);
  if (found && found.patient_id !== patientId) {
    throw fail.conflict(
      'identifier_in_use',
      `identifier: ${system}|${value} is a result of Patient/${found.patient_id}`,
      'identifier',
    );
  }
  if (found) {
    await ctx.access(patientId, 'chart.read', 'outside-result', found.id, 'import: found by identifier');
    return { id: found.id, added: false };
  }
  const id = randomUUID();
  await ctx.access(patientId, 'chart.write', 'outside-result', id, `import: a result from ${system}`);
  const v = result.value;
  const inserted = insertOutsideObservation(ctx.db, {
    id,
    patient_id: patientId,
    identifier_system: system,
    identifier_value: value,
    status: result.status,
    category_json: JSON.stringify(result.category),
    code_json: JSON.stringify(result.code.coding),
    code_text: result.code.text,
    value_kind: v.kind,
    value_decimal: v.kind === 'quantity' ? String(v.value) : null,
    value_unit: v.kind === 'quantity' ? v.unit : null,
    value_unit_system: v.kind === 'quantity' ? v.unitSystem : null,
    value_unit_code: v.kind === 'quantity' ? v.unitCode : null,
    value_text: v.kind === 'quantity' ? null : v.text,
    effective: result.effective,
    imported_at: ctx.now(),
    imported_by: ctx.user.id,
  });
  await inserted.catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error;
    throw fail.conflict('identifier_in_use', 'identifier: another import was just given it', 'identifier');
  });
  return { id, added: true };
}
