/**
 * `Patient/{id}/$everything`: the patient and every resource of their compartment the caller may read, in one
 * searchset Bundle; `_type` narrows the types and `_since` the changes. Each resource is audited like a read, and a
 * patient login reads only its own (and its dependants') records.
 */
import type { FastifyInstance } from 'fastify';
import { searchsetBundle, type FhirResource } from '@omt/fhir';
import type { AppDeps } from '../../context';
import { fhirContext } from './fhir-context';
import { exportableTypes } from './bulk/export-types';
import { parseExportRequest } from './bulk/export-params';
import { wantsLenient } from './negotiation';
import { fhirType } from './resource-types';
import { readResource } from './service';
import { readChangedSince } from './compartment-read';

export function everythingRoute(fhir: FastifyInstance, deps: AppDeps, base: string): void {
  fhir.get<{ Params: { id: string } }>('/Patient/:id/$everything', async (req) => {
    const ctx = await fhirContext(deps, req);
    const patient = await readResource(ctx, fhirType('Patient')!, req.params.id);
    const query = new URL(req.url, 'http://x').searchParams;
    const asked = parseExportRequest(query, 'patient', ctx.user.role, wantsLenient(req));
    const resources: FhirResource[] = asked.types.includes('Patient') ? [patient] : [];
    for (const def of exportableTypes('patient', ctx.user.role)) {
      if (def.type === 'Patient' || !asked.types.includes(def.type) || !def.action) continue;
      resources.push(...(await readChangedSince(ctx, def, [req.params.id], asked.sinceMs)));
    }
    return searchsetBundle(base, resources, resources.length, {
      self: `${base}/Patient/${req.params.id}/$everything${query.size ? `?${query.toString()}` : ''}`,
    });
  });
}
