import type { CodingView } from '@omt/contracts';
import { REGION_LABELS } from '../../labels';

/** CPT, ICD-10 per region, modifier 25 and what blocks billing. */
export function CodingSummary({ coding }: { coding: CodingView }) {
  return (
    <div className="coding">
      <h3>Coding</h3>
      <dl className="facts">
        <div>
          <dt>CPT</dt>
          <dd>
            <strong>{coding.cpt ?? 'None'}</strong> ({coding.regionCount} region{coding.regionCount === 1 ? '' : 's'})
          </dd>
        </div>
        <div>
          <dt>Modifier 25</dt>
          <dd>{coding.emModifier25 ? 'Yes — separately identifiable E/M' : 'No'}</dd>
        </div>
      </dl>
      {coding.diagnoses.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>ICD-10 diagnoses by region</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">ICD-10</th>
                <th scope="col">Title</th>
              </tr>
            </thead>
            <tbody>
              {coding.diagnoses.map((d) => (
                <tr key={d.region}>
                  <th scope="row">{REGION_LABELS[d.region]}</th>
                  <td className="mono">{d.icd10}</td>
                  <td>{d.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>Billing blockers</h4>
      {coding.blockers.length === 0 ? (
        <p>None — ready to bill.</p>
      ) : (
        <ul>
          {coding.blockers.map((b, i) => (
            <li key={`${b.code}-${i}`}>
              <strong>⚠ {b.region ? `${REGION_LABELS[b.region]}: ` : ''}</strong>
              {b.message}
            </li>
          ))}
        </ul>
      )}
      <p className="source">Source: {coding.source}</p>
    </div>
  );
}
