import { useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePortalText } from '../../i18n/use-portal-text';
import { useSession } from '../../session';
import { EMPTY_PERSON, PersonFields, type PersonDraft } from '../signup/person-fields';

/** A parent adds a child under 18 to their login, then books for them like for themselves. */
export function AddChildForm() {
  const fieldMessage = useFieldMessage();
  const { setUser } = useSession();
  const { t } = usePortalText();
  const [open, setOpen] = useState(false);
  const [child, setChild] = useState<PersonDraft>(EMPTY_PERSON);
  const [added, setAdded] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    const { user } = await call(API.addChild, { body: { ...child, sex: child.sex as 'female' } });
    setAdded(t('addChildDone', { name: `${child.givenName.trim()} ${child.familyName.trim()}` }));
    setChild(EMPTY_PERSON);
    setOpen(false);
    setUser(user);
  });
  const named = ['givenName', 'familyName', 'birthDate', 'sex'].some((f) => fieldMessage(error, f));

  return (
    <section aria-labelledby="add-child-heading" className="card">
      <h2 id="add-child-heading">{t('childrenHeading')}</h2>
      <StatusMessage>{added}</StatusMessage>
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('addChild')}>
          <p className="muted">{t('addChildHint')}</p>
          <PersonFields idPrefix="child" draft={child} onChange={setChild} error={error} />
          {error && !named ? <ErrorAlert error={error} title={t('addChildNotAdded')} /> : null}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? t('addChildAdding') : t('addChildSubmit')}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t('addChildCancel')}
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
          {t('addChild')}
        </button>
      )}
    </section>
  );
}
