import { useState, type FormEvent } from 'react';
import type { Location, StaffMember } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { focusField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { bodyOf, draftOf, StaffFields, type StaffDraft } from './staff-fields';

/** Changes a staff member's role and details. */
export function StaffEditForm(props: {
  member: StaffMember;
  physicians: StaffMember[];
  locations: Location[];
  onSaved: (m: StaffMember) => void;
  onCancel: () => void;
}) {
  const { member } = props;
  const [draft, setDraft] = useState<StaffDraft>(draftOf(member));
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      props.onSaved(await call(API.updateStaff, { params: { id: member.id }, body: bodyOf(draft) }));
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.field) focusField(err.field.split('.')[0] ?? err.field);
    }
  };
  return (
    <form
      className="card"
      aria-label={`Edit ${member.displayName}`}
      onSubmit={(e) => void save(e)}
      noValidate
    >
      <h2>Edit {member.displayName}</h2>
      <StaffFields
        idPrefix={`edit-${member.id}`}
        draft={draft}
        onChange={setDraft}
        error={error}
        physicians={props.physicians.filter((p) => p.id !== member.id)}
        locations={props.locations}
      />
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not saved:" />
      <div className="button-row">
        <button type="submit">Save {member.displayName}</button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
