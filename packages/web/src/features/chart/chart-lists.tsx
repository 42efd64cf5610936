import { useState } from 'react';
import type { Chart, ChartEntry } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import {
  ENDED_ACTION,
  ENDED_STATUS,
  KIND_NOUNS,
  KIND_TITLES,
  STATUS_WORDS,
  entryText,
  type ChartKind,
} from './chart-words';
import { EntryForm } from './entry-form';

const KINDS: ChartKind[] = ['problem', 'medication', 'allergy', 'medical_history', 'surgical_history'];

interface ListProps {
  patientId: string;
  chart: Chart;
  editable: boolean;
  onChanged: (chart: Chart, message: string) => void;
}

/** The body that sets an entry's status and keeps everything else, with the version read. */
function withStatus(e: ChartEntry, status: string) {
  const { id: _id, recordedAt: _r, updatedAt: _u, updatedBy: _b, fromIntake: _f, ...fields } = e;
  return { ...fields, status } as never;
}

function EntryRow({
  patientId,
  entry,
  editable,
  onChanged,
}: Omit<ListProps, 'chart'> & { entry: ChartEntry }) {
  const [editing, setEditing] = useState(false);
  const text = entryText(entry);
  const active = entry.status === 'active';
  const toggle = useSubmit(async () => {
    const status = active ? ENDED_STATUS[entry.kind] : 'active';
    const chart = await call(API.updateChartEntry, {
      params: { id: patientId, entryId: entry.id },
      body: withStatus(entry, status),
    });
    onChanged(chart, `${text}: ${STATUS_WORDS[status]?.toLowerCase() ?? status}.`);
  });
  if (editing)
    return (
      <li>
        <EntryForm
          patientId={patientId}
          kind={entry.kind}
          entry={entry}
          onCancel={() => setEditing(false)}
          onSaved={(chart, message) => {
            setEditing(false);
            onChanged(chart, message);
          }}
        />
      </li>
    );
  return (
    <li className={active ? 'chart-entry' : 'chart-entry chart-entry-ended'}>
      <span>
        {text}
        {entry.kind === 'medication' && entry.anticoagulant && <span className="tag">Anticoagulant</span>}
        {!active && <span className="tag">{STATUS_WORDS[entry.status]}</span>}
        {entry.fromIntake && <span className="muted"> · from intake</span>}
      </span>
      {editable && (
        <span className="chart-entry-actions">
          <button
            type="button"
            className="button-secondary"
            aria-label={`Edit ${text}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={`${active ? ENDED_ACTION[entry.kind] : 'Mark active'}: ${text}`}
            disabled={toggle.busy}
            onClick={() => void toggle.run()}
          >
            {active ? ENDED_ACTION[entry.kind] : 'Mark active'}
          </button>
        </span>
      )}
      <ErrorAlert error={toggle.error} title="Not changed:" />
    </li>
  );
}

function AllergyStatus({ patientId, chart, editable, onChanged }: ListProps) {
  const status = chart.allergyStatus;
  const hasActive = chart.header.allergies.state === 'recorded';
  const set = useSubmit(async () => {
    if (!status) return;
    const next = await call(API.setAllergyStatus, {
      params: { id: patientId },
      body: { noKnownAllergies: !status.noKnownAllergies, version: status.version },
    });
    onChanged(
      next,
      status.noKnownAllergies ? 'No longer recorded as no known allergies.' : 'Recorded: no known allergies.',
    );
  });
  if (!status || hasActive) return null;
  return (
    <div className="chart-allergy-status">
      <p>{status.noKnownAllergies ? 'No known allergies (recorded).' : 'Allergies not recorded yet.'}</p>
      {editable && (
        <button type="button" className="button-secondary" disabled={set.busy} onClick={() => void set.run()}>
          {status.noKnownAllergies ? 'Take back “no known allergies”' : 'Record no known allergies'}
        </button>
      )}
      <ErrorAlert error={set.error} title="Not changed:" />
    </div>
  );
}

function KindSection({ kind, ...props }: ListProps & { kind: ChartKind }) {
  const [adding, setAdding] = useState(false);
  const entries = (props.chart.entries ?? [])
    .filter((e) => e.kind === kind)
    .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));
  const headingId = `chart-${kind}-heading`;
  return (
    <section className="card chart-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{KIND_TITLES[kind]}</h2>
      {kind === 'allergy' && <AllergyStatus {...props} />}
      {entries.length === 0 ? (
        kind !== 'allergy' && <p className="muted">None recorded.</p>
      ) : (
        <ul className="chart-entries">
          {entries.map((e) => (
            <EntryRow key={`${e.id}-${e.version}`} entry={e} {...props} />
          ))}
        </ul>
      )}
      {props.editable &&
        (adding ? (
          <EntryForm
            patientId={props.patientId}
            kind={kind}
            entry={null}
            onCancel={() => setAdding(false)}
            onSaved={(chart, message) => {
              setAdding(false);
              props.onChanged(chart, message);
            }}
          />
        ) : (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            Add {KIND_NOUNS[kind]}
          </button>
        ))}
    </section>
  );
}

/** Problems, medications, allergies and history, each with its add and edit forms for clinicians. */
export function ChartLists(props: ListProps) {
  return (
    <>
      {KINDS.map((kind) => (
        <KindSection key={kind} kind={kind} {...props} />
      ))}
    </>
  );
}
