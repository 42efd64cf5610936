import { findLocation, insertSeriesWithBlocks } from '@omt/db';
import { weeklySeries } from '@omt/domain';
import type { Appointment, BookSeries, SeriesConflict } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { DomainError, fail } from '../../errors';
import { bookingBlocks } from './blocks';
import { place, requireOpenSlot, withBuffer, type Placement } from './booking';
import { bookedRow, requireConsultationFirst } from './placement';
import { roomChoice } from './rooms';
import { viewAppointment } from './queries';
import { requireEligible } from './eligibility';
import { requireActivePatient } from '../patients/registration';
import { requireVerifiedEmail } from '../../auth/email-verified';
import { enqueueAppointmentMail } from '../notifications/appointment-mail';

/** Places every visit of the series, collecting each one that cannot be booked instead of stopping. */
async function placeAll(ctx: RequestContext, body: BookSeries, starts: string[]) {
  const placed: Placement[] = [];
  const conflicts: SeriesConflict[] = [];
  for (const [index, start] of starts.entries()) {
    try {
      const pl = await place(ctx, { ...body, start });
      await requireOpenSlot(ctx, pl);
      placed.push(pl);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500 || error.code === 'validation_failed')
        throw error;
      conflicts.push({ index, start, code: error.code, message: error.message });
    }
  }
  return { placed, conflicts };
}

/**
 * Works out a series without booking it: its visits' times and each one that cannot be booked. Refuses (4xx)
 * what no time could fix: an ineligible patient or a missing consultation.
 */
export async function checkSeries(ctx: RequestContext, body: BookSeries) {
  await ctx.access(body.patientId, 'appointment.write', 'appointment-series', null);
  requireVerifiedEmail(ctx);
  await requireActivePatient(ctx, body.patientId);
  const location = await findLocation(ctx.db, body.locationId);
  if (!location) throw fail.invalid('locationId', 'unknown location');
  const starts = weeklySeries(
    new Date(body.start).toISOString().replace('.000Z', 'Z'),
    location.time_zone,
    body.count,
    body.everyWeeks,
  );
  const { placed, conflicts } = await placeAll(ctx, body, starts);
  const first = placed[0];
  if (first) {
    const visits = starts.map((start) => ({ start, timeZone: location.time_zone }));
    await requireEligible(ctx, body.patientId, first.visitType, visits);
  }
  if (first) await requireConsultationFirst(ctx, body.patientId, first);
  return { starts, placed, conflicts };
}

/**
 * Books a plan of care's weekly visits atomically: every visit's conflicts are reported before anything is
 * booked, and the booking itself is one transaction, so a race cannot leave half a series.
 */
export async function bookSeries(ctx: RequestContext, body: BookSeries): Promise<Appointment[]> {
  const { starts, placed, conflicts } = await checkSeries(ctx, body);
  if (conflicts.length) {
    throw new DomainError(
      409,
      'series_conflicts',
      `${conflicts.length} of ${starts.length} visits cannot be booked; nothing was booked`,
      'start',
      conflicts,
    );
  }
  const rows = await Promise.all(
    placed.map(async (pl) => ({
      row: bookedRow(ctx, body.patientId, pl),
      blocks: bookingBlocks(pl.start, pl.end, pl.visitType.buffer_after_minutes),
      rooms: await roomChoice(ctx.db, pl.catalog, pl.locationId, pl.start, withBuffer(pl)),
    })),
  );
  const outcome = await insertSeriesWithBlocks(ctx.db, rows);
  if (!outcome.ok)
    throw new DomainError(
      409,
      'series_conflicts',
      'a visit of the series was taken meanwhile; nothing was booked',
      'start',
      [],
    );
  for (const { row } of rows) await enqueueAppointmentMail(ctx.deps, row.id, 'confirmation');
  return Promise.all(rows.map(({ row }) => viewAppointment(ctx, row.id)));
}
