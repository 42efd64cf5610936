/**
 * The caller of a transaction import. Holding 'records.import' (the admin, `auth/policy.ts`) lets one Bundle do
 * what its entries' REST counterparts need of two roles: register or find the patients (the desk's actions) and read
 * and write their chart (a clinician's). Every access still passes the audited gate, one row per patient and entry
 * in the import's own transaction, the row saying it was allowed by 'records.import'. Without it the caller's own
 * policy decides each entry, as for any request.
 */
import { mayAccessPatient, type PatientAction } from '../../../auth/policy';
import { RequestContext } from '../../../context';

/** What an import does with a patient's record. */
const IMPORT_COVERS: readonly PatientAction[] = [
  'demographics.read',
  'demographics.write',
  'chart.read',
  'chart.write',
];

class ImportContext extends RequestContext {
  protected override grantOf(action: PatientAction, patientId: string): PatientAction | null {
    const own = super.grantOf(action, patientId);
    if (own || !IMPORT_COVERS.includes(action)) return own;
    const { role, patientIds } = this.user;
    return mayAccessPatient(role, 'records.import', patientId, patientIds) ? 'records.import' : null;
  }
}

/** The request's caller as an importer: their own policy, widened by 'records.import' when they hold it. */
export const asImporter = (ctx: RequestContext): RequestContext => new ImportContext(ctx.deps, ctx.user);
