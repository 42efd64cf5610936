import type { Encounter } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { loadEncounterBundle, type EncounterBundle } from './load';
import { presentEncounter } from './presenter';

export async function bundleFor(ctx: RequestContext, id: string, action: 'clinical.read' | 'clinical.write') {
  const b = await loadEncounterBundle(ctx.db, id);
  await ctx.access(b.encounter.patient_id, action, 'encounter', id);
  return b;
}

export function requireDraft(b: EncounterBundle): void {
  if (b.encounter.status !== 'draft') {
    throw fail.conflict('encounter_signed', 'this note is signed and cannot change; add an addendum instead');
  }
}

export async function present(ctx: RequestContext, id: string): Promise<Encounter> {
  return presentEncounter(await loadEncounterBundle(ctx.db, id), ctx.now(), ctx.user.id);
}
