import type { Encounter } from '@omt/contracts';
import { localDateTime } from '@omt/domain';
import type { NoteLetterhead } from '../clinic-profile/profile-cache';
import { heading, renderPdf, type Pdf } from '../../print/pdf-document';
import { dayText, zonedTimeText } from '../../print/zoned-time';

/** A clinician as a print names them: "Dr. Andrea Still, DO · NPI 1234567893". */
export interface PrintedClinician {
  name: string;
  credential: string | null;
  npi: string | null;
}

/** What the note PDF prints beyond the encounter itself. */
export interface NotePrint {
  encounter: Encounter;
  patientBirthDate: string;
  author: PrintedClinician;
  cosigner: PrintedClinician | null;
}

export function clinicianText(c: PrintedClinician): string {
  return [[c.name, c.credential].filter(Boolean).join(', '), c.npi ? `NPI ${c.npi}` : '']
    .filter(Boolean)
    .join(' · ');
}

/** One part of the printed note: a heading (or none) and what to write under it; an empty section is left out. */
interface NoteSection {
  title: string | null;
  write: ((doc: Pdf, p: NotePrint) => void) | null;
}

function visitSection(p: NotePrint): NoteSection {
  const e = p.encounter;
  const at = (instant: string) => zonedTimeText(instant, e.timeZone);
  return {
    title: null,
    write: (doc) => {
      const lines = [
        `Patient: ${e.patientName} · DOB ${dayText(p.patientBirthDate)}`,
        `Visit: ${at(e.start)} · ${e.locationName}`,
        `Provider: ${clinicianText(p.author)}`,
        e.signedAt ? `Signed ${at(e.signedAt)}` : 'Not signed',
        ...(e.status === 'awaiting_cosign' ? ['Awaiting co-signature by the supervising physician'] : []),
        ...(p.cosigner && e.cosignedAt
          ? [`Co-signed by ${clinicianText(p.cosigner)} · ${at(e.cosignedAt)}`]
          : []),
      ];
      doc.moveDown(0.8).font('body').fontSize(9).fillColor('#222').text(lines.join('\n'));
    },
  };
}

function noteBodySection(p: NotePrint): NoteSection {
  const note = p.encounter.note;
  return {
    title: null,
    write: note ? (doc) => doc.moveDown().fillColor('#000').fontSize(10).text(note, { lineGap: 2 }) : null,
  };
}

function claimSection(p: NotePrint): NoteSection {
  const coding = p.encounter.coding;
  return {
    title: 'Claim summary',
    write: coding
      ? (doc) => {
          const em = coding.emCode ? `E/M ${coding.emCode}-25` : 'E/M with modifier 25';
          doc.text(`CPT ${coding.cpt ?? '—'}${coding.emModifier25 ? ` · ${em}` : ''}`);
          for (const d of coding.diagnoses) doc.text(`${d.icd10}  ${d.title}`);
          for (const b of coding.blockers) doc.text(`Blocker: ${b.message}`);
        }
      : null,
  };
}

function addendaSections(p: NotePrint): NoteSection[] {
  return p.encounter.addenda.map((a) => ({
    title: `Addendum — ${a.authorName}, ${zonedTimeText(a.createdAt, p.encounter.timeZone)}`,
    write: (doc) => doc.text(a.text),
  }));
}

/** The note's parts in print order: add a section here (one line) and it prints on every note. */
function noteSections(p: NotePrint): NoteSection[] {
  return [visitSection(p), noteBodySection(p), claimSection(p), ...addendaSections(p)];
}

/**
 * The signed note as a PDF: the clinic's letterhead, the provider with credential and NPI (and the co-signer's),
 * every time in the location's zone with the zone named, the patient's name and birth date and "Page N of M" on
 * every page.
 */
export function renderNotePdf(p: NotePrint, clinic: NoteLetterhead): Promise<Buffer> {
  const e = p.encounter;
  return renderPdf(clinic, {
    title: `OMT note ${e.patientName}`,
    author: e.authorName,
    runningHeader: `${e.patientName} · DOB ${dayText(p.patientBirthDate)} · OMT note of ${dayText(localDateTime(e.start, e.timeZone).date)}`,
    body: (doc) => {
      for (const section of noteSections(p)) {
        if (!section.write) continue;
        if (section.title) heading(doc, section.title);
        section.write(doc, p);
      }
    },
  });
}
