import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { NoteLetterhead } from '../modules/clinic-profile/profile-cache';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const LOGO_BOX: [number, number] = [160, 48];
const SIDE = 54;
/** Room above the content for the running header (patient on every page). */
const TOP = 72;
/** Room below the content for the page number. */
const BOTTOM = 60;

export type Pdf = PDFKit.PDFDocument;

export interface PrintSpec {
  title: string;
  author: string;
  /** The line at the top of every page: who the document is about (name and date of birth). */
  runningHeader: string;
  /** Writes the document's content after the letterhead. */
  body: (doc: Pdf) => void;
}

/** The letterhead: logo, name, then address, phone, NPI and tax id in small print (empty ones left out). */
export function letterhead(doc: Pdf, clinic: NoteLetterhead): void {
  if (clinic.logo) {
    try {
      doc.image(clinic.logo, { fit: LOGO_BOX });
      doc.moveDown(0.5);
    } catch {
      // A logo pdfkit cannot decode is left out: the document itself must still print.
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
  doc.fillColor('#000');
}

/** A bold heading with space above it. */
export function heading(doc: Pdf, text: string): void {
  doc.moveDown(0.8).font('bold').fontSize(11).fillColor('#000').text(text);
  doc.font('body').fontSize(10);
}

/** Writes the running header and "Page N of M" on every page once the content is laid out. */
function stampPages(doc: Pdf, runningHeader: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    const bottom = margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor('#444');
    doc.text(runningHeader, SIDE, 32, { width: width - 2 * SIDE, lineBreak: false });
    doc
      .moveTo(SIDE, 46)
      .lineTo(width - SIDE, 46)
      .strokeColor('#999')
      .lineWidth(0.5)
      .stroke();
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, SIDE, height - 40, {
      width: width - 2 * SIDE,
      align: 'center',
      lineBreak: false,
    });
    margins.bottom = bottom;
  }
}

/**
 * A letter-size PDF in an embedded Unicode font (accents and symbols print as written), the clinic's letterhead on
 * the first page, the running header and page numbers on every page.
 */
export function renderPdf(clinic: NoteLetterhead, spec: PrintSpec): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: TOP, bottom: BOTTOM, left: SIDE, right: SIDE },
      bufferPages: true,
      info: { Title: spec.title, Author: spec.author },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('body', FONT);
    doc.registerFont('bold', FONT_BOLD);
    letterhead(doc, clinic);
    spec.body(doc);
    stampPages(doc, spec.runningHeader);
    doc.end();
  });
}
