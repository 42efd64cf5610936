import { insertFee, listFees, listLocations } from '@omt/db';
import { FEE_CODE_TITLES, FEE_CODES, formatUsd, localDateTime } from '@omt/domain';
import type { FeeSchedule, FeeView, SetFee } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from '../catalog/audit';

/**
 * The clinic's today for fees: the latest date among its locations' zones (UTC without any). A fee may start from
 * then on, so no location's past day of service ever gets a new fee.
 */
async function clinicToday(ctx: RequestContext): Promise<string> {
  const now = ctx.now();
  const zones = (await listLocations(ctx.db)).filter((l) => !l.retired_at).map((l) => l.time_zone);
  const days = (zones.length ? zones : ['UTC']).map((z) => localDateTime(now, z).date);
  return days.reduce((a, b) => (b > a ? b : a));
}

type FeeRowWithName = Awaited<ReturnType<typeof listFees>>[number];

function feeView(r: FeeRowWithName): FeeView {
  return {
    id: Number(r.id),
    code: r.code,
    amountCents: Number(r.amount_cents),
    currency: 'USD',
    effectiveFrom: r.effective_from,
    createdAt: r.created_at,
    createdByName: r.created_by_name,
  };
}

/** Per code: the fee that applies today (latest day on or before today, later-recorded on a tie), later ones, history. */
export async function readFeeSchedule(ctx: RequestContext): Promise<FeeSchedule> {
  ctx.requireRole('admin');
  const [today, rows] = await Promise.all([clinicToday(ctx), listFees(ctx.db)]);
  const views = rows.map(feeView);
  return {
    today,
    currency: 'USD',
    codes: FEE_CODES.map((code) => {
      const ofCode = views.filter((v) => v.code === code);
      const applied = ofCode.filter((v) => v.effectiveFrom <= today);
      return {
        code,
        title: FEE_CODE_TITLES[code],
        current: applied.at(-1) ?? null,
        upcoming: ofCode.filter((v) => v.effectiveFrom > today),
        history: [...ofCode].reverse(),
      };
    }),
  };
}

/**
 * Records a fee from a day (today or later) as a new row; nothing earlier changes, so superbills of past dates of
 * service keep the fee they were issued with.
 */
export async function setFee(ctx: RequestContext, body: SetFee): Promise<FeeSchedule> {
  ctx.requireRole('admin');
  const today = await clinicToday(ctx);
  if (body.effectiveFrom < today) {
    throw fail.invalid(
      'effectiveFrom',
      `must be today (${today}) or later: a fee from an earlier day would change superbills already issued`,
    );
  }
  await auditSetup(ctx, 'fee.set', 'fee', body.code, `${formatUsd(body.amount)} from ${body.effectiveFrom}`);
  await insertFee(ctx.db, {
    code: body.code,
    amount_cents: body.amount,
    currency: 'USD',
    effective_from: body.effectiveFrom,
    created_by: ctx.user.id,
    created_at: ctx.now(),
  });
  return readFeeSchedule(ctx);
}
