import { findLocation, listFeesUpTo } from '@omt/db';
import type { Insurance } from '@omt/contracts';
import { localDateTime, superbillLines, type CodingResult, type Superbill } from '@omt/domain';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { loadEncounterBundle, type EncounterBundle } from '../encounters/load';
import { codingOf } from '../encounters/presenter';
import { printedClinician } from '../encounters/note-print';
import type { PrintedClinician } from '../encounters/note-pdf';
import { parseDetails, patientName } from '../patients/presenter';
import { zonedTimeText } from '../../print/zoned-time';

/** CMS place-of-service code of a visit at one of the clinic's locations. */
export const PLACE_OF_SERVICE = '11 — Office';

export interface SuperbillPrint {
  encounterId: string;
  patient: { name: string; birthDate: string; address: string | null; insurance: Insurance | null };
  provider: PrintedClinician;
  /** The supervising physician who co-signed a resident's note. */
  supervisor: PrintedClinician | null;
  /** YYYY-MM-DD in the location's zone. */
  dateOfService: string;
  visitTime: string;
  location: { name: string; address: string };
  placeOfService: string;
  diagnoses: CodingResult['diagnoses'];
  bill: Superbill;
}

function signedCoding(b: EncounterBundle): CodingResult {
  return b.encounter.coding_json ? (JSON.parse(b.encounter.coding_json) as CodingResult) : codingOf(b);
}

function addressText(a: ReturnType<typeof parseDetails>['address']): string | null {
  return a ? `${a.lines.join(', ')}, ${a.city}, ${a.state} ${a.postalCode}` : null;
}

/** Refuses a visit whose note is not signed yet: a superbill bills a finished record only. */
function requireSigned(b: EncounterBundle): void {
  if (b.encounter.status === 'draft')
    throw fail.conflict(
      'encounter_not_signed',
      'The note of this visit is not signed yet, so there is no superbill.',
    );
  if (b.encounter.status !== 'signed')
    throw fail.conflict(
      'encounter_not_signed',
      'The note of this visit awaits its co-signature, so there is no superbill yet.',
    );
}

/** Everything a superbill prints, read once the caller may see it (audited as `superbill.read`). */
export async function superbillSource(ctx: RequestContext, encounterId: string): Promise<SuperbillPrint> {
  const b = await loadEncounterBundle(ctx.db, encounterId);
  await ctx.access(b.encounter.patient_id, 'superbill.read', 'superbill', encounterId);
  requireSigned(b);
  const coding = signedCoding(b);
  const dateOfService = localDateTime(b.appointment.start_at, b.timeZone).date;
  // The E/M code the physician entered beside the E/M note, billed with modifier 25 and priced like any code.
  const emCode = coding.emModifier25 ? b.encounter.em_code : null;
  const codes = [emCode, coding.cpt].filter((c): c is NonNullable<typeof c> => c !== null);
  const [fees, location] = await Promise.all([
    listFeesUpTo(ctx.db, codes, dateOfService),
    findLocation(ctx.db, b.appointment.location_id),
  ]);
  const details = parseDetails(b.patient.details_json);
  return {
    encounterId,
    patient: {
      name: patientName(b.patient),
      birthDate: b.patient.birth_date,
      address: addressText(details.address),
      insurance: details.insurance,
    },
    provider: printedClinician(b.author),
    supervisor: b.cosigner ? printedClinician(b.cosigner) : null,
    dateOfService,
    visitTime: zonedTimeText(b.appointment.start_at, b.timeZone),
    location: { name: b.locationName, address: location?.address ?? '' },
    placeOfService: PLACE_OF_SERVICE,
    diagnoses: coding.diagnoses,
    bill: superbillLines(
      { ...coding, emCode },
      fees.map((f) => ({
        code: f.code,
        amountCents: Number(f.amount_cents),
        effectiveFrom: f.effective_from,
        seq: Number(f.id),
      })),
      dateOfService,
    ),
  };
}
