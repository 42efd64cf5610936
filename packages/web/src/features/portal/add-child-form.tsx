import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session';
import { EMPTY_PERSON, PersonFields, type PersonDraft } from '../signup/person-fields';

/** A parent adds a child under 18 to their login, then books for them like for themselves. */
export function AddChildForm() {
  const { setUser } = useSession();
  const [open, setOpen] = useState(false);
  const [child, setChild] = useState<PersonDraft>(EMPTY_PERSON);
  const [added, setAdded] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    const { user } = await call(API.addChild, { body: { ...child, sex: child.sex as 'female' } });
    setAdded(
      `${child.givenName.trim()} ${child.familyName.trim()} is added: you can book visits for them now.`,
    );
    setChild(EMPTY_PERSON);
    setOpen(false);
    setUser(user);
  });
  const named = ['givenName', 'familyName', 'birthDate', 'sex'].some((f) => fieldMessage(error, f));

  return (
    <section aria-labelledby="add-child-heading" className="card">
      <h2 id="add-child-heading">Your children</h2>
      <StatusMessage>{added}</StatusMessage>
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a child">
          <p className="muted">
            For a child under 18 you are the parent of. You will be recorded as their guardian.
          </p>
          <PersonFields idPrefix="child" draft={child} onChange={setChild} error={error} />
          {error && !named ? <ErrorAlert error={error} title="Could not add the child:" /> : null}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Adding…' : 'Add child'}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setAdded('');
            setOpen(true);
          }}
        >
          Add a child
        </button>
      )}
    </section>
  );
}
