import type { Generated } from 'kysely';

/** Table type of the results other systems sent in a FHIR import (migrations 0052, 0056, 0058, 0061). */
export interface OutsideObservationTable {
  id: string;
  patient_id: string;
  /** The sender's identifier of the result: one row per `system|value`. */
  identifier_system: string;
  identifier_value: string;
  /**
   * FHIR Observation status as sent (final, amended, corrected, preliminary, registered, unknown), or
   * entered-in-error or cancelled once the sender withdrew it (the withdrawn version's content kept).
   */
  status: string;
  /** JSON lists of the codings as sent: `[{ system?, code?, display? }]`. */
  category_json: string;
  code_json: string;
  code_text: string | null;
  /** quantity | string | concept; none: a withdrawal received before any version of the result sent no value. */
  value_kind: string;
  /** A quantity's value, the decimal as written (text keeps its digits on both databases). */
  value_decimal: string | null;
  value_unit: string | null;
  value_unit_system: string | null;
  value_unit_code: string | null;
  /** A string value, or a concept's words. */
  value_text: string | null;
  /**
   * A UTC instant `YYYY-MM-DDTHH:MM:SSZ`, or `YYYY`, `YYYY-MM`, `YYYY-MM-DD` when the sender gave no time; '' when a
   * withdrawal received before any version of the result did not say.
   */
  effective: string;
  /** When the kept version was imported (its FHIR `meta.lastUpdated`), and by whom. */
  imported_at: string;
  imported_by: string;
  /** How many versions were kept: a changed result sent again replaces the row (migration 0056). */
  version: Generated<number>;
  /** When the sender made the kept version (`meta.lastUpdated`, else `issued`), a UTC instant; null: not given. */
  sent_at: string | null;
  /**
   * 1: the result reached the clinic already withdrawn (its first message entered-in-error or cancelled) and no
   * version of it has been current here since (migration 0058); 0 otherwise.
   */
  arrived_withdrawn: Generated<number>;
  /**
   * The sending organisation's name as a version or withdrawal gave it (the organisation that issued the identifier,
   * else the one that performed it), kept from an earlier one when a later one gives none; null: none gave a name
   * (migration 0061).
   */
  source_name: string | null;
}
