import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Encounter } from '@omt/contracts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** The signed note as a PDF, in an embedded Unicode font so accents and symbols print as written. */
export function renderNotePdf(e: Encounter, clinicName: string): Promise<Buffer> {
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
    doc.font('bold').fontSize(14).text(clinicName);
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
