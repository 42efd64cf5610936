import type { Encounter } from '@omt/contracts';
import { humanize, REGION_LABELS, TECHNIQUE_LABELS } from '../../labels';

type Treatment = Encounter['treatments'][number];

function Discomfort({ t }: { t: Treatment }) {
  if (!t.discomfort) return <span className="muted">None reported</span>;
  return (
    <>
      <strong>⚠ Felt:</strong> {t.discomfort.description}
      <span className="cell-hint">Done: {t.discomfort.actionTaken}</span>
    </>
  );
}

/** The treatments documented so far. */
export function TreatmentsTable({ encounter }: { encounter: Encounter }) {
  if (encounter.treatments.length === 0) return <p>No treatment documented yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Treatments given</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Technique</th>
            <th scope="col">Position</th>
            <th scope="col">Duration</th>
            <th scope="col">Response</th>
            <th scope="col">Discomfort</th>
            <th scope="col">Safety</th>
          </tr>
        </thead>
        <tbody>
          {encounter.treatments.map((t) => (
            <tr key={t.id} data-testid="treatment-row">
              <th scope="row">{REGION_LABELS[t.region]}</th>
              <td>{TECHNIQUE_LABELS[t.technique]}</td>
              <td>{t.position}</td>
              <td>
                {t.durationMinutes ? `${t.durationMinutes} min` : <span className="muted">Not recorded</span>}
              </td>
              <td>{humanize(t.response)}</td>
              <td>
                <Discomfort t={t} />
              </td>
              <td>
                {humanize(t.safetyVerdict)}
                {t.cautionReason ? <span className="cell-hint">Reason: {t.cautionReason}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
