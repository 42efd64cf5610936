import { useId, useState } from 'react';
import type { Location, Provider, Slot } from '@omt/contracts';
import { formatDay, formatTime, formatter } from '../time';
import { usePortalText } from '../i18n/use-portal-text';
import { groupSlots, periodOf, periodsWithTimes, type Period } from './slot-groups';

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

const PERIOD_KEYS = { morning: 'morning', afternoon: 'afternoon', evening: 'evening' } as const;

/** "Tue, Jun 2": a day chip's date, short. */
function shortDay(iso: string, timeZone: string, locale: string): string {
  return formatter('day-short', locale, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(iso));
}

/**
 * A compact picker of open times (in the location's zone): a strip of days, then the chosen day's morning,
 * afternoon or evening, each time one button.
 */
export function SlotPicker({ slots, location, providers, selected, onSelect }: SlotPickerProps) {
  const { t, locale } = usePortalText();
  const id = useId();
  const zone = location.timeZone;
  const names = new Map(providers.map((p) => [p.id, p.displayName]));
  const days = groupSlots(slots, zone);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const [chosenPeriod, setChosenPeriod] = useState<Period | null>(null);
  const day = days.find((d) => d.day === chosenDay) ?? days[0];

  if (!day) return <p role="status">{t('noOpenTimes', { phone: location.phone })}</p>;
  const periods = periodsWithTimes(day);
  const selectedHere = selected && day.slots.some((s) => slotKey(s) === slotKey(selected));
  const period =
    chosenPeriod && periods.includes(chosenPeriod)
      ? chosenPeriod
      : selectedHere
        ? periodOf(selected.start, zone)
        : (periods[0] ?? 'morning');
  const times = day.periods[period];
  const first = day.slots[0];
  return (
    <div className="slot-picker">
      <p className="muted">
        {t('timesShownIn', { zone: t('zoneLabel', { location: location.name, zone: location.timeZone }) })}
      </p>
      <div role="group" aria-label={t('day')} className="day-strip">
        {days.map((d) => {
          const head = d.slots[0];
          return (
            <button
              key={d.day}
              type="button"
              className="button-secondary day-button"
              aria-pressed={d.day === day.day}
              onClick={() => {
                setChosenDay(d.day);
                setChosenPeriod(null);
              }}
            >
              {head ? shortDay(head.start, zone, locale) : d.day}
              <span className="slot-who">{t('openCount', { count: d.slots.length })}</span>
            </button>
          );
        })}
      </div>
      <p className="slot-day-title" id={`${id}-day`}>
        {first ? t('openTimesOn', { day: formatDay(first.start, zone, locale) }) : null}
      </p>
      {periods.length > 1 && (
        <div role="group" aria-label={t('timeOfDay')} className="period-choice">
          {periods.map((p) => (
            <button
              key={p}
              type="button"
              className="button-secondary"
              aria-pressed={p === period}
              onClick={() => setChosenPeriod(p)}
            >
              {t(PERIOD_KEYS[p])} <span className="slot-who">({day.periods[p].length})</span>
            </button>
          ))}
        </div>
      )}
      <div role="group" aria-labelledby={`${id}-day ${id}-period`}>
        <p className="visually-hidden" id={`${id}-period`}>
          {t(PERIOD_KEYS[period])}
        </p>
        <ul className="slot-list slot-grid">
          {times.map((slot) => {
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
                  {formatTime(slot.start, zone, locale)}
                  <span className="slot-who">{t('withWho', { who })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
