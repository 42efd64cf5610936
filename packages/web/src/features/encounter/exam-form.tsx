import { useState, type FormEvent } from 'react';
import { API, type Encounter, type ExamRegion } from '@omt/contracts';
import { REGION_IDS, type RegionId } from '@omt/domain';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { REGION_LABELS } from '../../labels';

type Finding = 'tenderness' | 'asymmetry' | 'restriction' | 'tissueTexture';
const FINDINGS: { key: Finding; label: string }[] = [
  { key: 'tenderness', label: 'Tenderness' },
  { key: 'asymmetry', label: 'Asymmetry' },
  { key: 'restriction', label: 'Restriction' },
  { key: 'tissueTexture', label: 'Tissue texture' },
];

type Row = Omit<ExamRegion, 'region' | 'comment'> & { comment: string };
const EMPTY: Row = { tenderness: false, asymmetry: false, restriction: false, tissueTexture: false, comment: '' };

function rowsOf(exam: ExamRegion[]): Record<RegionId, Row> {
  const rows = Object.fromEntries(REGION_IDS.map((r) => [r, { ...EMPTY }])) as Record<RegionId, Row>;
  for (const e of exam) rows[e.region] = { ...e, comment: e.comment ?? '' };
  return rows;
}

/** Regions with a finding or a comment; the others are omitted. */
function toBody(rows: Record<RegionId, Row>): ExamRegion[] {
  return REGION_IDS.flatMap((region) => {
    const r = rows[region];
    const any = FINDINGS.some((f) => r[f.key]) || r.comment.trim() !== '';
    if (!any) return [];
    const comment = r.comment.trim();
    return [{ region, tenderness: r.tenderness, asymmetry: r.asymmetry, restriction: r.restriction, tissueTexture: r.tissueTexture, ...(comment ? { comment } : {}) }];
  });
}

/** Structural exam: TART findings per region (PUT exam). */
export function ExamForm({ encounter, readOnly, onSaved }: { encounter: Encounter; readOnly: boolean; onSaved: (e: Encounter) => void }) {
  const [rows, setRows] = useState(() => rowsOf(encounter.exam));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = (region: RegionId, patch: Partial<Row>) => {
    setSaved(false);
    setRows((prev) => ({ ...prev, [region]: { ...prev[region], ...patch } }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await call(API.saveExam, { params: { id: encounter.id }, body: { regions: toBody(rows) } }));
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="exam-heading" className="card">
      <h2 id="exam-heading">Exam: TART findings</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="table-wrap">
          <table className="exam-table">
            <caption className="visually-hidden">Structural exam: tenderness, asymmetry, restriction and tissue texture per region</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                {FINDINGS.map((f) => (
                  <th scope="col" key={f.key}>
                    {f.label}
                  </th>
                ))}
                <th scope="col">Comment</th>
              </tr>
            </thead>
            <tbody>
              {REGION_IDS.map((region) => {
                const r = rows[region];
                const name = REGION_LABELS[region];
                return (
                  <tr key={region}>
                    <th scope="row">{name}</th>
                    {FINDINGS.map((f) =>
                      readOnly ? (
                        <td key={f.key} className="center">
                          {r[f.key] ? '✓ Yes' : <span className="muted">No</span>}
                        </td>
                      ) : (
                        <td key={f.key} className="center">
                          <label className="cell-check">
                            <input type="checkbox" checked={r[f.key]} onChange={(e) => change(region, { [f.key]: e.target.checked })} />
                            <span className="visually-hidden">
                              {name}: {f.label}
                            </span>
                          </label>
                        </td>
                      ),
                    )}
                    <td>
                      {readOnly ? (
                        r.comment
                      ) : (
                        <>
                          <label className="visually-hidden" htmlFor={`exam-comment-${region}`}>
                            {name}: comment
                          </label>
                          <input
                            id={`exam-comment-${region}`}
                            type="text"
                            maxLength={1000}
                            value={r.comment}
                            onChange={(e) => change(region, { comment: e.target.value })}
                          />
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {error !== null && <ErrorAlert error={error} title="Exam not saved:" />}
        {saved && !readOnly && <StatusMessage>Exam saved.</StatusMessage>}
        {!readOnly && (
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save exam'}
          </button>
        )}
      </form>
    </section>
  );
}
