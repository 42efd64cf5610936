import { useState } from 'react';
import { MAX_IMPORT_BYTES, type ImportMapping, type PatientImportReport } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { ApiError, call } from '../../../api/client';
import { usePageTitle } from '../../../components/app-shell';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { ImportMappingForm } from './import-mapping-form';
import { ImportReport } from './import-report';

/** The refusal for the alert: a file's problem without its field name; a column's is shown at its select. */
function alertOf(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.field === 'csv') return error.message.replace(/^csv: /, '');
  return error.field?.startsWith('mapping.') ? 'a column choice needs a change (see above).' : error;
}

const same = (a: ImportMapping | null, b: ImportMapping | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Admin: bring patients over from another system's CSV export. Choose the file, check it (the server proposes
 * the columns; change them and check again), then import; a second import of the same file creates nobody.
 */
export function PatientImportPage() {
  usePageTitle('Import patients');
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [report, setReport] = useState<PatientImportReport | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const check = useSubmit(async () => {
    if (!csv) return;
    setStatus(null);
    const r = await call(API.dryRunPatientImport, {
      body: { csv: csv.text, ...(mapping ? { mapping } : {}) },
    });
    setReport(r);
    setMapping(r.mapping);
  });
  const importAll = useSubmit(async () => {
    if (!csv || !report) return;
    const r = await call(API.importPatients, { body: { csv: csv.text, mapping: report.mapping } });
    setReport(r);
    setStatus(`${r.counts.created} patient${r.counts.created === 1 ? '' : 's'} imported from ${csv.name}.`);
  });

  const choose = async (file: File | undefined) => {
    setCsv(null);
    setMapping(null);
    setReport(null);
    setStatus(null);
    setFileError(null);
    check.setError(null);
    importAll.setError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most 5 MB can be imported at once. Split the file.`,
      );
      return;
    }
    setCsv({ name: file.name, text: await file.text() });
  };

  const checked = report?.dryRun && same(mapping, report.mapping);
  const error = check.error ?? importAll.error;
  return (
    <>
      <h1>Import patients</h1>
      <p>
        Bring patients over from the system you used before: export them as a CSV file (first and last name,
        date of birth, sex, and any of email, phone and address), check the file here, then import it. Rows
        with errors and patients already registered are skipped, so importing the same file again creates
        nobody twice.
      </p>
      <form onSubmit={(e) => void check.submit(e)} noValidate>
        <div className="field" data-field="csv">
          <label htmlFor="import-file">CSV file</label>
          <p className="hint" id="import-file-hint">
            UTF-8, commas or semicolons, the column names in the first row; at most 5 MB or 20,000 rows. Dates
            as YYYY-MM-DD or MM/DD/YYYY.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </div>
        <ErrorAlert error={fileError} title="Cannot use this file:" />
        {report && mapping && (
          <ImportMappingForm header={report.header} mapping={mapping} onChange={setMapping} error={error} />
        )}
        <div className="button-row">
          <button
            type="submit"
            disabled={!csv || check.busy}
            className={checked ? 'button-secondary' : undefined}
          >
            {check.busy ? 'Checking…' : report ? 'Check the file again' : 'Check the file'}
          </button>
          {checked && (
            <button type="button" disabled={importAll.busy} onClick={() => void importAll.run()}>
              {importAll.busy
                ? 'Importing…'
                : `Import ${report.counts.created} patient${report.counts.created === 1 ? '' : 's'}`}
            </button>
          )}
        </div>
        {report?.dryRun && !checked && (
          <p className="hint">You changed the columns: check the file again before importing.</p>
        )}
      </form>
      <ErrorAlert error={alertOf(error)} title="Not imported:" />
      <StatusMessage>{status}</StatusMessage>
      {report && <ImportReport report={report} />}
    </>
  );
}
