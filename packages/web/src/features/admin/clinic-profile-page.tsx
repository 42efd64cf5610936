import { useEffect, useState } from 'react';
import type { ClinicProfile, ClinicProfileInput } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery, useInvalidate } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField, focusField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { Link } from '../../router';
import { LogoField } from './logo-field';
import { CheckInDaysForm } from './check-in-days-form';

type Draft = Omit<ClinicProfileInput, 'npi' | 'taxId'> & { npi: string; taxId: string };

function draftOf(p: ClinicProfile): Draft {
  return {
    name: p.name,
    address: p.address,
    phone: p.phone,
    npi: p.npi ?? '',
    taxId: p.taxId ?? '',
    logoDataUrl: p.logoDataUrl,
    version: p.version,
  };
}

/** Admin: the clinic's name, address, phone, NPI, tax id and logo, as notes, aftercare sheets and mail show them. */
export function ClinicProfilePage() {
  const fieldMessage = useFieldMessage();
  usePageTitle('Clinic profile');
  const loaded = useApiQuery(API.getClinicProfile);
  const invalidate = useInvalidate();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.data) setDraft(draftOf(loaded.data));
  }, [loaded.data]);
  const form = useSubmit(async () => {
    if (!draft) return;
    setSaved(null);
    try {
      const profile = await call(API.updateClinicProfile, {
        body: { ...draft, npi: draft.npi || null, taxId: draft.taxId || null },
      });
      loaded.setData(profile);
      // The header's name and logo follow at once.
      invalidate([API.publicClinicProfile]);
      setSaved('Clinic profile saved.');
    } catch (err) {
      if (err instanceof ApiError && err.field && err.field !== 'version') focusField(err.field);
      throw err;
    }
  });
  if (!draft) return <LoadState loading={loaded.loading} error={loaded.error} what="the clinic profile" />;
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const stale = form.error instanceof ApiError && form.error.code === 'stale_clinic_profile';
  const text = (f: 'name' | 'address' | 'phone' | 'npi' | 'taxId', label: string, hint?: string) => (
    <TextField id={`clinic-${f}`} field={f} label={label} hint={hint} error={fieldMessage(form.error, f)}>
      {(aria) => (
        <input
          {...aria}
          type={f === 'phone' ? 'tel' : 'text'}
          {...(f === 'npi' ? { inputMode: 'numeric' as const } : {})}
          value={draft[f]}
          onChange={(e) => set(f)(e.target.value)}
        />
      )}
    </TextField>
  );
  return (
    <>
      <h1>Clinic profile</h1>
      <p className="muted">
        Shown on signed notes, aftercare sheets, every mail and calendar invitation.{' '}
        <Link to="/admin/setup">Back to the setup checklist</Link>
      </p>
      <form className="card" onSubmit={(e) => void form.submit(e)} noValidate>
        {text('name', 'Clinic name')}
        {text('address', 'Address', 'Street, city, state and ZIP, as it should print.')}
        {text('phone', 'Phone')}
        {text('npi', 'Organisation NPI (type 2)', '10 digits; leave empty if the clinic has none yet.')}
        {text('taxId', 'Tax id (EIN)', 'As 12-3456789; leave empty if not needed on notes.')}
        <LogoField
          id="clinic-logo"
          value={draft.logoDataUrl ?? null}
          error={fieldMessage(form.error, 'logoDataUrl')}
          onChange={(logoDataUrl) => setDraft((d) => (d ? { ...d, logoDataUrl } : d))}
        />
        <ErrorAlert
          error={form.error instanceof ApiError && form.error.field && !stale ? null : (form.error ?? null)}
          title="Not saved:"
        />
        <div className="button-row">
          {stale && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                form.setError(null);
                loaded.reload();
              }}
            >
              Load the saved profile
            </button>
          )}
          <button type="submit" disabled={form.busy}>
            Save clinic profile
          </button>
        </div>
        <StatusMessage>{saved}</StatusMessage>
      </form>
      <CheckInDaysForm />
    </>
  );
}
