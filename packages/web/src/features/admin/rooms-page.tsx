import { useState, type FormEvent } from 'react';
import type { Location } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { ClosuresForm } from './closures-form';
import { RebookLink } from '../../components/rebook-link';
import { RoomItem } from './room-item';

function LocationRooms({ location }: { location: Location }) {
  const rooms = useApiQuery(API.listRooms, { params: { id: location.id } });
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const room = await call(API.addRoom, { params: { id: location.id }, body: { name } });
      setAdded(`Added ${room.name}.`);
      setName('');
      rooms.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby={`rooms-${location.id}`}>
      <h2 id={`rooms-${location.id}`}>{location.name}</h2>
      <LoadState loading={rooms.loading} error={rooms.error} what="rooms" />
      {rooms.data &&
        (rooms.data.length ? (
          <ul className="plain-list">
            {rooms.data.map((r) => (
              <RoomItem
                key={r.id}
                room={r}
                onChanged={(message) => {
                  setAdded(message);
                  rooms.reload();
                }}
              />
            ))}
          </ul>
        ) : (
          <p>No rooms: visits here need no room.</p>
        ))}
      <form onSubmit={(e) => void add(e)}>
        <TextField
          id={`room-name-${location.id}`}
          field="name"
          label={`New room at ${location.name}`}
          error={error instanceof ApiError && error.field === 'name' ? error.message : undefined}
        >
          {(aria) => <input {...aria} value={name} onChange={(e) => setName(e.target.value)} />}
        </TextField>
        <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not added:" />
        <StatusMessage>{added}</StatusMessage>
        <button type="submit">Add room at {location.name}</button>
      </form>
      <ClosuresForm location={location} />
    </section>
  );
}

/** Admin: treatment rooms per location; every visit holds a free room where a location has rooms. */
export function RoomsPage() {
  usePageTitle('Rooms and closures');
  const locations = useApiQuery(API.locations);
  return (
    <>
      <h1>Treatment rooms and closures</h1>
      <RebookLink />
      <LoadState loading={locations.loading} error={locations.error} what="locations" />
      {(locations.data ?? []).map((l) => (
        <LocationRooms key={l.id} location={l} />
      ))}
    </>
  );
}
