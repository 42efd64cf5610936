import { useId, useState } from 'react';
import type { LicensedQuestionnaireList } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { formatStamp } from '../../time';

type Measure = LicensedQuestionnaireList['measures'][number];

const MAX_BYTES = 2 * 1024 * 1024;

/** One licensed measure: the version in use and a file input to upload (or replace) the clinic's item text. */
function MeasureUpload({ measure, onUploaded }: { measure: Measure; onUploaded: (message: string) => void }) {
  const id = useId();
  const [file, setFile] = useState<{ name: string; json: unknown } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useSubmit(async () => {
    if (!file) return;
    const stored = await call(API.uploadLicensedQuestionnaire, {
      params: { measure: measure.measure },
      body: { questionnaire: file.json, replacesVersion: measure.current?.version ?? 0 },
    });
    setFile(null);
    onUploaded(`${measure.name}: version ${stored.version} (${stored.title}) is now in use.`);
  });
  const choose = async (chosen: File | undefined) => {
    setFile(null);
    setFileError(null);
    upload.setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setFileError(`${chosen.name} is larger than 2 MB; a Questionnaire is much smaller. Check the file.`);
      return;
    }
    try {
      setFile({ name: chosen.name, json: JSON.parse(await chosen.text()) as unknown });
    } catch {
      setFileError(`${chosen.name} is not JSON: export the Questionnaire as a FHIR JSON file.`);
    }
  };
  const current = measure.current;
  const scores = measure.optionScores.join(', ');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{measure.name}</h2>
      <p>
        {current
          ? `In use: version ${current.version}, “${current.title}”, ${current.itemCount} items, uploaded by ${current.uploadedBy} on ${formatStamp(current.uploadedAt)}.`
          : 'Not uploaded yet: patients cannot be asked this measure until the clinic loads its licensed text.'}
      </p>
      <form onSubmit={(e) => void upload.submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>
            {current ? 'Replace with a new version' : 'Upload'}: FHIR Questionnaire (JSON)
          </label>
          <p className="hint" id={`${id}-hint`}>
            {measure.itemCount} scored items (type choice), each with {measure.optionScores.length} answer
            options scored {scores} in that order (the ordinalValue extension or a whole-number value).
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json,application/fhir+json"
            aria-describedby={`${id}-hint`}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </div>
        <ErrorAlert error={fileError ?? upload.error} title="Not uploaded:" />
        <button type="submit" disabled={!file || upload.busy}>
          {upload.busy ? 'Uploading…' : `Upload ${measure.name}`}
        </button>
      </form>
    </section>
  );
}

/** Admin: the clinic's licensed item text of ODI, NDI and HIT-6, uploaded as FHIR Questionnaires. */
export function LicensedQuestionnairesPage() {
  usePageTitle('Licensed questionnaires');
  const loaded = useApiQuery(API.listLicensedQuestionnaires);
  const [status, setStatus] = useState('');
  if (!loaded.data)
    return <LoadState loading={loaded.loading} error={loaded.error} what="the questionnaires" />;
  return (
    <>
      <h1>Licensed questionnaires</h1>
      <p>
        The Oswestry Disability Index, the Neck Disability Index and HIT-6 are licensed: the clinic scores
        them, and loads the item text it holds a licence for as a FHIR R4 Questionnaire. Each upload is
        checked and becomes a new version; answers keep the version they were given on.
      </p>
      <StatusMessage>{status}</StatusMessage>
      {loaded.data.measures.map((m) => (
        <MeasureUpload
          key={m.measure}
          measure={m}
          onUploaded={(message) => {
            setStatus(message);
            loaded.reload();
          }}
        />
      ))}
    </>
  );
}
