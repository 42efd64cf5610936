import { LOCAL, type FhirCapabilityStatement } from '@omt/fhir';
import { FHIR_TYPES, paramsOf } from './resource-types';
import { SYSTEM_INTERACTIONS, writeInteractions } from './writes/interactions';
import { smartSecurity } from '../smart/well-known';
import { includesOf, revIncludesOf } from './include';
import { sortableParams } from './sort';
import { SYSTEM_OPERATIONS, operationsOf } from './operations';

/** `_sort` as the CapabilityStatement lists it: its keys, named exactly. */
export const sortDocumentation = (keys: string[]) =>
  `Sort by ${keys.join(', ')}; comma-separated keys, - before a key sorts descending (default: by id).`;

/**
 * What the API supports, generated from the same table the router uses. This is the FHIR API's contract: the
 * OpenAPI document (`/api/openapi.json`) covers only the REST API.
 */
export function capabilityStatement(base: string, date: string): FhirCapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    publisher: 'OMT Clinic',
    description:
      'Read and search of the clinic record as FHIR R4, registration, booking and import as listed per type, JSON only, behind the same logins, access policy and audit ' +
      `as the REST API. Codes without a verified standard code use the clinic's code systems: ${Object.values(LOCAL).join(', ')}.`,
    software: { name: 'OMT Clinic' },
    implementation: { description: 'OMT Clinic FHIR R4 API', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'application/json'],
    rest: [
      {
        mode: 'server',
        interaction: SYSTEM_INTERACTIONS,
        security: smartSecurity(
          base,
          'Log in at POST /api/auth/login; send the session cookie or the token as Authorization: Bearer. ' +
            "A patient login reads only its own and its dependants' records. Third-party apps connect with SMART " +
            'App Launch (standalone launch, public clients with PKCE S256, patient scopes): see ' +
            `${base}/.well-known/smart-configuration.`,
        ),
        operation: SYSTEM_OPERATIONS,
        resource: [
          ...FHIR_TYPES.map((def) => ({
            type: def.type,
            ...operationsOf(def.type),
            ...(def.profile ? { supportedProfile: [def.profile] } : {}),
            interaction: [
              { code: 'read' as const },
              { code: 'search-type' as const },
              ...writeInteractions(def.type),
              ...(def.history ? [{ code: 'vread' as const }, { code: 'history-instance' as const }] : []),
            ],
            versioning: 'versioned' as const,
            readHistory: !!def.history,
            conditionalRead: 'not-match' as const,
            ...(includesOf(def).length ? { searchInclude: includesOf(def) } : {}),
            ...(revIncludesOf(def).length ? { searchRevInclude: revIncludesOf(def) } : {}),
            searchParam: [
              ...paramsOf(def).map((p) => ({
                name: p.name,
                type: p.type,
                documentation: p.documentation,
              })),
              {
                name: '_sort',
                type: 'special' as const,
                documentation: sortDocumentation(sortableParams(paramsOf(def)).map((p) => p.name)),
              },
            ],
          })),
        ],
      },
    ],
  };
}
