/**
 * Results from other systems (migrations 0052, 0056): kept as a FHIR import sent them, never edited here, listed
 * read-only on the chart beside the lists; a changed version sent again replaces one unless it is older, and one sent
 * again as entered-in-error withdraws it (listed apart). Writing one is a chart write, reading them a chart read, each
 * audited per patient.
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
  WITHDRAWN_STATUS,
  type ImportedObservation,
  type ImportedResult,
  type OutsideCoding,
  type OutsideResult,
  type OutsideResults,
  type WithdrawnOutsideResult,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { compareResultVersions } from './outside-result-versions';

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

/** A withdrawn result: what it said, and when the sender withdrew it (else when the withdrawal reached the clinic). */
function presentWithdrawn(r: OutsideObservationRow): WithdrawnOutsideResult {
  const { status: _withdrawn, ...result } = presentResult(r);
  return { ...result, withdrawnAt: r.sent_at ?? r.imported_at };
}

/** The current results, latest first, and apart from them the ones their senders withdrew. */
export async function listOutsideResults(ctx: RequestContext, patientId: string): Promise<OutsideResults> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'chart.read', 'outside-results', patientId);
  const rows = await listOutsideObservations(ctx.db, patientId);
  return {
    results: rows.filter((r) => r.status !== WITHDRAWN_STATUS).map(presentResult),
    withdrawn: rows.filter((r) => r.status === WITHDRAWN_STATUS).map(presentWithdrawn),
  };
}

/** What a result says, as the row keeps it: compared whole with a version sent again. */
function versionFields(result: ImportedResult) {
  const v = result.value;
  return {
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
 * What a result sent again says: a version of its own, or for a withdrawal (entered-in-error) the kept version's
 * content with that status, since a sender withdrawing a result need not repeat (or may blank) what it said.
 */
function sentFields(kept: OutsideObservationRow, sent: ImportedObservation): VersionFields {
  if (sent.status !== WITHDRAWN_STATUS) return versionFields(sent);
  const keptFields = Object.fromEntries(VERSION_COLUMNS.map((column) => [column, kept[column]]));
  return { ...(keptFields as VersionFields), status: WITHDRAWN_STATUS };
}

/** What an import did with a result: `note` tells the sender why a version was not recorded. */
export type ImportedResultOutcome =
  | { id: string; outcome: 'added' | 'same' | 'replaced' | 'kept'; note?: string }
  /** A withdrawal naming no result kept here: nothing is recorded. */
  | { id: null; outcome: 'not-kept'; note: string };

/**
 * A result sent again under the identifier of one kept for this patient: the same content adds nothing (no new
 * version); changed content, or a withdrawal, replaces it unless it is older (`outside-result-versions.ts`), audited
 * as a chart write, its imported time (the FHIR `meta.lastUpdated`) moving.
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
    result.status === WITHDRAWN_STATUS
      ? `import: ${kept.identifier_system} withdraws it (entered-in-error), replacing version ${kept.version}`
      : `import: a ${result.status} version from ${kept.identifier_system} replaces version ${kept.version}`,
  );
  const replaced = await replaceOutsideObservation(ctx.db, id, kept.version, {
    ...fields,
    sent_at: result.sentAt,
    imported_at: ctx.now(),
    imported_by: ctx.user.id,
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
 * older. A withdrawal of a result not kept here records nothing: no one saw it, and a withdrawn result says nothing
 * to act on.
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
  if (result.status === WITHDRAWN_STATUS) {
    return {
      id: null,
      outcome: 'not-kept',
      note: `not recorded: the observation is ${WITHDRAWN_STATUS}, and no result with its identifier is kept here`,
    };
  }
  const id = randomUUID();
  await ctx.access(patientId, 'chart.write', 'outside-result', id, `import: a result from ${system}`);
  const inserted = insertOutsideObservation(ctx.db, {
    id,
    patient_id: patientId,
    identifier_system: system,
    identifier_value: value,
    ...versionFields(result),
    sent_at: result.sentAt,
    imported_at: ctx.now(),
    imported_by: ctx.user.id,
  });
  await inserted.catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error;
    throw fail.conflict('identifier_in_use', 'identifier: another import was just given it', 'identifier');
  });
  return { id, outcome: 'added' };
}
