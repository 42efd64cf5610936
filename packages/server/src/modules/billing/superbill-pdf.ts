import { formatUsd, type SuperbillLine } from '@omt/domain';
import type { NoteLetterhead } from '../clinic-profile/profile-cache';
import { clinicianText } from '../encounters/note-pdf';
import { heading, renderPdf, type Pdf } from '../../print/pdf-document';
import { dayText } from '../../print/zoned-time';
import type { SuperbillPrint } from './superbill-source';

const COLUMNS = [
  { title: 'CPT', width: 70 },
  { title: 'Description', width: 190 },
  { title: 'ICD-10-CM', width: 110 },
  { title: 'Units', width: 40 },
  { title: 'Fee', width: 94 },
] as const;

function feeText(l: SuperbillLine): string {
  if (l.status === 'level_not_coded') return 'level not coded';
  return l.feeCents === null ? 'fee not set' : formatUsd(l.feeCents * l.units);
}

function row(doc: Pdf, cells: readonly string[], bold = false): void {
  const y = doc.y;
  let x = doc.page.margins.left;
  let bottom = y;
  doc.font(bold ? 'bold' : 'body').fontSize(9);
  cells.forEach((cell, i) => {
    const width = COLUMNS[i]?.width ?? 60;
    doc.text(cell, x, y, { width: width - 6, align: i === cells.length - 1 ? 'right' : 'left' });
    bottom = Math.max(bottom, doc.y);
    x += width;
  });
  doc.x = doc.page.margins.left;
  doc.y = bottom + 4;
}

function lines(doc: Pdf, p: SuperbillPrint): void {
  heading(doc, 'Services');
  row(
    doc,
    COLUMNS.map((c) => c.title),
    true,
  );
  for (const l of p.bill.lines) {
    row(doc, [
      `${l.code ?? 'E/M'}${l.modifier ? `-${l.modifier}` : ''}`,
      l.description,
      l.icd10.join(', '),
      String(l.units),
      feeText(l),
    ]);
  }
  if (p.bill.lines.length === 0) doc.text('No billable service was documented at this visit.');
  row(doc, ['', 'Total', '', '', formatUsd(p.bill.totalCents)], true);
  if (!p.bill.complete) doc.font('body').fontSize(9).text('The total leaves out the services without a fee.');
}

/** The superbill: clinic, provider, patient and insurance, date and place of service, codes, fees and total. */
export function renderSuperbillPdf(p: SuperbillPrint, clinic: NoteLetterhead): Promise<Buffer> {
  const dob = dayText(p.patient.birthDate);
  return renderPdf(clinic, {
    title: `Superbill ${p.patient.name} ${p.dateOfService}`,
    author: clinic.name,
    runningHeader: `${p.patient.name} · DOB ${dob} · Superbill, date of service ${dayText(p.dateOfService)}`,
    body: (doc) => {
      doc.moveDown(0.6).font('bold').fontSize(13).text('Superbill');
      heading(doc, 'Rendering provider');
      doc.text(clinicianText(p.provider));
      if (p.supervisor) doc.text(`Supervising physician: ${clinicianText(p.supervisor)}`);
      heading(doc, 'Patient');
      const ins = p.patient.insurance;
      doc.text(
        [
          `${p.patient.name} · DOB ${dob}`,
          p.patient.address ?? 'Address not recorded',
          ins
            ? `Insurance: ${ins.payer} · member id ${ins.memberId}${ins.groupId ? ` · group id ${ins.groupId}` : ''}`
            : 'Insurance: none recorded (self-pay)',
        ].join('\n'),
      );
      heading(doc, 'Visit');
      doc.text(
        [
          `Date of service: ${dayText(p.dateOfService)}`,
          `Visit time: ${p.visitTime}`,
          `Place of service: ${p.placeOfService} · ${[p.location.name, p.location.address].filter(Boolean).join(', ')}`,
        ].join('\n'),
      );
      heading(doc, 'Diagnoses (ICD-10-CM)');
      for (const d of p.diagnoses) doc.text(`${d.icd10}  ${d.title}`);
      if (p.diagnoses.length === 0) doc.text('None coded.');
      lines(doc, p);
    },
  });
}
