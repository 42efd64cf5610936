import { useState } from 'react';
import type { Chart, ChartEntry } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { CHART_STATUSES } from '@omt/domain';
import { call } from '../../api/client';
import { ErrorAlert, FieldError, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { KIND_NOUNS, STATUS_WORDS, type ChartKind } from './chart-words';
import { FIELDS, bodyOf, draftOf, fieldRule, type Draft } from './entry-fields';

/** Adds an entry of a kind, or edits one (with the version it read; the server refuses a stale one). */
export function EntryForm({
  patientId,
  kind,
  entry,
  onSaved,
  onCancel,
}: {
  patientId: string;
  kind: ChartKind;
  entry: ChartEntry | null;
  onSaved: (chart: Chart, message: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(kind, entry));
  const fieldMessage = useFieldMessage();
  const noun = KIND_NOUNS[kind];
  const { error, busy, submit } = useSubmit(async () => {
    const body = bodyOf(kind, draft);
    const chart = entry
      ? await call(API.updateChartEntry, {
          params: { id: patientId, entryId: entry.id },
          body: { ...body, version: entry.version } as never,
        })
      : await call(API.addChartEntry, { params: { id: patientId }, body: body as never });
    onSaved(chart, entry ? `Saved the ${noun}.` : `Added the ${noun}.`);
  });
  const prefix = `${kind}-${entry?.id ?? 'new'}`;
  const shownFields = [...FIELDS[kind].map((f) => f.name), ...(entry ? ['status'] : [])];
  const unshown = Boolean(error) && !shownFields.some((f) => fieldMessage(error, f));
  const set = (name: string, value: string | boolean) => setDraft((d) => ({ ...d, [name]: value }));
  return (
    <form
      className="chart-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={`${entry ? 'Edit' : 'Add'} ${noun}`}
    >
      {unshown && <ErrorAlert error={error} title="Not saved:" />}
      {FIELDS[kind].map((f) => {
        const id = `${prefix}-${f.name}`;
        const message = fieldRule(f.label, fieldMessage(error, f.name));
        const described = [f.hint ? `${id}-hint` : '', message ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ');
        const aria = {
          id,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': described || undefined,
        };
        const value = draft[f.name];
        if (f.kind === 'checkbox')
          return (
            <div className="field field-checkbox" key={f.name}>
              <input
                {...aria}
                type="checkbox"
                checked={value === true}
                onChange={(e) => set(f.name, e.target.checked)}
              />
              <label htmlFor={id}>{f.label}</label>
              <FieldError id={`${id}-error`} message={message} />
            </div>
          );
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            {f.hint && (
              <span className="hint" id={`${id}-hint`}>
                {f.hint}
              </span>
            )}
            {f.kind === 'severity' ? (
              <select {...aria} value={String(value)} onChange={(e) => set(f.name, e.target.value)}>
                <option value="">Not stated</option>
                <option value="mild">Mild</option>
                <option value="moderate">Moderate</option>
                <option value="severe">Severe</option>
              </select>
            ) : (
              <input
                {...aria}
                inputMode={f.kind === 'year' ? 'numeric' : undefined}
                value={String(value)}
                onChange={(e) => set(f.name, e.target.value)}
              />
            )}
            <FieldError id={`${id}-error`} message={message} />
          </div>
        );
      })}
      {entry && (
        <div className="field">
          <label htmlFor={`${prefix}-status`}>Status</label>
          <select
            id={`${prefix}-status`}
            value={String(draft.status)}
            onChange={(e) => set('status', e.target.value)}
          >
            {CHART_STATUSES[kind].map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
