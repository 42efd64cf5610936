import type { Encounter } from '@omt/contracts';

/** What every section of the encounter screen gets: the encounter, whether it is locked, and how to update it. */
export interface EncounterPanelProps {
  encounter: Encounter;
  readOnly: boolean;
  onChange: (e: Encounter) => void;
}
