import type { OpenSlots, Slot, SlotGroup } from './catalog';

/**
 * The slots of an availability answer, one object each, sorted by start and then in the answer's order of groups
 * (provider, location, visit type). The starts are the server's UTC `YYYY-MM-DDTHH:MM:SSZ`, which sort as text; each
 * distinct start is sorted and parsed once, and each of its ends formatted once per visit length (groups share their
 * times). This file imports types only, so the web imports it by its own path (`@omt/contracts/slot-groups`) without
 * loading zod and the schemas.
 */
export function expandSlots(open: OpenSlots): Slot[] {
  const groupsAt = new Map<string, SlotGroup[]>(); // each start → the groups that offer it, in the answer's order
  for (const g of open.groups) {
    for (const start of g.starts) {
      const at = groupsAt.get(start);
      if (at) at.push(g);
      else groupsAt.set(start, [g]);
    }
  }
  const slots: Slot[] = [];
  const ends = new Map<number, string>();
  for (const start of [...groupsAt.keys()].sort()) {
    const ms = Date.parse(start);
    ends.clear();
    for (const { providerId, locationId, visitType, minutes } of groupsAt.get(start) ?? []) {
      let end = ends.get(minutes);
      if (end === undefined) {
        end = `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}Z`;
        ends.set(minutes, end);
      }
      slots.push({ start, end, providerId, locationId, visitType });
    }
  }
  return slots;
}
