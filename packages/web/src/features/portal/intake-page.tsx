import { useState } from 'react';
import { API, type Intake } from '@omt/contracts';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { AppointmentTime } from '../../components/appointment-time';
import { LoadState, StatusMessage } from '../../components/messages';
import { QuestionnaireForm } from '../../components/questionnaire/questionnaire-form';
import { Link } from '../../router';
import { SentIntakeInstructions, UrgentInstructions } from './urgent-instructions';

/** The pre-visit questionnaire for one appointment. */
export function IntakePage({ appointmentId }: { appointmentId: string }) {
  usePageTitle('Intake questionnaire');
  const data = useApi(
    async (signal) => {
      const [appointment, questionnaire] = await Promise.all([
        call(API.getAppointment, { params: { id: appointmentId }, signal }),
        call(API.intakeQuestionnaire, { params: { id: appointmentId }, signal }),
      ]);
      return { appointment, questionnaire };
    },
    [appointmentId],
  );
  const [done, setDone] = useState<Intake | null>(null);
  const a = data.data?.appointment;
  return (
    <>
      <h1>Intake questionnaire</h1>
      <LoadState loading={data.loading} error={data.error} what="the questionnaire" />
      {a && (
        <p>
          For <strong>{a.patientName}</strong>: {a.visitTypeName} with {a.providerName},{' '}
          <AppointmentTime start={a.start} timeZone={a.timeZone} locationName={a.locationName} />
        </p>
      )}
      {done ? (
        <>
          <StatusMessage>Thank you — your answers were sent to the clinic.</StatusMessage>
          {done.urgentFlags.length > 0 ? (
            <UrgentInstructions flags={done.urgentFlags} />
          ) : (
            done.redFlags.length > 0 && (
              <div className="alert alert-urgent" role="alert">
                <strong>Some of your answers need attention.</strong> The clinic will review them before your
                visit. If you feel very unwell, call 911 or go to the nearest emergency department.
              </div>
            )
          )}
          <p>
            <Link to="/portal">Back to my appointments</Link>
          </p>
        </>
      ) : a && a.intakeSubmitted ? (
        <>
          <p>
            The intake for this visit was already sent. <Link to="/portal">Back to my appointments</Link>
          </p>
          <SentIntakeInstructions appointmentId={appointmentId} />
        </>
      ) : (
        data.data && (
          <QuestionnaireForm
            questionnaire={data.data.questionnaire}
            submitLabel="Submit intake"
            onSubmit={async (questionnaireResponse) =>
              setDone(
                await call(API.submitIntake, {
                  params: { id: appointmentId },
                  body: { questionnaireResponse },
                }),
              )
            }
          />
        )
      )}
    </>
  );
}
