/** The discharge summary as a PDF, on the clinic's letterhead (the note PDF's `renderPdf`). */
import type { CarePlan } from '@omt/contracts';
import { MEASURES, TECHNIQUES, type DischargeReason } from '@omt/domain';
import type { NoteLetterhead } from '../clinic-profile/profile-cache';
import { heading, renderPdf } from '../../print/pdf-document';
import { dayText } from '../../print/zoned-time';

const REASONS: Record<DischargeReason, string> = {
  goals_met: 'Goals met',
  plateau: 'Plateau',
  referred: 'Referred',
  patient_choice: "Patient's choice",
};

export interface DischargePrint {
  plan: CarePlan;
  patientName: string;
  patientBirthDate: string;
}

export function renderDischargePdf(p: DischargePrint, clinic: NoteLetterhead): Promise<Buffer> {
  const { plan } = p;
  const c = plan.current.content;
  const d = plan.discharge;
  const at = d ? dayText(d.at.slice(0, 10)) : '';
  return renderPdf(clinic, {
    title: `Discharge summary ${p.patientName}`,
    author: d?.byName ?? '',
    runningHeader: `${p.patientName} · DOB ${dayText(p.patientBirthDate)} · Discharge summary of ${at}`,
    body: (doc) => {
      heading(doc, 'Discharge summary');
      doc.text(`Patient: ${p.patientName}, born ${dayText(p.patientBirthDate)}`);
      if (d) doc.text(`Discharged ${at} by ${d.byName}. Reason: ${REASONS[d.reason]}.`);
      heading(doc, 'Plan of care');
      doc.text(`Diagnoses (ICD-10-CM): ${c.diagnoses.join(', ')}`);
      doc.text(
        `Frequency: every ${c.everyWeeks === 1 ? 'week' : `${c.everyWeeks} weeks`} × ${c.visits} visits`,
      );
      doc.text(`Visits: ${plan.progress.visitsDone} done of ${plan.progress.visitsPlanned} planned`);
      const names = c.techniques.map((t) => TECHNIQUES.find((x) => x.id === t)?.name ?? t);
      if (names.length) doc.text(`Techniques: ${names.join(', ')}`);
      if (c.measures.length)
        doc.text(`Outcome measures: ${c.measures.map((m) => MEASURES[m.measure].name).join(', ')}`);
      heading(doc, `Goals (${plan.progress.goalsMet} of ${plan.progress.goalsTotal} met)`);
      for (const g of c.goals)
        doc.text(`• ${g.goal} — by ${dayText(g.targetDate)} — ${g.met ? 'met' : 'not met'}`);
      heading(doc, 'Summary');
      doc.text(d?.summary ?? '');
    },
  });
}
