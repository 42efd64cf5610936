/**
 * What one entry of the table of types (`resource-types.ts`) says: the type, who may read it, its search parameters
 * and its reader. A type defined in a file of its own imports these, not the table.
 */
import type { Role } from '@omt/contracts';
import type { Database, FhirRowFilter } from '@omt/db';
import type { FhirResource } from '@omt/fhir';
import type { PatientAction } from '../../auth/policy';
import type { RequestContext } from '../../context';
import type { SearchParamDef } from './search-params';

/** A resource as read, with what its meta needs. */
export interface Loaded {
  resource: FhirResource;
  /** The latest change the rows record; absent where they record none. */
  lastUpdated?: string;
  /** The patient whose data it is (null: not patient data). */
  patientId: string | null;
  /** Patients it names besides (a Group's members): each is checked and audited as a read of that patient. */
  members?: readonly string[];
  /** Its number among the versions the record keeps (types with a history); absent where none are kept. */
  version?: number;
}

/** A search's own parameters as given, by name: each occurrence's raw value (commas: any of them). */
export type SearchValues = ReadonlyMap<string, readonly string[]>;

/** What a reader is asked for: the rows' filter, who asks (and when), and the search's parameters. */
export interface LoadFilter extends FhirRowFilter {
  /** Who asks and when: a reader whose answer depends on them (free Slots) reads them here. */
  ctx: RequestContext;
  /**
   * The parameters of a search (absent for a read or an export): a reader may narrow by them in SQL. The search
   * still matches every parameter on the resources read, so a reader may return more, never less.
   */
  search?: SearchValues;
}

export interface FhirTypeDef {
  type: FhirResource['resourceType'];
  profile?: string;
  /** What reading it needs in the policy (`auth/policy.ts`); null: no patient data, any logged-in user. */
  action: ((role: Role) => PatientAction) | null;
  /** Only these roles may read the type at all (403 for any other); absent: as `action` says. */
  roles?: readonly Role[];
  /** The type-specific search parameters (`_id` and `_lastUpdated` hold for every type). */
  params: SearchParamDef[];
  load(db: Database, f: LoadFilter): Promise<Loaded[]>;
  /** Every version the record keeps of one resource, oldest first (the last is the current); absent: none kept. */
  history?: (db: Database, id: string) => Promise<Loaded[]>;
}
