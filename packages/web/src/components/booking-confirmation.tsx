import { useEffect, useRef, type ReactNode } from 'react';
import type { Appointment } from '@omt/contracts';
import { formatDateTime } from '../time';
import { usePortalText } from '../i18n/use-portal-text';
import { StatusMessage } from './messages';
import { icsDataUrl } from './ics';
import { Link } from '../router';
import { articlePath, FIRST_VISIT_SLUG } from '../features/education/article-slugs';
import { useVisitTypeText } from '../i18n/use-visit-type-text';

/**
 * What a booking leads to: the next step first (the patient's intake form), then what was booked and a
 * calendar file, and a way to book another visit; the booking form is gone from the screen.
 */
export function BookingConfirmation(props: {
  booked: Appointment;
  /** How many weekly visits the booking made (1 for a single visit). */
  count: number;
  nextStep?: ReactNode;
  onAnother: () => void;
}) {
  const { booked, count, nextStep, onAnother } = props;
  const { t, locale } = usePortalText();
  const visitText = useVisitTypeText();
  const zone = t('zoneLabel', { location: booked.locationName, zone: booked.timeZone });
  const heading = useRef<HTMLHeadingElement>(null);
  // The Book button is gone: focus moves to the confirmation, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="booking-confirmation" aria-labelledby="booked-heading">
      <h3 id="booked-heading" ref={heading} tabIndex={-1}>
        {t('bookedHeading')}
      </h3>
      {nextStep && <div className="next-step">{nextStep}</div>}
      <p>
        <Link to={articlePath(FIRST_VISIT_SLUG)}>{t('educationFirstVisit')}</Link>
      </p>
      <StatusMessage>
        {t('bookedLine', {
          visitType: visitText.ofVisit(booked),
          patient: booked.patientName,
          when: formatDateTime(booked.start, booked.timeZone, locale),
          zone,
        })}
        {count > 1 ? ` ${t('bookedWeekly', { count })}` : ''}
      </StatusMessage>
      <dl className="details">
        <dt>{t('location')}</dt>
        <dd>{booked.locationName}</dd>
        <dt>{t('provider')}</dt>
        <dd>{booked.providerName}</dd>
      </dl>
      <div className="button-row">
        <a
          className="button-link button-secondary"
          href={icsDataUrl(
            booked,
            `${visitText.ofVisit(booked)} ${t('withWho', { who: booked.providerName })}`,
          )}
          download="visit.ics"
        >
          {t('addToCalendar')}
        </a>
        <button type="button" className="button-secondary" onClick={onAnother}>
          {t('bookAnother')}
        </button>
      </div>
    </section>
  );
}
