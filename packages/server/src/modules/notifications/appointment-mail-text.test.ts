import { describe, expect, it } from 'vitest';
import { appointmentMailText, type AppointmentMailKind } from './appointment-mail-text';

const FACTS = {
  visitType: 'OMT follow-up',
  patient: 'Maria Lopez',
  clinic: 'OMT Clinic',
  location: 'Phoenix',
  provider: 'Dr. Andrea Still',
  start: '2026-11-03T16:30:00Z',
  timeZone: 'America/Phoenix',
  holdMinutes: 30,
  portalUrl: 'https://clinic.example/portal',
};

describe('appointment mail texts', () => {
  it.each<[AppointmentMailKind, string, string]>([
    ['confirmation', 'Su cita está confirmada', 'Por favor, complete el cuestionario de admisión'],
    ['reminder', 'Recordatorio de su cita', 'Por favor, complete el cuestionario de admisión'],
    ['cancellation', 'Su cita ha sido cancelada', 'Esta cita ha sido cancelada.'],
    ['offer', 'Hay un horario disponible para usted', 'le reservamos este horario durante 30 minutos'],
  ])('writes the %s in Spanish, with the time in the location zone', (kind, subject, action) => {
    const mail = appointmentMailText('es', kind, FACTS);
    expect(mail.subject.replace(/\s/g, ' ')).toBe(
      `${subject}: martes, 3 de noviembre de 2026, a las 9:30 a.m., hora de Phoenix (America/Phoenix, UTC-07:00)`,
    );
    expect(mail.text).toContain(action);
    expect(mail.text).toContain('Dónde: OMT Clinic Phoenix');
    expect(mail.summary).toBe('Cita: OMT follow-up — OMT Clinic Phoenix');
  });

  it('writes the offer in English for an English-speaking patient', () => {
    const mail = appointmentMailText('en', 'offer', FACTS);
    expect(mail.subject.replace(/\s/g, ' ')).toBe(
      'A time has opened up for you: Tuesday, November 3, 2026 at 9:30 AM Phoenix time (America/Phoenix, UTC-07:00)',
    );
    expect(mail.text).toContain('held for you for 30 minutes');
    expect(mail.summary).toBe('Visit: OMT follow-up — OMT Clinic Phoenix');
  });
});
