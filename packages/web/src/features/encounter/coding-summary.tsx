import type { CodingView, Encounter } from '@omt/contracts';
import { REGION_LABELS } from '../../labels';
import { examRowId } from './exam-table';

type Cpt = NonNullable<CodingView['cpt']>;
const CPT_TEXT: Record<Cpt, string> = {
  '98925': 'OMT, 1–2 body regions',
  '98926': 'OMT, 3–4 body regions',
  '98927': 'OMT, 5–6 body regions',
  '98928': 'OMT, 7–8 body regions',
  '98929': 'OMT, 9–10 body regions',
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Diagnoses({ coding }: { coding: CodingView }) {
  if (coding.diagnoses.length === 0)
    return <p>No somatic dysfunction diagnosis yet (M99.0x needs a treated region with TART findings).</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Diagnoses (ICD-10-CM), one per counted body region</caption>
        <thead>
          <tr>
            <th scope="col">ICD-10</th>
            <th scope="col">Body region</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {coding.diagnoses.map((d) => (
            <tr key={d.region}>
              <th scope="row" className="mono">
                {d.icd10}
              </th>
              <td>
                <a href={`#${examRowId(d.region)}`}>{REGION_LABELS[d.region]}</a>
              </td>
              <td>{d.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Blockers({ coding }: { coding: CodingView }) {
  if (coding.blockers.length === 0) return <p>✓ Nothing blocks billing.</p>;
  return (
    <ul className="blocker-list">
      {coding.blockers.map((b, i) => (
        <li key={`${b.code}-${i}`}>
          <strong>⚠ Blocks billing</strong>
          {b.region && (
            <>
              {' '}
              (<a href={`#${examRowId(b.region)}`}>{REGION_LABELS[b.region]}</a>)
            </>
          )}
          : {b.message}
        </li>
      ))}
    </ul>
  );
}

/** The claim: CPT by counted regions, M99.0x per region, modifier 25 when present, and what blocks it. */
export function ClaimSummary({ coding, status }: { coding: CodingView; status: Encounter['status'] }) {
  const draft = status === 'draft';
  const ready = coding.blockers.length === 0 && coding.cpt !== null;
  return (
    <section aria-labelledby="claim-heading" className="card claim-summary" data-testid="claim-summary">
      <h2 id="claim-heading">Claim summary{draft ? ' (preview before signing)' : ''}</h2>
      {draft && (
        <p className="hint">
          Live from the exam and treatments documented so far. The codes are fixed when the note is signed;
          modifier 25 is added at signing only when a separately identifiable E/M is documented.
        </p>
      )}
      <p className={`claim-status ${ready ? 'claim-ready' : 'claim-blocked'}`}>
        <strong>
          {ready ? '✓ Ready to bill' : `⚠ Not ready to bill: ${plural(coding.blockers.length, 'blocker')}`}
        </strong>
      </p>
      <dl className="facts">
        <div className="wide">
          <dt>Procedure (CPT)</dt>
          <dd>
            {coding.cpt ? (
              <>
                <strong className="mono">{coding.cpt}</strong> — {CPT_TEXT[coding.cpt]}
              </>
            ) : (
              <strong>No OMT code</strong>
            )}
            <span className="cell-hint">
              {plural(coding.regionCount, 'region')} treated with somatic dysfunction (TART) counted
            </span>
          </dd>
        </div>
        {coding.emModifier25 && (
          <div>
            <dt>Modifier</dt>
            <dd>
              <strong className="mono">25</strong> — separately identifiable E/M documented
            </dd>
          </div>
        )}
      </dl>
      <h3>Diagnoses</h3>
      <Diagnoses coding={coding} />
      <h3>What blocks billing</h3>
      <Blockers coding={coding} />
      <p className="source">Source: {coding.source}</p>
    </section>
  );
}
