import { useState } from 'react';
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

/** Open times grouped by day (in the location's zone): pick a day, then a time button. */
export function SlotPicker({ slots, location, providers, selected, onSelect }: SlotPickerProps) {
  const names = new Map(providers.map((p) => [p.id, p.displayName]));
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const key = dayKey(slot.start, location.timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const day = chosenDay !== null && days.has(chosenDay) ? chosenDay : ([...days.keys()][0] ?? null);
  const daySlots = day ? (days.get(day) ?? []) : [];

  if (slots.length === 0) {
    return (
      <p role="status">
        No open times in the next 14 days. Try another location, provider or visit type, or call{' '}
        {location.phone}.
      </p>
    );
  }
  return (
    <div className="slot-days">
      <p className="muted">Times are shown in {zoneLabel(location.name, location.timeZone)}.</p>
      <div role="group" aria-label="Day" className="day-list">
        {[...days.entries()].map(([key, list]) => {
          const first = list[0];
          return (
            <button
              key={key}
              type="button"
              className="button-secondary day-button"
              aria-pressed={key === day}
              onClick={() => setChosenDay(key)}
            >
              {first ? formatDay(first.start, location.timeZone) : key}
              <span className="slot-who"> · {list.length} open</span>
            </button>
          );
        })}
      </div>
      {day && daySlots[0] && (
        <section className="slot-day" aria-labelledby="slot-day-heading">
          <h4 id="slot-day-heading">Open times on {formatDay(daySlots[0].start, location.timeZone)}</h4>
          <ul className="slot-list">
            {daySlots.map((slot) => {
              const isSelected = selected !== null && slotKey(selected) === slotKey(slot);
              const who = names.get(slot.providerId) ?? 'a provider';
              return (
                <li key={slotKey(slot)}>
                  <button
                    type="button"
                    data-testid="slot-button"
                    className="slot"
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
      )}
    </div>
  );
}
