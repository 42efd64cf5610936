import type { PortalLang } from './portal-messages';

/**
 * The server refuses with a stable `code`, the `field` it refused and, where one field has several rules, the
 * `details.rule`; its `message` is English. A Spanish reader gets the refusal from these tables instead, so no
 * English sentence appears on a Spanish page: by code, then by field and rule, then by field, then a plain
 * sentence for the HTTP status.
 */
export interface Refusal {
  status: number;
  code: string;
  field?: string | undefined;
  message: string;
  details?: unknown;
}

/** Refusals by code, in Spanish (usted). */
export const REFUSALS_ES: Record<string, string> = {
  unauthorized: 'Inicie sesión primero.',
  invalid_credentials: 'El correo electrónico o la contraseña no son correctos.',
  rate_limited: 'Demasiados intentos seguidos. Espere un momento y vuelva a intentarlo.',
  forbidden: 'Su cuenta no puede hacer esto.',
  care_plan_not_discharged: 'El resumen de alta existe cuando el plan de atención ha terminado.',
  audit_unavailable:
    'No pudimos registrar esta acción, así que no se guardó nada. Vuelva a intentarlo más tarde.',
  not_found: 'No encontramos lo que busca; puede que ya no exista.',
  export_not_ready: 'Su archivo todavía se está preparando. Espere un momento.',
  export_failed: 'No se pudo preparar el archivo. Pídalo de nuevo.',
  method_not_allowed: 'Esta acción no está disponible aquí.',
  unsupported_media_type: 'Envíe los datos en formato JSON.',
  email_not_verified:
    'Primero confirme su correo electrónico: abra el enlace que le enviamos (o pida uno nuevo) y luego reserve.',
  verification_token_invalid: 'Este enlace de confirmación no es válido.',
  verification_token_used: 'Este enlace de confirmación ya se usó. Puede iniciar sesión.',
  verification_token_expired: 'Este enlace de confirmación caducó. Pida uno nuevo.',
  reset_token_invalid: 'Este enlace para cambiar la contraseña no es válido. Pida uno nuevo.',
  reset_token_used: 'Este enlace para cambiar la contraseña ya se usó. Pida uno nuevo si lo necesita.',
  reset_token_expired: 'Este enlace para cambiar la contraseña caducó (dura 1 hora). Pida uno nuevo.',
  current_password_wrong: 'La contraseña actual no es correcta.',
  mfa_expired: 'El inicio de sesión caducó. Vuelva a escribir su correo y contraseña.',
  slot_taken: 'Alguien acaba de reservar esta hora. Elija otra.',
  slot_unavailable: 'Esta hora ya no está disponible. Elija otra.',
  no_room: 'La camilla de tratamiento de esta hora acaba de ocuparse. Elija otra hora.',
  patient_busy: 'Ya tiene una cita a esta hora.',
  beyond_horizon: 'Todavía no se puede reservar tan adelante. Elija una fecha más próxima.',
  not_online_bookable: 'Este tipo de visita no se reserva en línea. Llame a la clínica.',
  visit_type_not_eligible: 'Este tipo de visita no corresponde a este paciente. Elija otro.',
  consultation_required:
    'Primero hace falta una consulta inicial. Reserve una consulta; las visitas de seguimiento vienen después.',
  provider_not_qualified: 'Este profesional no realiza este tipo de visita. Elija otro.',
  location_retired: 'Este centro ya no recibe citas. Elija otro.',
  patient_inactive: 'Este registro de paciente no está activo. Llame a la clínica.',
  no_patient_record: 'Su cuenta aún no tiene un registro de paciente. Llame a la clínica.',
  invalid_status: 'Esta cita cambió mientras tanto (por ejemplo, ya se canceló). Vuelva a cargar la página.',
  too_early: 'Todavía no se puede hacer esto con esta cita.',
  no_offer: 'Esta oferta ya no está disponible.',
  offer_expired: 'La reserva de esta hora caducó.',
  series_conflicts: 'No se reservó nada: algunas de las fechas ya no están libres.',
  intake_exists: 'El cuestionario de esta cita ya se envió.',
  encounter_signed: 'La nota de la visita ya está firmada; el cuestionario ya no se puede cambiar.',
  encounter_not_signed: 'Esta visita aún no está cerrada. Podrá responder después.',
  idempotency_in_progress: 'Su solicitud anterior aún se está procesando. Espere un momento.',
  idempotency_key_reused: 'Esta solicitud ya se envió con otros datos. Vuelva a cargar la página.',
  totp_enrolment_required: 'Active primero la verificación en dos pasos.',
  not_ready:
    'El sistema de la clínica no está disponible en este momento. Vuelva a intentarlo en unos minutos.',
  consent_form_changed:
    'El formulario de consentimiento acaba de cambiar. Lea la nueva versión y firme de nuevo.',
  measure_not_due: 'Este cuestionario no corresponde ahora: puede que ya esté respondido.',
  measure_not_online: 'Este cuestionario se responde con su médico en la visita.',
  measure_already_answered: 'Este cuestionario ya se respondió para esta visita.',
  measure_questions_changed:
    'La clínica actualizó las preguntas de este cuestionario después de abrirlo: recargue la página para responderlas.',
  already_answered: 'Esta solicitud ya se respondió. Vuelva a la aplicación para continuar.',
  insufficient_scope: 'La aplicación no tiene permiso para hacer esto con sus datos.',
};

/**
 * Refusals only staff can meet (clinical safety, setup, imports, staff two-factor): staff read English, so these need
 * no Spanish. A unit test checks that every code the server can send is here or in REFUSALS_ES.
 */
export const STAFF_ONLY_CODES: readonly string[] = [
  'job_not_failed',
  'omt_on_hold',
  'caution_reason_required',
  'consent_required',
  'no_neck_trauma',
  'technique_blocked',
  'technique_not_applicable',
  'treatment_not_under_review',
  'stale_factors',
  'stale_patient',
  'stale_clinic_profile',
  'questionnaire_invalid',
  'stale_licensed_questionnaire',
  'supervises_residents',
  'last_admin',
  'email_taken',
  'not_invited',
  'possible_duplicate',
  'no_duplicate_review',
  'too_many_rows',
  'file_too_large',
  'totp_not_set_up',
  'totp_not_enabled',
  'totp_already_enabled',
  'no_previous_exam',
  'note_signed',
  'stale_note',
  'em_code_missing',
  'document_too_large',
  'unsupported_document_type',
  'document_already_removed',
  'stale_chart_entry',
  'stale_care_plan',
  'care_plan_discharged',
  'care_plan_awaiting_cosign',
  'care_plan_fully_booked',
  'already_cosigned',
  'stale_allergy_status',
  'allergies_recorded',
  'shortcut_taken',
  'already_acknowledged',
  'not_acceptable',
  'client_id_taken',
  'identifier_in_use',
  'precondition_failed',
  // Two imports replacing one result from another system at once: only the admin's import meets it.
  'result_changed',
];

/** A refused field by `field.rule`, when the field has several rules. */
export const RULES_ES: Record<string, string> = {
  'password.too_short': 'La contraseña debe tener al menos 12 caracteres.',
  'patientId.required': 'Elija de quién son los datos que la aplicación puede leer.',
  'patientId.not_allowed':
    'Una cuenta del personal permite la aplicación en su propio nombre, no para un solo paciente.',
  'typedName.name_mismatch': 'Escriba el nombre completo tal como lo tiene la clínica.',
  'password.too_long': 'La contraseña debe tener como máximo 256 caracteres.',
  'password.too_common': 'Esta contraseña es demasiado común. Elija una más difícil de adivinar.',
  'password.key_run':
    'Esta contraseña es una serie de teclas o caracteres. Elija una más difícil de adivinar.',
  'password.too_repetitive':
    'Esta contraseña repite muy pocos caracteres. Elija una más difícil de adivinar.',
  'password.contains_name': 'La contraseña no debe contener su correo electrónico ni su nombre.',
  'birthDate.in_future': 'La fecha de nacimiento no puede ser futura.',
  'birthDate.too_early': 'La fecha de nacimiento debe ser de 1900 o posterior.',
  'birthDate.adults_only':
    'Debe tener 18 años o más para crear una cuenta. Un padre o una madre crea la suya y luego agrega al niño.',
  'birthDate.minors_only': 'Aquí solo se agregan menores de 18 años. Un adulto crea su propia cuenta.',
};

/** A refused field whatever the rule (the contract's checks: required, format, length). */
const FIELDS_ES: Record<string, string> = {
  email: 'Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.com.',
  password: 'Escriba una contraseña de al menos 12 caracteres.',
  currentPassword: 'Escriba su contraseña actual.',
  givenName: 'Escriba el nombre.',
  familyName: 'Escriba los apellidos.',
  birthDate: 'Escriba una fecha de nacimiento válida.',
  sex: 'Elija una opción.',
  phone: 'Escriba un número de teléfono válido, por ejemplo (216) 555-0100.',
  preferredLanguage: 'Elija un idioma.',
  token: 'Este enlace no es válido. Pida uno nuevo.',
  code: 'Escriba el código de 6 cifras de su aplicación.',
  recoveryCode: 'Escriba uno de sus códigos de recuperación.',
  reason: 'Escriba el motivo.',
  start: 'Elija una hora disponible.',
  notBefore: 'Revise la fecha de inicio.',
  notAfter:
    'Revise la fecha final: debe ser posterior a la de inicio, futura y a no más de 62 días de la de inicio.',
  visitType: 'Elija un tipo de visita.',
  locationId: 'Elija un centro.',
  providerId: 'Elija un profesional.',
  answers: 'Responda cada pregunta eligiendo uno de los números.',
};

/** A plain sentence by HTTP status, for anything not in the tables. */
function byStatus(status: number): string {
  if (status === 401) return REFUSALS_ES.unauthorized ?? '';
  if (status === 403) return REFUSALS_ES.forbidden ?? '';
  if (status === 404) return REFUSALS_ES.not_found ?? '';
  if (status === 409 || status === 410) return 'Esto cambió mientras tanto. Vuelva a cargar la página.';
  if (status === 413) return 'El archivo es demasiado grande.';
  if (status === 429) return REFUSALS_ES.rate_limited ?? '';
  if (status >= 500) return 'El servidor tuvo un problema. Vuelva a intentarlo.';
  return 'Revise los datos marcados y vuelva a intentarlo.';
}

/** Fields the tables know under another name. */
const SAME_AS: Record<string, string> = { newPassword: 'password' };

/** The last named part of a field path (`guardians.0.email` → `email`), under the name the tables use. */
function fieldName(field: string): string {
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
  const name = parts[parts.length - 1] ?? field;
  return SAME_AS[name] ?? name;
}

function ruleOf(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null || !('rule' in details)) return undefined;
  const rule = details.rule;
  return typeof rule === 'string' ? rule : undefined;
}

/** What a refusal says to its reader: the server's English message, or its Spanish counterpart. */
export function refusalText(lang: PortalLang, refusal: Refusal): string {
  if (lang === 'en') return refusal.message;
  if (refusal.code !== 'validation_failed') {
    const byCode = REFUSALS_ES[refusal.code];
    if (byCode) return byCode;
  }
  if (refusal.field) {
    const name = fieldName(refusal.field);
    const rule = ruleOf(refusal.details);
    const text = (rule && RULES_ES[`${name}.${rule}`]) ?? FIELDS_ES[name];
    if (text) return text;
    if (refusal.code === 'validation_failed') return 'Revise esta respuesta: no es válida.';
  }
  return byStatus(refusal.status);
}

/** Anything thrown that is no refusal (the network failed, a bug): its own message in English, a plain one in Spanish. */
export function unexpectedText(lang: PortalLang, error: unknown): string {
  if (lang === 'es') return 'No se pudo conectar con la clínica. Revise su conexión y vuelva a intentarlo.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}
