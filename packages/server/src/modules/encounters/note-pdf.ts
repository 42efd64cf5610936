import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Encounter } from '@omt/contracts';
import type { NoteLetterhead } from '../clinic-profile/profile-cache';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const LOGO_BOX: [number, number] = [160, 48];

/** The letterhead: logo, name, then address, phone, NPI and tax id in small print (empty ones left out). */
function letterhead(doc: PDFKit.PDFDocument, clinic: NoteLetterhead): void {
  if (clinic.logo) {
    try {
      doc.image(clinic.logo, { fit: LOGO_BOX });
      doc.moveDown(0.5);
    } catch {
      // A logo pdfkit cannot decode is left out: the note itself must still print.
    }
  }
  doc.font('bold').fontSize(14).fillColor('#000').text(clinic.name);
  const lines = [
    [clinic.address, clinic.phone].filter(Boolean).join(' · '),
    [clinic.npi ? `NPI ${clinic.npi}` : '', clinic.taxId ? `Tax id ${clinic.taxId}` : '']
      .filter(Boolean)
      .join(' · '),
  ].filter(Boolean);
  if (lines.length) doc.font('body').fontSize(9).fillColor('#444').text(lines.join('\n'));
}

/** The signed note as a PDF, in an embedded Unicode font so accents and symbols print as written. */
export function renderNotePdf(e: Encounter, clinic: NoteLetterhead): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margin: 54,
      info: { Title: `OMT note ${e.patientName}`, Author: e.authorName },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('body', FONT);
    doc.registerFont('bold', FONT_BOLD);
    letterhead(doc, clinic);
    doc
      .font('body')
      .fontSize(9)
      .fillColor('#444')
      .text(
        `Status: ${e.status.replace('_', ' ')} · signed ${e.signedAt ?? '—'}${e.cosignedAt ? ` · co-signed ${e.cosignedAt}` : ''}`,
      );
    doc
      .moveDown()
      .fillColor('#000')
      .fontSize(10)
      .text(e.note ?? '', { lineGap: 2 });
    if (e.coding) {
      doc.moveDown().font('bold').text('Claim summary');
      doc
        .font('body')
        .text(`CPT ${e.coding.cpt ?? '—'}${e.coding.emModifier25 ? ' · E/M with modifier 25' : ''}`);
      for (const d of e.coding.diagnoses) doc.text(`${d.icd10}  ${d.title}`);
      for (const b of e.coding.blockers) doc.text(`Blocker: ${b.message}`);
    }
    for (const a of e.addenda) {
      doc.moveDown().font('bold').text(`Addendum — ${a.authorName}, ${a.createdAt}`);
      doc.font('body').text(a.text);
    }
    doc.end();
  });
}
