import { useMemo, useState } from 'react';
import type { Intake } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { AppointmentTime } from '../../components/appointment-time';
import { LoadState, StatusMessage } from '../../components/messages';
import type { FormWords } from '../../components/questionnaire/form-words';
import { QuestionnaireForm } from '../../components/questionnaire/questionnaire-form';
import { Link } from '../../router';
import { SentIntakeInstructions, UrgentInstructions } from './urgent-instructions';
import { usePortalText, type PortalT } from '../../i18n/use-portal-text';
import { useVisitTypeText } from '../../i18n/use-visit-type-text';

/** The form's own words (yes/no, hints, checks) in the patient's language. */
function formWords(t: PortalT): FormWords {
  return {
    answerEvery: t('formAnswerEvery'),
    yes: t('formYes'),
    no: t('formNo'),
    optional: t('formOptional'),
    numberFromTo: t('formNumberFromTo'),
    oneNeedsAttention: t('formOneNeedsAttention'),
    needAttention: t('formNeedAttention'),
    checkAnswers: t('formCheckAnswers'),
    sending: t('sending'),
    required: t('formRequired'),
    wholeNumber: t('formWholeNumber'),
    number: t('formNumber'),
    atLeast: t('formAtLeast'),
    atMost: t('formAtMost'),
    atMostChars: t('formAtMostChars'),
    otherLanguageNote: t('questionsInEnglish'),
  };
}

/** The pre-visit questionnaire for one appointment. */
export function IntakePage({ appointmentId }: { appointmentId: string }) {
  const { t, lang } = usePortalText();
  const visitText = useVisitTypeText();
  usePageTitle(t('intakeTitle'));
  const words = useMemo(() => formWords(t), [t]);
  const data = useApi(
    async (signal) => {
      const [appointment, questionnaire] = await Promise.all([
        call(API.getAppointment, { params: { id: appointmentId }, signal }),
        call(API.intakeQuestionnaire, { params: { id: appointmentId }, query: { lang }, signal }),
      ]);
      return { appointment, questionnaire };
    },
    [appointmentId, lang],
  );
  const [done, setDone] = useState<Intake | null>(null);
  const a = data.data?.appointment;
  return (
    <>
      <h1>{t('intakeTitle')}</h1>
      <LoadState loading={data.loading} error={data.error} what={t('theQuestionnaire')} />
      {a && (
        <p>
          {t('intakeFor', {
            patient: a.patientName,
            visitType: visitText.ofVisit(a),
            provider: a.providerName,
          })}{' '}
          <AppointmentTime start={a.start} timeZone={a.timeZone} locationName={a.locationName} />
        </p>
      )}
      {done ? (
        <>
          <StatusMessage>{t('thanksSent')}</StatusMessage>
          {done.urgentFlags.length > 0 ? (
            <UrgentInstructions flags={done.urgentFlags} />
          ) : (
            done.redFlags.length > 0 && (
              <div className="alert alert-urgent" role="alert">
                <strong>{t('needsAttention')}</strong> {t('reviewBefore')}
              </div>
            )
          )}
          <p>
            <Link to="/portal">{t('backToAppointments')}</Link>
          </p>
        </>
      ) : a && a.intakeSubmitted ? (
        <>
          <p>
            {t('alreadySent')} <Link to="/portal">{t('backToAppointments')}</Link>
          </p>
          <SentIntakeInstructions appointmentId={appointmentId} />
        </>
      ) : (
        data.data && (
          <>
            {/* The clinic's questions come in the patient's language; PHQ and PEG keep their validated English (lang="en", with a note). */}
            <div lang={data.data.questionnaire.language ?? 'en'}>
              <QuestionnaireForm
                questionnaire={data.data.questionnaire}
                words={words}
                submitLabel={t('submitIntake')}
                onSubmit={async (questionnaireResponse) =>
                  setDone(
                    await call(API.submitIntake, {
                      params: { id: appointmentId },
                      body: { questionnaireResponse },
                    }),
                  )
                }
              />
            </div>
          </>
        )
      )}
    </>
  );
}
