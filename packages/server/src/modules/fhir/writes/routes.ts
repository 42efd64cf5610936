/**
 * The FHIR API's writes: create and update Patient, book by creating an Appointment, import a transaction Bundle.
 * Each is one unit of work (its audit rows commit with it) behind the same logins and policy as `/api`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { unitOfWork } from '@omt/db';
import type { FhirAppointment, FhirBundle, FhirPatient, FhirResource } from '@omt/fhir';
import type { AppDeps, RequestContext } from '../../../context';
import { etagOf } from '../versioning';
import { bookFhirAppointment } from './appointment-writes';
import { readFhirBody } from './fhir-input';
import { createFhirPatient, updateFhirPatient } from './patient-writes';
import { importTransaction } from './transaction';

/** A transaction Bundle may carry many patients: as much as a CSV import. */
const BUNDLE_LIMIT = 5 * 1024 * 1024;

/** The write's answer: the resource with its version (ETag), and where it is (Location) when created. */
function written(reply: FastifyReply, base: string, status: number, resource: FhirResource) {
  void reply.status(status).header('etag', etagOf(resource));
  if (resource.meta?.lastUpdated) {
    void reply.header('last-modified', new Date(resource.meta.lastUpdated).toUTCString());
  }
  if (status === 201) void reply.header('location', `${base}/${resource.resourceType}/${resource.id ?? ''}`);
  return resource;
}

const header = (req: FastifyRequest, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export function fhirWriteRoutes(
  fhir: FastifyInstance,
  deps: AppDeps,
  base: string,
  context: (req: FastifyRequest) => Promise<RequestContext>,
): void {
  fhir.post('/Patient', async (req, reply) => {
    const ctx = await context(req);
    const patient = readFhirBody<FhirPatient>(req, 'Patient');
    return written(reply, base, 201, await unitOfWork(deps.db, () => createFhirPatient(ctx, patient)));
  });

  fhir.put<{ Params: { id: string } }>('/Patient/:id', async (req, reply) => {
    const ctx = await context(req);
    const patient = readFhirBody<FhirPatient>(req, 'Patient');
    const updated = await unitOfWork(deps.db, () =>
      updateFhirPatient(ctx, req.params.id, patient, header(req, 'if-match')),
    );
    return written(reply, base, 200, updated);
  });

  fhir.post('/Appointment', async (req, reply) => {
    const ctx = await context(req);
    const appointment = readFhirBody<FhirAppointment>(req, 'Appointment');
    const outcome = await bookFhirAppointment(ctx, appointment, header(req, 'idempotency-key'));
    return written(reply, base, outcome.status, outcome.resource);
  });

  fhir.post('/', { bodyLimit: BUNDLE_LIMIT }, async (req) => {
    const ctx = await context(req);
    const bundle = readFhirBody<FhirBundle>(req, 'Bundle');
    return unitOfWork(deps.db, () => importTransaction(ctx, bundle));
  });
}
