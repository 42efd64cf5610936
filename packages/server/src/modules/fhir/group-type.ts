import { fhirLocationRows, patientIdsAtLocation } from '@omt/db';
import { toFhirLocationGroup, type FhirGroup } from '@omt/fhir';
import { STAFF_ROLES } from '../../auth/policy';
import type { SearchParamDef } from './search-params';
import type { FhirTypeDef } from './type-def';

/**
 * One Group per location: the patients with a visit there, the membership `Group/{id}/$export` exports. Its members
 * name patients, so it is staff's (`demographics.read`), and each member is audited as a read of that patient.
 */
export const groupDef: FhirTypeDef = {
  type: 'Group',
  action: () => 'demographics.read',
  roles: STAFF_ROLES,
  params: [
    {
      name: 'name',
      type: 'string',
      documentation: "Starts a word of the name (e.g. the location's; case and accents ignored).",
      values: (r: FhirGroup) => (r.name ?? '').split(/\s+/),
    } as SearchParamDef,
  ],
  load: async (db, f) => {
    const locations = await fhirLocationRows(db, f);
    const groups = [];
    for (const l of locations) {
      const members = await patientIdsAtLocation(db, l.id);
      groups.push({ resource: toFhirLocationGroup(l, members), patientId: null, members });
    }
    return groups;
  },
};
