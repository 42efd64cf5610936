import { useCallback } from 'react';
import { usePortalText } from '../../../i18n/use-portal-text';

/**
 * The texts of connecting third-party apps (the consent page and "Connected apps"), in English and Spanish (usted),
 * and what each FHIR resource type holds, in the reader's words.
 */
const en = {
  consentTitle: 'Connect an app',
  consentHeading: 'Connect {app} to your record?',
  consentIntro: '{app} is an app outside the clinic. It asks to see part of your record.',
  consentMayRead: 'If you allow it, it may read:',
  consentMayChange: 'It may also add to or change:',
  consentReadOnly: 'It may only read. It cannot change anything in your record.',
  consentOffline: 'It may keep reading until you disconnect it, also when you are not using it.',
  consentOnline: 'Its access ends after an hour unless you allow it again.',
  consentIdentityLogin: 'It will also be told that it is you who allowed it, so it can sign you in.',
  consentIdentityRecord:
    'It will also be told that it is you who allowed it, and which record in the clinic is yours, so it can sign you in.',
  consentWhose: 'Whose record may it read?',
  consentFor: 'It will read the record of {name}.',
  consentGoesTo: 'Your answer goes back to {origin}.',
  consentRevokeLater: 'You can disconnect it at any time under My record, Connected apps.',
  consentAllow: 'Allow',
  consentDeny: 'Deny',
  consentSending: 'Sending your answer…',
  consentNotSent: 'Your answer was not sent:',
  consentRequestWhat: "the app's request",
  connectedHeading: 'Connected apps',
  connectedIntro: 'Apps you allowed to read your record. Disconnecting one stops its access at once.',
  connectedNone: 'No apps are connected.',
  connectedWhat: 'your connected apps',
  connectedFor: 'Reads the record of {name}, connected {date}.',
  connectedReads: 'May read: {list}.',
  connectedChanges: 'May change: {list}.',
  disconnect: 'Disconnect {app}',
  disconnecting: 'Disconnecting…',
  disconnected: '{app} is disconnected.',
  notDisconnected: 'The app was not disconnected:',
  Patient: 'your personal details (name, birth date, contact)',
  Appointment: 'your appointments',
  Encounter: 'your visits',
  Condition: 'your conditions and health concerns',
  Procedure: 'your treatments',
  Observation: 'your scores (such as pain and mood) and test results sent by other clinics',
  AllergyIntolerance: 'your allergies',
  MedicationStatement: 'your medications',
  CarePlan: 'your plans of care',
  Goal: 'your care goals',
  Consent: 'your signed consent forms',
  DocumentReference: 'your documents',
  QuestionnaireResponse: "your own answers to the clinic's forms, question by question",
  Questionnaire: "the clinic's questionnaires",
  RelatedPerson: 'the people linked to your record',
  AuditEvent: 'the log of who looked at your record',
  Practitioner: "the clinic's providers",
  PractitionerRole: "the clinic's providers",
  Organization: "the clinic's details",
  Location: "the clinic's locations",
  Schedule: "the clinic's schedules",
  Slot: "the clinic's free times",
  otherType: 'other records ({type})',
};

const es: Record<keyof typeof en, string> = {
  consentTitle: 'Conectar una aplicación',
  consentHeading: '¿Conectar {app} con su expediente?',
  consentIntro: '{app} es una aplicación ajena a la clínica. Pide ver parte de su expediente.',
  consentMayRead: 'Si lo permite, podrá leer:',
  consentMayChange: 'También podrá añadir o cambiar:',
  consentReadOnly: 'Solo podrá leer. No podrá cambiar nada de su expediente.',
  consentOffline: 'Podrá seguir leyendo hasta que usted la desconecte, también cuando usted no la use.',
  consentOnline: 'Su acceso termina al cabo de una hora, salvo que usted lo permita de nuevo.',
  consentIdentityLogin: 'También sabrá que fue usted quien lo permitió, para poder iniciar su sesión.',
  consentIdentityRecord:
    'También sabrá que fue usted quien lo permitió y cuál es su expediente en la clínica, para poder iniciar su sesión.',
  consentWhose: '¿Qué expediente podrá leer?',
  consentFor: 'Leerá el expediente de {name}.',
  consentGoesTo: 'Su respuesta vuelve a {origin}.',
  consentRevokeLater: 'Puede desconectarla cuando quiera en Mi expediente, Aplicaciones conectadas.',
  consentAllow: 'Permitir',
  consentDeny: 'No permitir',
  consentSending: 'Enviando su respuesta…',
  consentNotSent: 'No se envió su respuesta:',
  consentRequestWhat: 'la solicitud de la aplicación',
  connectedHeading: 'Aplicaciones conectadas',
  connectedIntro:
    'Aplicaciones a las que permitió leer su expediente. Al desconectar una, su acceso termina en el acto.',
  connectedNone: 'No hay aplicaciones conectadas.',
  connectedWhat: 'sus aplicaciones conectadas',
  connectedFor: 'Lee el expediente de {name}, conectada el {date}.',
  connectedReads: 'Puede leer: {list}.',
  connectedChanges: 'Puede cambiar: {list}.',
  disconnect: 'Desconectar {app}',
  disconnecting: 'Desconectando…',
  disconnected: '{app} quedó desconectada.',
  notDisconnected: 'No se desconectó la aplicación:',
  Patient: 'sus datos personales (nombre, fecha de nacimiento, contacto)',
  Appointment: 'sus citas',
  Encounter: 'sus consultas',
  Condition: 'sus afecciones y problemas de salud',
  Procedure: 'sus tratamientos',
  Observation:
    'sus puntuaciones (como dolor y estado de ánimo) y resultados de pruebas enviados por otras clínicas',
  AllergyIntolerance: 'sus alergias',
  MedicationStatement: 'sus medicamentos',
  CarePlan: 'sus planes de atención',
  Goal: 'sus metas de atención',
  Consent: 'sus consentimientos firmados',
  DocumentReference: 'sus documentos',
  QuestionnaireResponse: 'sus propias respuestas a los formularios de la clínica, pregunta por pregunta',
  Questionnaire: 'los cuestionarios de la clínica',
  RelatedPerson: 'las personas vinculadas a su expediente',
  AuditEvent: 'el registro de quién consultó su expediente',
  Practitioner: 'los profesionales de la clínica',
  PractitionerRole: 'los profesionales de la clínica',
  Organization: 'los datos de la clínica',
  Location: 'las sedes de la clínica',
  Schedule: 'las agendas de la clínica',
  Slot: 'los horarios libres de la clínica',
  otherType: 'otros registros ({type})',
};

export type ConnectTextKey = keyof typeof en;
export const CONNECT_TEXT = { en, es };

/** The connect texts in the reader's language, `{name}` placeholders filled. */
export function useConnectText() {
  const { lang, locale } = usePortalText();
  const t = useCallback(
    (key: ConnectTextKey, values: Record<string, string> = {}) =>
      CONNECT_TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole),
    [lang],
  );
  /** What a FHIR type holds, each phrase once (two types may read alike). */
  const typeWords = useCallback(
    (types: readonly string[]) => [
      ...new Set(types.map((type) => (type in en ? t(type as ConnectTextKey) : t('otherType', { type })))),
    ],
    [t],
  );
  return { t, typeWords, locale };
}
