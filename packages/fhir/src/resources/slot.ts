import type { Slot } from '@medplum/fhirtypes';
import { LOCAL } from './codes';
import { ref } from './references';

/** A free time the availability engine offers for one visit type. */
export interface SlotSource {
  id: string;
  schedule_id: string;
  visit_type: string;
  visit_type_name: string;
  start: string;
  end: string;
}

export function toFhirSlot(s: SlotSource): Slot {
  return {
    resourceType: 'Slot',
    id: s.id,
    schedule: ref('Schedule', s.schedule_id),
    status: 'free',
    serviceType: [{ coding: [{ system: LOCAL.visitType, code: s.visit_type }], text: s.visit_type_name }],
    start: s.start,
    end: s.end,
  };
}
