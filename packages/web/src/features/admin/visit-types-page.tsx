import { useState, type FormEvent } from 'react';
import type { Provider, UpdateVisitType, VisitType } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { EligibilityField } from './eligibility-field';
import { ConfirmDialog } from './confirm-dialog';

const NUMBERS = [
  ['durationMinutes', 'Length (minutes)'],
  ['bufferAfterMinutes', 'Buffer after (minutes)'],
  ['minNoticeMinutes', 'Minimum notice for online booking (minutes)'],
  ['maxHorizonDays', 'Online booking opens (days ahead)'],
] as const;

/** Who may perform the visit type: none ticked means every provider. */
function PerformersField(props: {
  v: VisitType;
  providers: Provider[];
  chosen: string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const { v, providers, chosen, error, onChange } = props;
  const errorId = `vt-${v.id}-performers-error`;
  return (
    <fieldset data-field="performerIds" aria-describedby={error ? errorId : undefined}>
      <legend>Who may perform it (none ticked: every provider)</legend>
      {providers.map((p) => (
        <label key={p.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(p.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))
            }
          />{' '}
          {p.displayName}
          {p.role === 'resident' ? ' (resident: only while the supervisor is on site)' : ''}
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The starting point of a new visit type: every provider, everyone eligible. */
const NEW_VISIT_TYPE: VisitType = {
  id: 'new',
  name: '',
  description: '',
  durationMinutes: 30,
  bufferAfterMinutes: 0,
  requiresConsultation: false,
  onlineBookable: false,
  minNoticeMinutes: 0,
  maxHorizonDays: 90,
  performerIds: [],
  eligibility: { minAgeDays: null, maxAgeDays: null, requiresPregnancy: false },
  retired: false,
  nameEs: null,
  descriptionEs: null,
};

function VisitTypeForm({
  v,
  providers,
  onSaved,
  onRetire,
}: {
  v: VisitType;
  providers: Provider[];
  onSaved: () => void;
  /** Absent for a new visit type, which is created on save. */
  onRetire?: () => void;
}) {
  const isNew = v === NEW_VISIT_TYPE;
  const [draft, setDraft] = useState<UpdateVisitType>({
    name: v.name,
    description: v.description,
    durationMinutes: v.durationMinutes,
    bufferAfterMinutes: v.bufferAfterMinutes,
    requiresConsultation: v.requiresConsultation,
    onlineBookable: v.onlineBookable,
    minNoticeMinutes: v.minNoticeMinutes,
    maxHorizonDays: v.maxHorizonDays,
    performerIds: v.performerIds,
    eligibility: v.eligibility,
    nameEs: v.nameEs ?? '',
    descriptionEs: v.descriptionEs ?? '',
  });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      if (isNew) await call(API.createVisitType, { body: draft });
      else await call(API.updateVisitType, { params: { id: v.id }, body: draft });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  return (
    <form onSubmit={(e) => void save(e)} className="card" aria-labelledby={`vt-${v.id}`}>
      <h2 id={`vt-${v.id}`}>{isNew ? 'New visit type' : v.name}</h2>
      <TextField id={`vt-${v.id}-name`} field="name" label="Name" error={fieldError('name')}>
        {(aria) => (
          <input
            {...aria}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        )}
      </TextField>
      <TextField
        id={`vt-${v.id}-description`}
        field="description"
        label="Description for patients"
        error={fieldError('description')}
      >
        {(aria) => (
          <textarea
            {...aria}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        )}
      </TextField>
      <TextField
        id={`vt-${v.id}-nameEs`}
        field="nameEs"
        label="Name in Spanish (blank: Spanish readers see the English)"
        error={fieldError('nameEs')}
      >
        {(aria) => (
          <input
            {...aria}
            lang="es"
            value={draft.nameEs ?? ''}
            onChange={(e) => setDraft({ ...draft, nameEs: e.target.value })}
          />
        )}
      </TextField>
      <TextField
        id={`vt-${v.id}-descriptionEs`}
        field="descriptionEs"
        label="Description in Spanish"
        error={fieldError('descriptionEs')}
      >
        {(aria) => (
          <textarea
            {...aria}
            lang="es"
            value={draft.descriptionEs ?? ''}
            onChange={(e) => setDraft({ ...draft, descriptionEs: e.target.value })}
          />
        )}
      </TextField>
      {NUMBERS.map(([key, label]) => (
        <TextField key={key} id={`vt-${v.id}-${key}`} field={key} label={label} error={fieldError(key)}>
          {(aria) => (
            <input
              type="number"
              {...aria}
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })}
            />
          )}
        </TextField>
      ))}
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.onlineBookable}
          onChange={(e) => setDraft({ ...draft, onlineBookable: e.target.checked })}
        />{' '}
        Patients may book it online
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.requiresConsultation}
          onChange={(e) => setDraft({ ...draft, requiresConsultation: e.target.checked })}
        />{' '}
        Needs a consultation first
      </label>
      <PerformersField
        v={v}
        providers={providers}
        chosen={draft.performerIds ?? []}
        error={
          error instanceof ApiError && error.field?.startsWith('performerIds') ? error.message : undefined
        }
        onChange={(performerIds) => setDraft({ ...draft, performerIds })}
      />
      <EligibilityField
        id={`vt-${v.id}`}
        value={draft.eligibility ?? v.eligibility}
        error={fieldError}
        onChange={(eligibility) => setDraft({ ...draft, eligibility })}
      />
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not saved:" />
      {saved && <StatusMessage>{isNew ? 'Added.' : 'Saved.'}</StatusMessage>}
      <div className="button-row">
        <button type="submit">{isNew ? 'Add visit type' : `Save ${v.name}`}</button>
        {onRetire && (
          <button type="button" className="button-secondary" onClick={onRetire}>
            Retire {v.name}
          </button>
        )}
      </div>
    </form>
  );
}

/** Admin: visit types and their booking rules. */
export function VisitTypesPage() {
  usePageTitle('Visit types');
  const list = useApiQuery(API.visitTypes);
  const providers = useApiQuery(API.providers);
  const [retiring, setRetiring] = useState<VisitType | null>(null);
  const [retired, setRetired] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const retire = async (v: VisitType) => {
    setRetiring(null);
    setError(null);
    try {
      await call(API.retireVisitType, { params: { id: v.id } });
      setRetired(`${v.name} retired: it is no longer offered for booking.`);
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h1>Visit types</h1>
      <p className="muted">Changes apply to new bookings; visits already booked keep their times.</p>
      <LoadState loading={list.loading} error={list.error} what="visit types" />
      <ErrorAlert error={error} title="Not retired:" />
      <StatusMessage>{retired}</StatusMessage>
      {(list.data ?? []).map((v) => (
        <VisitTypeForm
          key={v.id}
          v={v}
          providers={providers.data ?? []}
          onSaved={list.reload}
          onRetire={() => setRetiring(v)}
        />
      ))}
      <VisitTypeForm
        key={`new-${list.data?.length ?? 0}`}
        v={NEW_VISIT_TYPE}
        providers={providers.data ?? []}
        onSaved={list.reload}
      />
      <ConfirmDialog
        id="retire-visit-type"
        heading={retiring ? `Retire ${retiring.name}?` : null}
        text="It will no longer be offered for booking. Visits already booked stay."
        confirmLabel="Retire"
        cancelLabel="Keep it"
        onCancel={() => setRetiring(null)}
        onConfirm={() => retiring && void retire(retiring)}
      />
    </>
  );
}
