/**
 * Where apps find the OAuth endpoints: `/.well-known/smart-configuration` (SMART App Launch 2.x `conformance.md`) and
 * the CapabilityStatement's `rest.security` (the deprecated but still read `oauth-uris` extension).
 */
import type { FhirCapabilityStatement } from '@omt/fhir';

type Security = NonNullable<NonNullable<FhirCapabilityStatement['rest']>[number]['security']>;

export const OAUTH = {
  authorize: '/oauth/authorize',
  token: '/oauth/token',
  revoke: '/oauth/revoke',
  jwks: '/oauth/jwks',
} as const;

/**
 * Where a login sees and revokes the apps it allowed: the web moves a patient on to My record, a staff member to
 * their account page.
 */
export const CONNECTED_APPS_PAGE = '/connected-apps';

export const SMART_CAPABILITIES = [
  'launch-standalone',
  'client-public',
  'context-standalone-patient',
  'permission-offline',
  'permission-patient',
  'permission-user',
  'permission-v1',
  'permission-v2',
  'sso-openid-connect',
] as const;

export const SCOPES_SUPPORTED = [
  'launch/patient',
  'patient/*.rs',
  'patient/*.read',
  'user/*.rs',
  'user/*.read',
  'offline_access',
  'openid',
  'fhirUser',
] as const;

/** `issuer` (the id tokens' `iss`) is the FHIR base; `jwks_uri` holds the keys that verify them. */
export function smartConfiguration(publicUrl: string, fhirBase: string) {
  return {
    issuer: fhirBase,
    jwks_uri: `${publicUrl}${OAUTH.jwks}`,
    authorization_endpoint: `${publicUrl}${OAUTH.authorize}`,
    token_endpoint: `${publicUrl}${OAUTH.token}`,
    revocation_endpoint: `${publicUrl}${OAUTH.revoke}`,
    management_endpoint: `${publicUrl}${CONNECTED_APPS_PAGE}`,
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [...SCOPES_SUPPORTED],
    capabilities: [...SMART_CAPABILITIES],
  };
}

/**
 * The CapabilityStatement's security element. The service coding and the extension's URL are as the FHIR R4
 * definitions hold them (`restful-security-service` CodeSystem; `oauth-uris` in the R4 extension definitions), the
 * extension's parts as the SMART IG's `smart-extensions.fsh` defines them. The OAuth endpoints sit beside the FHIR API,
 * at the root of the clinic's public URL.
 */
export function smartSecurity(fhirBase: string, description: string): Security {
  const publicUrl = fhirBase.replace(/\/fhir\/R4$/, '');
  return {
    service: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
            code: 'SMART-on-FHIR',
            display: 'SMART-on-FHIR',
          },
        ],
      },
    ],
    extension: [
      {
        url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
        extension: [
          { url: 'authorize', valueUri: `${publicUrl}${OAUTH.authorize}` },
          { url: 'token', valueUri: `${publicUrl}${OAUTH.token}` },
          { url: 'revoke', valueUri: `${publicUrl}${OAUTH.revoke}` },
          { url: 'manage', valueUri: `${publicUrl}${CONNECTED_APPS_PAGE}` },
        ],
      },
    ],
    description,
  };
}
