import { useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PeriodForm } from '../../components/period-form';
import { zoneLabel } from '../../time';

/** One-off extra hours (an extra Saturday morning) that patients and the desk can then book. */
export function ExtraHoursForm({ providerId }: { providerId: string }) {
  const data = useApi(
    async (signal) => {
      const [locations, extra] = await Promise.all([
        call(API.locations, { signal }),
        call(API.listExtraHours, { params: { id: providerId }, signal }),
      ]);
      return { locations, extra };
    },
    [providerId],
  );
  const [locationId, setLocationId] = useState('');
  const location = data.data?.locations.find((l) => l.id === locationId) ?? data.data?.locations[0];
  return (
    <PeriodForm
      {...(location
        ? { zone: { timeZone: location.timeZone, label: zoneLabel(location.name, location.timeZone) } }
        : {})}
      heading="Add extra hours"
      idPrefix="extra"
      startLabel="Extra hours from"
      endLabel="Extra hours until"
      submitLabel="Add these hours"
      errorTitle="Not added:"
      items={data.data?.extra ?? []}
      onSave={async ({ start, end }) => {
        await call(API.addExtraHours, {
          params: { id: providerId },
          body: { locationId: location?.id ?? '', start, end, reason: 'extra hours' },
        });
        data.reload();
        return 'Added: these hours are now bookable.';
      }}
    >
      <p>
        <label htmlFor="extra-location">Location</label>
        <select id="extra-location" value={locationId} onChange={(e) => setLocationId(e.target.value)}>
          {(data.data?.locations ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </p>
    </PeriodForm>
  );
}
