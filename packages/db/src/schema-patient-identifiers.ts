/** Table type of the identifiers other systems gave a patient (migration 0049). */
export interface PatientIdentifierTable {
  /** The identifier's namespace (a URI), as the other system sends it. */
  system: string;
  value: string;
  patient_id: string;
  created_at: string;
}
