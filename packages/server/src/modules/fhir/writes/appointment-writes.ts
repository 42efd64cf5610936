/**
 * `POST /fhir/R4/Appointment`: a booking through the REST booking service (`scheduling/booking.ts`: the same policy,
 * slot check, eligibility and consultation rules, audit and confirmation mail), once per `Idempotency-Key` as REST.
 */
import { listVisitTypes, type VisitTypeRow } from '@omt/db';
import { CreateAppointment } from '@omt/contracts';
import {
  LOCAL,
  fromFhirAppointment,
  type FhirAppointment,
  type FhirResource,
  type VisitTypeChoice,
} from '@omt/fhir';
import type { RequestContext } from '../../../context';
import { DomainError, fail } from '../../../errors';
import { oncePerKey } from '../../../http/idempotency';
import { book } from '../../scheduling/booking';
import { checkWith, inFhirTerms, mapped } from './fhir-input';
import { storedResource } from './stored';

const nameKey = (s: string) => s.trim().toLowerCase();

/** The visit type by the clinic's code, else by its name (English or Spanish); unknown or ambiguous is a 400. */
async function visitTypeOf(ctx: RequestContext, choice: VisitTypeChoice): Promise<VisitTypeRow> {
  const types = await listVisitTypes(ctx.db);
  const found = choice.code
    ? types.filter((v) => v.id === choice.code)
    : types.filter((v) => [v.name, v.name_es].some((n) => n && nameKey(n) === nameKey(choice.text ?? '')));
  const live = found.filter((v) => v.retired_at === null);
  const picked = live.length === 1 ? live : found;
  if (picked.length === 1) return picked[0]!;
  const named = choice.code ? `code ${choice.code} of ${LOCAL.visitType}` : `"${choice.text ?? ''}"`;
  throw fail.invalid(
    choice.path,
    picked.length ? `${named} names several visit types: send the code` : `no visit type is ${named}`,
  );
}

/** The end must be the visit type's: the clinic books its length, not the client's. */
function requireEnd(start: string, end: string, type: VisitTypeRow): void {
  const expected = Date.parse(start) + type.duration_minutes * 60_000;
  if (Date.parse(end) !== expected) {
    throw fail.invalid(
      'Appointment.end',
      `must be ${new Date(expected).toISOString()}: a ${type.name} lasts ${type.duration_minutes} minutes`,
    );
  }
}

export interface FhirWriteOutcome {
  status: number;
  resource: FhirResource;
}

export async function bookFhirAppointment(
  ctx: RequestContext,
  resource: FhirAppointment,
  idempotencyKey: string | undefined,
): Promise<FhirWriteOutcome> {
  const a = mapped(() => fromFhirAppointment(resource));
  const type = await visitTypeOf(ctx, a.visitType);
  requireEnd(a.start, a.end, type);
  const body = checkWith(
    CreateAppointment,
    {
      patientId: a.patientId,
      visitType: type.id,
      providerId: a.providerId,
      locationId: a.locationId,
      start: a.start,
    },
    a.pathOf,
  );
  const outcome = await oncePerKey(ctx, idempotencyKey, { fhir: resource }, 201, async () => {
    const booked = await inFhirTerms(() => book(ctx, body), a.pathOf);
    return storedResource(ctx, 'Appointment', booked.id);
  });
  if (outcome.status >= 400) {
    // A retry of a refused request gets the same refusal again.
    const refusal = outcome.body as { code: string; message: string; field?: string };
    throw new DomainError(outcome.status, refusal.code, refusal.message, refusal.field);
  }
  return { status: outcome.status, resource: outcome.body as FhirResource };
}
