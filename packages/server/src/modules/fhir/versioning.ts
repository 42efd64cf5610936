import { createHash } from 'node:crypto';
import type { FhirResource } from '@omt/fhir';
import type { Loaded } from './resource-types';

/**
 * The resource with its meta: `versionId` is a digest of everything the resource says, so it moves on every change
 * a client can see, whichever table holds it (after the kept version's number, `3.ab12…`, for a type with a
 * history); `lastUpdated` is the latest change the rows record.
 */
export function withMeta(loaded: Loaded): FhirResource {
  const { meta, ...rest } = loaded.resource;
  const digest = createHash('sha256').update(JSON.stringify(rest)).digest('hex');
  const versionId =
    loaded.version === undefined ? digest.slice(0, 16) : `${loaded.version}.${digest.slice(0, 12)}`;
  return {
    ...loaded.resource,
    meta: { ...meta, versionId, ...(loaded.lastUpdated ? { lastUpdated: loaded.lastUpdated } : {}) },
  };
}

export const etagOf = (r: FhirResource) => `W/"${r.meta?.versionId ?? ''}"`;

/** Whether `If-None-Match` names this version (weak or strong, or `*`). */
export function matchesIfNoneMatch(header: string | undefined, r: FhirResource): boolean {
  if (!header) return false;
  const version = r.meta?.versionId ?? '';
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === `"${version}"`);
}
