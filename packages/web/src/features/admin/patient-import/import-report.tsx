import type { ImportRowResult, PatientImportReport } from '@omt/contracts';
import { Link } from '../../../router';
import { importErrorLabel } from './import-labels';

const SHOWN = 500;

function problem(r: ImportRowResult): string {
  if (r.status === 'duplicate_row')
    return `Repeats row ${r.duplicateOfRow ?? '?'} (same name and date of birth, or same email)`;
  if (r.status === 'duplicate_existing')
    return 'Already registered (same name and date of birth, or same email)';
  return r.errors
    .map((e) => `${importErrorLabel(e.field)}${e.column ? ` (column “${e.column}”)` : ''}: ${e.message}`)
    .join('; ');
}

/** The counts and a table of the rows that are not (or would not be) imported. */
export function ImportReport({ report }: { report: PatientImportReport }) {
  const { counts } = report;
  const skipped = report.rows.filter((r) => r.status !== 'ok' && r.status !== 'created');
  return (
    <section aria-labelledby="import-result">
      <h2 id="import-result">{report.dryRun ? 'Check of the file' : 'Import done'}</h2>
      <dl className="facts" data-testid="import-counts">
        <dt>Rows in the file</dt>
        <dd>{counts.rows}</dd>
        <dt>{report.dryRun ? 'Would be created' : 'Patients created'}</dt>
        <dd>{counts.created}</dd>
        <dt>Rows with errors</dt>
        <dd>{counts.errors}</dd>
        <dt>Duplicates skipped</dt>
        <dd>{counts.duplicates}</dd>
      </dl>
      {skipped.length > 0 && (
        <div className="table-wrap">
          <table className="dense">
            <caption>
              Rows {report.dryRun ? 'that would not be imported' : 'not imported'}
              {skipped.length > SHOWN ? ` (the first ${SHOWN} of ${skipped.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {skipped.slice(0, SHOWN).map((r) => (
                <tr key={r.row}>
                  <th scope="row">{r.row}</th>
                  <td>{r.name || '—'}</td>
                  <td>
                    {problem(r)}
                    {r.duplicateOfPatientId && (
                      <>
                        {' '}
                        <Link to={`/patients/${r.duplicateOfPatientId}`}>
                          open the record<span className="visually-hidden"> matching row {r.row}</span>
                        </Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
