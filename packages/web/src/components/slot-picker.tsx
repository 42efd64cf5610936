import { useState } from 'react';
import type { Location, Provider, Slot } from '@omt/contracts';
import { dayKey, formatDay, formatTime } from '../time';
import { usePortalText } from '../i18n/use-portal-text';

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
  const { t, locale } = usePortalText();
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
    return <p role="status">{t('noOpenTimes', { phone: location.phone })}</p>;
  }
  return (
    <div className="slot-days">
      <p className="muted">
        {t('timesShownIn', { zone: t('zoneLabel', { location: location.name, zone: location.timeZone }) })}
      </p>
      <div role="group" aria-label={t('day')} className="day-list">
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
              {first ? formatDay(first.start, location.timeZone, locale) : key}
              <span className="slot-who"> · {t('openCount', { count: list.length })}</span>
            </button>
          );
        })}
      </div>
      {day && daySlots[0] && (
        <section className="slot-day" aria-labelledby="slot-day-heading">
          <h4 id="slot-day-heading">
            {t('openTimesOn', { day: formatDay(daySlots[0].start, location.timeZone, locale) })}
          </h4>
          <ul className="slot-list">
            {daySlots.map((slot) => {
              const isSelected = selected !== null && slotKey(selected) === slotKey(slot);
              const who = names.get(slot.providerId) ?? t('aProvider');
              return (
                <li key={slotKey(slot)}>
                  <button
                    type="button"
                    data-testid="slot-button"
                    className="slot"
                    aria-pressed={isSelected}
                    onClick={() => onSelect(slot)}
                  >
                    {formatTime(slot.start, location.timeZone, locale)}
                    <span className="slot-who"> {t('withWho', { who })}</span>
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
