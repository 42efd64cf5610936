import type { Chart, ReportedItem } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { REPORTED_LABELS, reportedText } from './chart-words';

function ItemRow({
  patientId,
  item,
  onChanged,
}: {
  patientId: string;
  item: ReportedItem;
  onChanged: (chart: Chart, message: string) => void;
}) {
  const text = reportedText(item);
  const decide = (decision: 'add' | 'dismiss') => async () => {
    const chart = await call(API.reconcileIntakeItem, {
      params: { id: patientId },
      body: { intakeId: item.intakeId, key: item.key, decision },
    });
    onChanged(chart, decision === 'add' ? `Added to the chart: ${text}.` : `Dismissed: ${text}.`);
  };
  const add = useSubmit(decide('add'));
  const dismiss = useSubmit(decide('dismiss'));
  const busy = add.busy || dismiss.busy;
  return (
    <li className="chart-entry">
      <span>
        <strong>{REPORTED_LABELS[item.kind]}:</strong> {text}{' '}
        <span className="muted">(intake of {item.reportedAt.slice(0, 10)})</span>
      </span>
      <span className="chart-entry-actions">
        <button
          type="button"
          aria-label={`Add ${text} to the chart`}
          disabled={busy}
          onClick={() => void add.run()}
        >
          Add
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-label={`Dismiss ${text}`}
          disabled={busy}
          onClick={() => void dismiss.run()}
        >
          Dismiss
        </button>
      </span>
      <ErrorAlert error={add.error ?? dismiss.error} title="Not changed:" />
    </li>
  );
}

/** What the patient reported at intake that is not in the chart yet: the physician adds or dismisses each. */
export function FromIntake({
  patientId,
  items,
  onChanged,
}: {
  patientId: string;
  items: ReportedItem[];
  onChanged: (chart: Chart, message: string) => void;
}) {
  if (!items.length) return null;
  return (
    <section className="card chart-from-intake" aria-labelledby="from-intake-heading">
      <h2 id="from-intake-heading">From intake</h2>
      <p className="hint">
        Reported by the patient and not in the chart yet. Add what you confirm; dismiss the rest.
      </p>
      <ul className="chart-entries">
        {items.map((i) => (
          <ItemRow key={`${i.intakeId}-${i.key}`} patientId={patientId} item={i} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}
