/**
 * Results from other systems (migrations 0052, 0056, 0058, 0061): kept as a FHIR import sent them, never edited here,
 * listed read-only on the chart beside the lists, named by their sending organisation when one gave its name; a changed version sent again replaces one unless it is older, and one sent
 * again as entered-in-error or cancelled withdraws it (listed apart). A withdrawal received before any version of its
 * result is kept withdrawn, so the original arriving after it is compared with it. Writing one is a chart write,
 * reading them a chart read, each audited per patient.
 */
import { randomUUID } from 'node:crypto';
import {
  findOutsideObservations,
  findPatient,
  insertOutsideObservation,
  isUniqueViolation,
  listOutsideObservations,
  markOutsideObservationSentAt,
  replaceOutsideObservation,
  type OutsideObservationRow,
} from '@omt/db';
import {
  isWithdrawnStatus,
  type ImportedObservation,
  type OutsideCoding,
  type OutsideResult,
  type OutsideResults,
  type OutsideValue,
  type WithdrawnOutsideResult,
  type WithdrawnStatus,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { compareResultVersions } from './outside-result-versions';

/** The words of a result's code: its text, else a coding's display, else its code. */
function nameOf(codings: OutsideCoding[], text: string | null): string {
  const coding = codings.find((c) => c.display) ?? codings.find((c) => c.code);
  return text ?? coding?.display ?? coding?.code ?? '';
}

/** The kept value; null when a withdrawal received before any version of the result sent none (`none`). */
function valueOf(r: OutsideObservationRow): OutsideValue | null {
  if (r.value_kind === 'quantity') {
    return {
      kind: 'quantity',
      value: Number(r.value_decimal),
      unit: r.value_unit,
      unitSystem: r.value_unit_system,
      unitCode: r.value_unit_code,
    };
  }
  if (r.value_kind === 'string' || r.value_kind === 'concept')
    return { kind: r.value_kind, text: r.value_text ?? '' };
  return null;
}

/**
 * What a current and a withdrawn result both tell: its name, codes, categories and where it came from (the identifier
 * system, and the sending organisation's name when one was given).
 */
function presentSent(r: OutsideObservationRow) {
  const codings = JSON.parse(r.code_json) as OutsideCoding[];
  return {
    id: r.id,
    name: nameOf(codings, r.code_text),
    codings,
    category: JSON.parse(r.category_json) as OutsideCoding[],
    source: r.identifier_system,
    sourceName: r.source_name,
    importedAt: r.imported_at,
  };
}

/** A current result: a version of it was kept whole, so its value and time are there. */
function presentResult(r: OutsideObservationRow): OutsideResult {
  const value = valueOf(r);
  if (!value) throw new Error(`outside result ${r.id} is current but keeps no value`);
  return {
    ...presentSent(r),
    value,
    status: r.status as OutsideResult['status'],
    effective: r.effective,
  };
}

/**
 * A withdrawn or cancelled result: what it said (as far as the sender said it), how and when the sender withdrew it
 * (else when the withdrawal reached the clinic), and whether it reached the clinic already withdrawn.
 */
function presentWithdrawn(r: OutsideObservationRow): WithdrawnOutsideResult {
  return {
    ...presentSent(r),
    value: valueOf(r),
    effective: r.effective || null,
    withdrawnAs: r.status as WithdrawnStatus,
    arrivedWithdrawn: r.arrived_withdrawn === 1,
    withdrawnAt: r.sent_at ?? r.imported_at,
  };
}

/** The current results, latest first, and apart from them the ones their senders withdrew or cancelled. */
export async function listOutsideResults(ctx: RequestContext, patientId: string): Promise<OutsideResults> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'chart.read', 'outside-results', patientId);
  const rows = await listOutsideObservations(ctx.db, patientId);
  return {
    results: rows.filter((r) => !isWithdrawnStatus(r.status)).map(presentResult),
    withdrawn: rows.filter((r) => isWithdrawnStatus(r.status)).map(presentWithdrawn),
  };
}

/**
 * What a result sent says, as the row keeps it: compared whole with a version sent again. A withdrawal (received
 * before any version of its result) keeps what it says: no value is `none`, no time taken ''.
 */
function versionFields(result: ImportedObservation) {
  const v = result.value;
  const quantity = v?.kind === 'quantity' ? v : null;
  return {
    status: result.status,
    category_json: JSON.stringify(result.category),
    code_json: JSON.stringify(result.code.coding),
    code_text: result.code.text,
    value_kind: v?.kind ?? 'none',
    value_decimal: quantity ? String(quantity.value) : null,
    value_unit: quantity?.unit ?? null,
    value_unit_system: quantity?.unitSystem ?? null,
    value_unit_code: quantity?.unitCode ?? null,
    value_text: v && v.kind !== 'quantity' ? v.text : null,
    effective: result.effective ?? '',
  };
}

/** The columns holding what a version says, in one fixed order, so a row and a result sent again compare as text. */
const VERSION_COLUMNS = [
  'status',
  'category_json',
  'code_json',
  'code_text',
  'value_kind',
  'value_decimal',
  'value_unit',
  'value_unit_system',
  'value_unit_code',
  'value_text',
  'effective',
] as const;

/** A version's fields, whether from a row or a result sent again. */
type VersionFields = Pick<OutsideObservationRow, (typeof VERSION_COLUMNS)[number]>;

const contentOf = (f: VersionFields) => JSON.stringify(VERSION_COLUMNS.map((column) => f[column]));

/**
 * What a result sent again says: a version of its own, or for a withdrawal (entered-in-error, cancelled) the kept
 * version's content with that status, since a sender withdrawing a result need not repeat (or may blank) what it said.
 */
function sentFields(kept: OutsideObservationRow, sent: ImportedObservation): VersionFields {
  if (!isWithdrawnStatus(sent.status)) return versionFields(sent);
  const keptFields = Object.fromEntries(VERSION_COLUMNS.map((column) => [column, kept[column]]));
  return { ...(keptFields as VersionFields), status: sent.status };
}

/** What an import did with a result: `note` tells the sender why a version was not recorded. */
export interface ImportedResultOutcome {
  id: string;
  outcome: 'added' | 'same' | 'replaced' | 'kept';
  note?: string;
}

/** The audit's words for how a sender withdraws a result. */
const WITHDRAWS: Record<WithdrawnStatus, string> = {
  'entered-in-error': 'withdraws it (entered-in-error)',
  cancelled: 'cancels it (cancelled)',
};

/**
 * A result sent again under the identifier of one kept for this patient: the same content adds nothing (no new
 * version); changed content, or a withdrawal, replaces it unless it is older (`outside-result-versions.ts`), audited
 * as a chart write, its imported time (the FHIR `meta.lastUpdated`) moving. A current version replacing one that
 * arrived withdrawn makes it a result that has been current here. The sender's name is not content (a name alone
 * changed is no new version): a recorded version brings its own, else keeps the one given before.
 */
async function importAgain(
  ctx: RequestContext,
  kept: OutsideObservationRow,
  result: ImportedObservation,
): Promise<ImportedResultOutcome> {
  const { id, patient_id: patientId } = kept;
  const fields = sentFields(kept, result);
  const verdict = compareResultVersions(
    { content: contentOf(kept), status: kept.status, sentAt: kept.sent_at },
    { content: contentOf(fields), status: result.status, sentAt: result.sentAt },
  );
  if (verdict.kind === 'same') {
    await ctx.access(patientId, 'chart.read', 'outside-result', id, 'import: found by identifier, unchanged');
    if (verdict.laterSentAt) await markOutsideObservationSentAt(ctx.db, id, verdict.laterSentAt);
    return { id, outcome: 'same' };
  }
  if (verdict.kind === 'kept') {
    await ctx.access(
      patientId,
      'chart.read',
      'outside-result',
      id,
      `import: found by identifier; ${verdict.why}`,
    );
    return { id, outcome: 'kept', note: verdict.why };
  }
  await ctx.access(
    patientId,
    'chart.write',
    'outside-result',
    id,
    isWithdrawnStatus(result.status)
      ? `import: ${kept.identifier_system} ${WITHDRAWS[result.status]}, replacing version ${kept.version}`
      : `import: a ${result.status} version from ${kept.identifier_system} replaces version ${kept.version}`,
  );
  const replaced = await replaceOutsideObservation(ctx.db, id, kept.version, {
    ...fields,
    source_name: result.sourceName ?? kept.source_name,
    sent_at: result.sentAt,
    imported_at: ctx.now(),
    imported_by: ctx.user.id,
    ...(isWithdrawnStatus(result.status) ? {} : { arrived_withdrawn: 0 }),
  });
  if (!replaced) {
    throw fail.conflict(
      'result_changed',
      'identifier: another import changed this result at the same time; send it again',
      'identifier',
    );
  }
  return { id, outcome: 'replaced' };
}

/**
 * The result the sender's identifier names, or a new one. Found for another patient: 409 naming the identifier.
 * Found for this patient: the same result again changes nothing; a changed one or a withdrawal replaces it unless
 * older. A withdrawal of a result not kept here (messages arrive out of order) is kept withdrawn, as it was sent and
 * marked as having arrived withdrawn: never a current result, and the original arriving after it is compared with it,
 * so it is not recorded as current unless provably newer.
 */
export async function importOutsideResult(
  ctx: RequestContext,
  patientId: string,
  result: ImportedObservation,
): Promise<ImportedResultOutcome> {
  const { system, value } = result.identifier;
  const [found] = await findOutsideObservations(ctx.db, [result.identifier]);
  if (found && found.patient_id !== patientId) {
    throw fail.conflict(
      'identifier_in_use',
      `identifier: ${system}|${value} is a result of Patient/${found.patient_id}`,
      'identifier',
    );
  }
  if (found) return importAgain(ctx, found, result);
  const id = randomUUID();
  const arrivedWithdrawn = isWithdrawnStatus(result.status);
  await ctx.access(
    patientId,
    'chart.write',
    'outside-result',
    id,
    arrivedWithdrawn
      ? `import: a result from ${system} that arrived withdrawn (${result.status}), kept withdrawn`
      : `import: a result from ${system}`,
  );
  const inserted = insertOutsideObservation(ctx.db, {
    id,
    patient_id: patientId,
    identifier_system: system,
    identifier_value: value,
    ...versionFields(result),
    source_name: result.sourceName,
    sent_at: result.sentAt,
    imported_at: ctx.now(),
    imported_by: ctx.user.id,
    arrived_withdrawn: arrivedWithdrawn ? 1 : 0,
  });
  await inserted.catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error;
    throw fail.conflict('identifier_in_use', 'identifier: another import was just given it', 'identifier');
  });
  return { id, outcome: 'added' };
}
