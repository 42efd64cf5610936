import { useState, type FormEvent } from 'react';
import type { Room } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { ConfirmDialog } from './confirm-dialog';

/** One room with its rename form and a retire button (asks first); a retired room is only listed. */
export function RoomItem({ room, onChanged }: { room: Room; onChanged: (message: string) => void }) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(room.name);
  const [error, setError] = useState<unknown>(null);
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const saved = await call(API.renameRoom, { params: { id: room.id }, body: { name } });
      setRenaming(false);
      onChanged(`Renamed to ${saved.name}.`);
    } catch (err) {
      setError(err);
    }
  };
  const retire = async () => {
    setConfirming(false);
    setError(null);
    try {
      await call(API.retireRoom, { params: { id: room.id } });
      onChanged(`${room.name} retired: new visits no longer take it.`);
    } catch (err) {
      setError(err);
    }
  };
  if (room.retired) return <li>{room.name} (retired)</li>;
  return (
    <li>
      {renaming ? (
        <form onSubmit={(e) => void rename(e)}>
          <TextField
            id={`room-rename-${room.id}`}
            field="name"
            label={`New name for ${room.name}`}
            error={error instanceof ApiError && error.field === 'name' ? error.message : undefined}
          >
            {(aria) => <input {...aria} value={name} onChange={(e) => setName(e.target.value)} />}
          </TextField>
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => setRenaming(false)}>
              Cancel
            </button>
            <button type="submit">Save name</button>
          </div>
        </form>
      ) : (
        <>
          {room.name}{' '}
          <button type="button" className="button-secondary" onClick={() => setRenaming(true)}>
            Rename {room.name}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            Retire {room.name}
          </button>
        </>
      )}
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not changed:" />
      <ConfirmDialog
        id={`retire-room-${room.id}`}
        heading={confirming ? `Retire ${room.name}?` : null}
        text="New visits will no longer take this room. Visits already in it keep it."
        confirmLabel="Retire"
        cancelLabel="Keep it"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void retire()}
      />
    </li>
  );
}
