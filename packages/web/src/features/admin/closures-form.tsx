import type { CreateClosure, Location } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { PeriodForm } from '../../components/period-form';
import { zoneLabel } from '../../time';
import { visitsToRebookChanged } from '../../components/rebook-link';
import { useBookedVisitsCheck } from '../rebook/booked-visits-dialog';
import { ClosureDaysForm } from './closure-days-form';

/** Close a location for a holiday; visits booked then are named before saving, and listed for the desk to move. */
export function ClosuresForm({ location }: { location: Location }) {
  const list = useApiQuery(API.listClosures, { params: { id: location.id } });
  const check = useBookedVisitsCheck({ confirmLabel: `Close ${location.name} anyway` });
  /** Names the visits booked then and asks before saving; a refusal of the period comes back from the preview. */
  const close = async (body: CreateClosure) => {
    const params = { id: location.id };
    const preview = await call(API.previewClosure, { params, body });
    if (!(await check.confirm(preview))) return 'Not closed: nothing was saved.';
    const r = await call(API.addClosure, { params, body });
    list.reload();
    visitsToRebookChanged();
    const n = r.conflictingAppointmentIds.length;
    return n === 0
      ? 'Closed. No visits were booked in this time.'
      : `Closed. ${n} booked ${n === 1 ? 'visit is' : 'visits are'} listed under Visits to rebook.`;
  };
  return (
    <>
      <PeriodForm
        heading="Closures (holidays)"
        idPrefix={`closure-${location.id}`}
        startLabel={`${location.name} closed from`}
        endLabel={`${location.name} closed until`}
        reasonLabel="Reason"
        submitLabel={`Close ${location.name}`}
        errorTitle="Not closed:"
        zone={{ timeZone: location.timeZone, label: zoneLabel(location.name, location.timeZone) }}
        items={list.data ?? []}
        onSave={close}
        onDelete={async (closure) => {
          await call(API.deleteClosure, { params: { id: closure.id } });
          list.reload();
          return 'Closure deleted: its hours are offered again.';
        }}
      />
      <ClosureDaysForm location={location} save={close} />
      {check.dialog}
    </>
  );
}
