import { useCallback, useRef, useState } from 'react';
import type { Encounter, NoteText } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { NOTE_LISTS } from '../../api/query';
import { useApiQuery, useInvalidate } from '../../api/use-api';
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
import { useNoteDraft } from './note-draft';
import { NoteSaveProblems, NoteSaveStatus } from './note-status';
import { AssessmentStep, HistoryStep, useTemplateTarget } from './note-steps';
import { StepNav } from './step-nav';
import './encounter.css';

const STATUS_TEXT: Record<Encounter['status'], string> = {
  draft: 'Draft — not signed',
  awaiting_cosign: 'Signed — awaiting co-signature',
  signed: 'Signed and locked',
};

/** The clinician's encounter: patient, intake and flags beside the steps history → exam → treat → assess → sign. */
export function EncounterPage({ encounterId }: { encounterId: string }) {
  const enc = useApiQuery(API.getEncounter, { params: { id: encounterId } });
  const e = enc.data;
  const invalidate = useInvalidate();
  const { setData } = enc;
  const setEncounter = useCallback(
    (next: Encounter) => {
      setData(next);
      if (next.status !== 'draft') invalidate(NOTE_LISTS); // signed, co-signed or amended
    },
    [setData, invalidate],
  );
  usePageTitle(e ? `Encounter: ${e.patientName}` : 'Encounter');

  return (
    <>
      <p>
        <Link to="/clinician">← Back to worklist and appointments</Link>
      </p>
      <h1>Encounter{e ? `: ${e.patientName}` : ''}</h1>
      <LoadState loading={enc.loading && !e} error={enc.error} what="the encounter" />
      {e && <Workspace encounter={e} setEncounter={setEncounter} reload={enc.reload} />}
    </>
  );
}

const STEPS = [
  { target: 'step-history', label: 'History' },
  { target: 'exam-heading', label: 'Exam' },
  { target: 'treatment-heading', label: 'Treat' },
  { target: 'step-assessment', label: 'Assess and plan' },
  { target: 'sign-heading', label: 'Sign' },
] as const;

function Workspace({
  encounter: e,
  setEncounter,
  reload,
}: {
  encounter: Encounter;
  setEncounter: (next: Encounter) => void;
  reload: () => void;
}) {
  const { user } = useSession();
  const [justSigned, setJustSigned] = useState(false);
  const readOnly = e.status !== 'draft';
  const latest = useRef(e);
  latest.current = e;
  const onTextSaved = useCallback(
    (noteText: NoteText) => setEncounter({ ...latest.current, noteText }),
    [setEncounter],
  );
  const draft = useNoteDraft(e, onTextSaved);
  const [separateEm, setSeparateEm] = useState(() => e.noteText.emNote.trim() !== '');
  const templates = useApiQuery(API.listNoteTemplates);
  const templateList = templates.data?.templates ?? [];
  const target = useTemplateTarget();
  const steps = readOnly
    ? STEPS.map((s) => (s.target === 'sign-heading' ? { target: 'note-heading', label: 'Signed note' } : s))
    : STEPS;

  return (
    <div className="encounter">
      <p className="encounter-meta">
        <span>
          {formatDateTime(e.start, e.timeZone)} ({e.timeZone})
        </span>
        <span>Author: {e.authorName}</span>
        <span className={`badge badge-status-${e.status}`}>{STATUS_TEXT[e.status]}</span>
      </p>
      <div className="encounter-workspace">
        <aside className="workspace-context" aria-label="Patient, red flags and intake">
          <PatientHeader patientId={e.patientId} onFactorsChanged={reload} />
          <OmtHoldBanner encounter={e} />
          <RedFlagsPanel
            encounter={e}
            readOnly={readOnly || user.role !== 'physician'}
            onChange={setEncounter}
          />
          <IntakePanel appointmentId={e.appointmentId} />
        </aside>
        <div className="workspace-steps">
          <StepNav steps={steps} status={<NoteSaveStatus draft={draft} timeZone={e.timeZone} />} />
          <NoteSaveProblems draft={draft} />
          <HistoryStep draft={draft} templates={templateList} target={target} />
          <CSpinePanel
            key={e.cSpine?.exam?.recordedAt ?? 'none'}
            encounter={e}
            readOnly={readOnly || user.role !== 'physician'}
            onChange={setEncounter}
          />
          <ExamForm encounter={e} readOnly={readOnly} onSaved={setEncounter} />
          <TreatmentPanel encounter={e} readOnly={readOnly} onChange={setEncounter} />
          <TreatmentReviews
            encounter={e}
            readOnly={readOnly || user.role !== 'physician'}
            onChange={setEncounter}
          />
          <AssessmentStep
            draft={draft}
            templates={templateList}
            target={target}
            separateEm={separateEm}
            onSeparateEm={setSeparateEm}
          />
          {e.coding && <ClaimSummary coding={e.coding} status={e.status} />}
          {e.status === 'draft' ? (
            <SignPanel
              encounter={e}
              separateEm={separateEm}
              noteText={draft.fields}
              noteSaved={draft.status === 'saved'}
              onSigned={(next) => {
                setJustSigned(true);
                setEncounter(next);
              }}
            />
          ) : (
            <SignedNote encounter={e} onChange={setEncounter} focusOnMount={justSigned} />
          )}
        </div>
      </div>
    </div>
  );
}
