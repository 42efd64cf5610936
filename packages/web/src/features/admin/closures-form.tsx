import { API, type Location } from '@omt/contracts';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PeriodForm } from '../../components/period-form';
import { zoneLabel } from '../../time';

/** Close a location for a holiday; visits booked then are counted so the desk can move them. */
export function ClosuresForm({ location }: { location: Location }) {
  const list = useApi(
    (signal) => call(API.listClosures, { params: { id: location.id }, signal }),
    [location.id],
  );
  return (
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
      onSave={async (period) => {
        const r = await call(API.addClosure, { params: { id: location.id }, body: period });
        list.reload();
        return `Closed. ${r.conflictingAppointmentIds.length} booked visit(s) fall in this time.`;
      }}
      onDelete={async (closure) => {
        await call(API.deleteClosure, { params: { id: closure.id } });
        list.reload();
        return 'Closure deleted: its hours are offered again.';
      }}
    />
  );
}
