import type { Appointment, Location } from '@omt/contracts';
import { dayKey, formatTime, zoneLabel } from '../../../time';
import { STATUS_TAGS } from './calendar-labels';
import { dayHeading } from './calendar-time';
import { intakeStatusText } from './intake-status';

/**
 * The day list as printed (only when the page is printed: the app's header, filters and grid are not): per
 * shown day, every visit in time order with the patient's birth date, visit type, provider and intake status.
 */
export function DayPrintList({
  location,
  days,
  visits,
}: {
  location: Location;
  days: string[];
  visits: Appointment[];
}) {
  const zone = location.timeZone;
  return (
    <section className="print-only day-print-list" data-testid="day-print-list" aria-label="Printed day list">
      {days.map((d) => {
        const rows = visits
          .filter((a) => dayKey(a.start, zone) === d)
          .sort((x, y) => x.start.localeCompare(y.start) || x.providerName.localeCompare(y.providerName));
        return (
          <div key={d} className="day-print-day">
            <h2>
              {location.name}, {dayHeading(d)}
            </h2>
            <p>Times are {zoneLabel(location.name, zone)}.</p>
            {rows.length === 0 ? (
              <p>No visits.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Patient</th>
                    <th scope="col">Date of birth</th>
                    <th scope="col">Visit type</th>
                    <th scope="col">Provider</th>
                    <th scope="col">Intake</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <tr key={a.id}>
                      <td>
                        {formatTime(a.start, zone)}–{formatTime(a.end, zone)}
                      </td>
                      <td>{a.patientName}</td>
                      <td>{a.patientBirthDate}</td>
                      <td>{a.visitTypeName}</td>
                      <td>{a.providerName}</td>
                      <td>{intakeStatusText(a)}</td>
                      <td>{STATUS_TAGS[a.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
