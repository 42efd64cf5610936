import type { CodeableConcept } from '@medplum/fhirtypes';
import { isRegionId, regionById } from '@omt/domain';
import { LOCAL, REGION_SNOMED, SYSTEM } from './codes';

/** An OMT region as a body site: the SNOMED CT code terminology.md verifies, the clinic's region code, the label. */
export function regionBodySite(region: string): CodeableConcept {
  if (!isRegionId(region)) return { text: region };
  return {
    coding: [
      { system: SYSTEM.snomed, code: REGION_SNOMED[region] },
      { system: LOCAL.region, code: region, display: regionById(region).label },
    ],
    text: regionById(region).label,
  };
}
