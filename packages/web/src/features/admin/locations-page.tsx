import { useState } from 'react';
import type { Location } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { RebookLink } from '../../components/rebook-link';
import { ConfirmDialog } from './confirm-dialog';
import { LocationForm } from './location-form';

function LocationItem(props: { location: Location; onEdit: () => void; onRetire: () => void }) {
  const { location: l } = props;
  return (
    <li>
      <strong>{l.name}</strong>
      {l.retired ? ' (retired)' : ''} · {l.timeZone} · {l.address} · {l.phone}
      {l.openingHours.length === 0 && !l.retired ? ' · no opening hours yet' : ''}
      {!l.retired && (
        <span className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={props.onEdit}
            aria-label={`Edit ${l.name}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={props.onRetire}
            aria-label={`Retire ${l.name}`}
          >
            Retire
          </button>
        </span>
      )}
    </li>
  );
}

/** Admin: the clinic's locations (opening hours are set on the Weekly hours page); retired, never deleted. */
export function LocationsPage() {
  usePageTitle('Locations');
  const list = useApiQuery(API.locations, { query: { includeRetired: 'true' } });
  const [editing, setEditing] = useState<Location | null>(null);
  const [retiring, setRetiring] = useState<Location | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const retire = async (l: Location) => {
    setRetiring(null);
    setError(null);
    try {
      await call(API.retireLocation, { params: { id: l.id } });
      setDone(`${l.name} retired: it is no longer offered for booking.`);
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h1>Locations</h1>
      <RebookLink />
      <LoadState loading={list.loading} error={list.error} what="locations" />
      <ErrorAlert error={error} title="Not retired:" />
      <StatusMessage>{done}</StatusMessage>
      <ul className="plain-list">
        {(list.data ?? []).map((l) => (
          <LocationItem
            key={l.id}
            location={l}
            onEdit={() => setEditing(l)}
            onRetire={() => setRetiring(l)}
          />
        ))}
      </ul>
      {editing && (
        <section className="card" aria-labelledby="edit-location">
          <h2 id="edit-location">Edit {editing.name}</h2>
          <LocationForm
            key={editing.id}
            idPrefix="edit-location"
            location={editing}
            submitLabel="Save location"
            onCancel={() => setEditing(null)}
            onSave={async (input) => {
              const saved = await call(API.updateLocation, { params: { id: editing.id }, body: input });
              setEditing(null);
              setDone(`${saved.name} saved.`);
              list.reload();
            }}
          />
        </section>
      )}
      <section className="card" aria-labelledby="new-location">
        <h2 id="new-location">New location</h2>
        <p className="muted">
          Then set its opening hours and its providers&apos; hours on the Weekly hours page.
        </p>
        <LocationForm
          idPrefix="new-location"
          submitLabel="Add location"
          onSave={async (input) => {
            const created = await call(API.createLocation, { body: input });
            setDone(`${created.name} added.`);
            list.reload();
          }}
        />
      </section>
      <ConfirmDialog
        id="retire-location"
        heading={retiring ? `Retire ${retiring.name}?` : null}
        text="It will no longer be offered for booking. Visits already booked there stay, and can be moved."
        confirmLabel="Retire"
        cancelLabel="Keep it"
        onCancel={() => setRetiring(null)}
        onConfirm={() => retiring && void retire(retiring)}
      />
    </>
  );
}
