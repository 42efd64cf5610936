import { useState, type FormEvent } from 'react';
import type { Patient } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, FieldError, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { Link } from '../../router';
import { DuplicateReviewNote } from './duplicate-review-note';
import { PatientConsent } from './patient-consent';
import { PatientDocuments } from './patient-documents';
import { DeskMeasures } from './desk-measures';
import { useSession } from '../../session';
import { formProblem, RegistrationFields } from './registration-fields';
import { draftOf, registrationBody, type RegistrationDraft } from './registration-form-state';
import { useSubmit } from '../../components/use-submit';

const LANGUAGE = { en: 'English', es: 'Spanish' } as const;
const SEX = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not stated' } as const;
const RELATIONSHIP = { parent: 'parent', legal_guardian: 'legal guardian', other: 'other' } as const;

function Row({ term, children }: { term: string; children: string | null | undefined }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children || '—'}</dd>
    </div>
  );
}

function Details({ p }: { p: Patient }) {
  return (
    <dl className="facts">
      <Row term="Date of birth">{`${p.birthDate} (${p.ageLabel})`}</Row>
      <Row term="Sex">{SEX[p.sex]}</Row>
      <Row term="Preferred language">{LANGUAGE[p.preferredLanguage]}</Row>
      <Row term="Phone">{p.phone}</Row>
      <Row term="Email">{p.email}</Row>
      <Row term="Address">
        {p.address &&
          `${p.address.lines.join(', ')}, ${p.address.city}, ${p.address.state} ${p.address.postalCode}`}
      </Row>
      <Row term="Emergency contact">
        {p.emergencyContact &&
          `${p.emergencyContact.name} (${p.emergencyContact.relationship}), ${p.emergencyContact.phone}`}
      </Row>
      <Row term="Insurance">
        {p.insurance &&
          `${p.insurance.payer}, member ${p.insurance.memberId}${p.insurance.groupId ? `, group ${p.insurance.groupId}` : ''}`}
      </Row>
      <Row term="Guardians">
        {p.guardians
          .map(
            (g) =>
              `${g.name} (${RELATIONSHIP[g.relationship]})${g.phone ? `, ${g.phone}` : ''}${g.portalAccount ? ', portal account linked' : ''}`,
          )
          .join('; ')}
      </Row>
    </dl>
  );
}

function EditForm({ patient, onSaved }: { patient: Patient; onSaved: (p: Patient) => void }) {
  const [draft, setDraft] = useState<RegistrationDraft>(() => draftOf(patient));
  const { error, busy, submit } = useSubmit(async () =>
    onSaved(
      await call(API.updatePatient, {
        params: { id: patient.id },
        body: { ...registrationBody(draft), version: patient.version },
      }),
    ),
  );
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit registration</h2>
      <ErrorAlert error={formProblem(error)} title="Not saved:" />
      <RegistrationFields draft={draft} onChange={setDraft} error={error} />
      <button type="submit" disabled={busy}>
        Save changes
      </button>
    </form>
  );
}

function DeactivateForm({ patient, onDone }: { patient: Patient; onDone: (p: Patient) => void }) {
  const fieldMessage = useFieldMessage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onDone(await call(API.deactivatePatient, { params: { id: patient.id }, body: { reason } }));
    } catch (err) {
      setError(err);
    }
  };
  const message = fieldMessage(error, 'reason');
  return (
    <form className="card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="deactivate-heading">
      <h2 id="deactivate-heading">Deactivate</h2>
      <p className="hint">The record and its history stay; no new visit can be booked.</p>
      {!message && <ErrorAlert error={error} title="Not deactivated:" />}
      <div className="field">
        <label htmlFor="deactivate-reason">Reason</label>
        <input
          id="deactivate-reason"
          value={reason}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'deactivate-reason-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <FieldError id="deactivate-reason-error" message={message} />
      </div>
      <button type="submit" className="button-secondary">
        Deactivate patient
      </button>
    </form>
  );
}

/** One patient's registration for the staff: the details, and for the desk an edit form and deactivation. */
export function PatientPage({ patientId }: { patientId: string }) {
  const { user } = useSession();
  const loaded = useApiQuery(API.getPatient, { params: { id: patientId } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const patient = loaded.data;
  usePageTitle(patient ? patient.name : 'Patient');
  const mayEdit = user.role === 'front_desk' || user.role === 'admin';
  if (!patient) return <LoadState loading={loaded.loading} error={loaded.error} what="the patient" />;
  const update = (p: Patient, text: string) => {
    loaded.setData(p);
    setEditing(false);
    setSaved(text);
  };
  return (
    <>
      <h1>{patient.name}</h1>
      {user.role !== 'admin' && (
        <p>
          <Link to={`/patients/${patient.id}/chart`}>Open the chart</Link>
        </p>
      )}
      {!patient.active && (
        <p className="alert alert-error">
          Deactivated on {patient.deactivatedAt?.slice(0, 10)}: {patient.deactivationReason}
        </p>
      )}
      {patient.duplicateReview && (
        <DuplicateReviewNote
          patient={{ ...patient, duplicateReview: patient.duplicateReview }}
          mayResolve={mayEdit}
          onResolved={(p) => update(p, 'Duplicate review done.')}
        />
      )}
      <StatusMessage>{saved}</StatusMessage>
      <section className="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">Registration</h2>
        {editing ? (
          <EditForm key={patient.version} patient={patient} onSaved={(p) => update(p, 'Changes saved.')} />
        ) : (
          <>
            <Details p={patient} />
            {mayEdit && (
              <p>
                <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                  Edit registration
                </button>
                {patient.active && user.role === 'front_desk' && (
                  <>
                    {' '}
                    <Link to="/desk/book">Book a visit</Link>
                  </>
                )}
              </p>
            )}
          </>
        )}
      </section>
      {user.role !== 'admin' && (
        <>
          <PatientConsent patientId={patient.id} />
          {user.role === 'front_desk' && patient.active && <DeskMeasures patientId={patient.id} />}
          <PatientDocuments patientId={patient.id} />
        </>
      )}
      {mayEdit && patient.active && !editing && (
        <DeactivateForm patient={patient} onDone={(p) => update(p, 'Patient deactivated.')} />
      )}
    </>
  );
}
