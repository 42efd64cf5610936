import { useState } from 'react';
import { API, type Encounter } from '@omt/contracts';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { LoadState } from '../../components/messages';
import { Link } from '../../router';
import { useSession } from '../../session';
import { formatDateTime } from '../../time';
import { CSpinePanel } from './c-spine-panel';
import { ClaimSummary } from './coding-summary';
import { ExamForm } from './exam-form';
import { IntakePanel } from './intake-panel';
import { OmtHoldBanner } from './omt-hold-banner';
import { PatientHeader } from './patient-header';
import { RedFlagsPanel } from './red-flags-panel';
import { SignPanel } from './sign-panel';
import { SignedNote } from './signed-note';
import { TreatmentPanel } from './treatment-panel';
import { TreatmentReviews } from './treatment-reviews';
import './encounter.css';

const STATUS_TEXT: Record<Encounter['status'], string> = {
  draft: 'Draft — not signed',
  awaiting_cosign: 'Signed — awaiting co-signature',
  signed: 'Signed and locked',
};

/** The clinician's encounter: patient, intake, red flags, exam, treatment, claim, sign. */
export function EncounterPage({ encounterId }: { encounterId: string }) {
  const { user } = useSession();
  const enc = useApi(
    (signal) => call(API.getEncounter, { params: { id: encounterId }, signal }),
    [encounterId],
  );
  const e = enc.data;
  usePageTitle(e ? `Encounter: ${e.patientName}` : 'Encounter');
  const [justSigned, setJustSigned] = useState(false);
  const update = (next: Encounter) => enc.setData(next);
  const readOnly = !e || e.status !== 'draft';

  return (
    <>
      <p>
        <Link to="/clinician">← Back to worklist and appointments</Link>
      </p>
      <h1>Encounter{e ? `: ${e.patientName}` : ''}</h1>
      <LoadState loading={enc.loading && !e} error={enc.error} what="the encounter" />
      {e && (
        <div className="encounter">
          <p className="encounter-meta">
            <span>
              {formatDateTime(e.start, e.timeZone)} ({e.timeZone})
            </span>
            <span>Author: {e.authorName}</span>
            <span className={`badge badge-status-${e.status}`}>{STATUS_TEXT[e.status]}</span>
          </p>
          <PatientHeader patientId={e.patientId} onFactorsChanged={() => enc.reload()} />
          <OmtHoldBanner encounter={e} />
          <RedFlagsPanel encounter={e} readOnly={readOnly || user.role !== 'physician'} onChange={update} />
          <IntakePanel appointmentId={e.appointmentId} />
          <CSpinePanel
            key={e.cSpine?.exam?.recordedAt ?? 'none'}
            encounter={e}
            readOnly={readOnly || user.role !== 'physician'}
            onChange={update}
          />
          <ExamForm encounter={e} readOnly={readOnly} onSaved={update} />
          <TreatmentPanel encounter={e} readOnly={readOnly} onChange={update} />
          <TreatmentReviews
            encounter={e}
            readOnly={readOnly || user.role !== 'physician'}
            onChange={update}
          />
          {e.coding && <ClaimSummary coding={e.coding} status={e.status} />}
          {e.status === 'draft' ? (
            <SignPanel
              encounter={e}
              onSigned={(next) => {
                setJustSigned(true);
                update(next);
              }}
            />
          ) : (
            <SignedNote encounter={e} onChange={update} focusOnMount={justSigned} />
          )}
        </div>
      )}
    </>
  );
}
