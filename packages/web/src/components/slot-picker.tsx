import type { Location, Provider, Slot } from '@omt/contracts';
import { dayKey, formatDay, formatTime, zoneLabel } from '../time';

export interface SlotPickerProps {
  slots: Slot[];
  location: Location;
  providers: Provider[];
  selected: Slot | null;
  onSelect: (slot: Slot) => void;
}

export function slotKey(slot: Slot): string {
  return `${slot.start}|${slot.providerId}`;
}

/** Open times grouped by day (in the location's zone), one button per slot. */
export function SlotPicker({ slots, location, providers, selected, onSelect }: SlotPickerProps) {
  const names = new Map(providers.map((p) => [p.id, p.displayName]));
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = dayKey(slot.start, location.timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  if (slots.length === 0) {
    return <p role="status">No open times in the next 14 days. Try another location or visit type, or call {location.phone}.</p>;
  }
  return (
    <div className="slot-days">
      <p className="muted">Times are shown in {zoneLabel(location.name, location.timeZone)}.</p>
      {[...days.entries()].map(([key, daySlots]) => {
        const first = daySlots[0];
        return (
          <section key={key} className="slot-day" aria-labelledby={`day-${key}`}>
            <h4 id={`day-${key}`}>{first ? formatDay(first.start, location.timeZone) : key}</h4>
            <ul className="slot-list">
              {daySlots.map((slot) => {
                const isSelected = selected !== null && slotKey(selected) === slotKey(slot);
                const who = names.get(slot.providerId) ?? 'a provider';
                return (
                  <li key={slotKey(slot)}>
                    <button
                      type="button"
                      data-testid="slot-button"
                      className={isSelected ? 'slot selected' : 'slot'}
                      aria-pressed={isSelected}
                      onClick={() => onSelect(slot)}
                    >
                      {formatTime(slot.start, location.timeZone)}
                      <span className="slot-who"> with {who}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
