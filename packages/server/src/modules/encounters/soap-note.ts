import { endSentence, localDateTime, regionById, techniqueById, type CodingResult } from '@omt/domain';
import type { Encounter, Intake } from '@omt/contracts';

export interface NoteInput {
  /** The encounter as presented, before signing. */
  encounter: Encounter;
  intake: Intake | null;
  coding: CodingResult;
  emNote: string | null;
  /** The E/M service's CPT code billed with modifier 25. */
  emCode: string | null;
  tolerance: string | null;
  reassessment: string | null;
  /** The physician gave the aftercare instructions at this visit (said so when signing). */
  aftercareGiven: boolean;
  /** The clinician's own words: history of present illness, assessment, plan (empty when not written). */
  freeText: { hpi: string; assessment: string; plan: string };
}

type ExamEntry = Encounter['exam'][number];
type TreatmentEntry = Encounter['treatments'][number];

function tartText(f: ExamEntry): string {
  const parts = [
    f.tenderness && 'tenderness',
    f.asymmetry && 'asymmetry',
    f.restriction && 'restriction of motion',
    f.tissueTexture && 'tissue texture change',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no TART findings';
}

function copiedText(f: ExamEntry): string {
  if (!f.copiedFrom) return '';
  return f.copyConfirmed
    ? ` [copied from the visit of ${f.copiedFrom}; re-examined and confirmed]`
    : ` [copied from the visit of ${f.copiedFrom}; not re-examined]`;
}

function examLine(f: ExamEntry): string {
  const extras = [f.severity, f.segment].filter(Boolean).join(', ');
  return `   ${regionById(f.region).label}: ${tartText(f)}${extras ? ` (${extras})` : ''}${f.comment ? ` — ${f.comment}` : ''}.${copiedText(f)}`;
}

/** A free-text section under its label, its later lines indented with it; nothing when empty. */
function freeTextLines(label: string, text: string): string[] {
  const t = text.trim();
  return t ? [`   ${label}: ${t.replace(/\r\n?/g, '\n').replace(/\n/g, '\n      ')}`] : [];
}

function scoreLine(i: Intake): string {
  const parts = [
    i.phq2 ? `PHQ-2 ${i.phq2.score}/6${i.phq2.positive ? ' (positive screen)' : ''}` : null,
    i.phq9 ? `PHQ-9 ${i.phq9.score}/27 (${i.phq9.severity.replace('_', ' ')})` : null,
    i.phq9?.item9Positive ? 'item 9 positive: same-visit safety assessment' : null,
    i.peg ? `PEG ${i.peg.score}/10` : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : 'No screening scores (not asked at this age).';
}

function populationLine(s: Intake['summary']): string | null {
  if (s.infantFeeding !== null || s.infantCryingHoursPerDay !== null) {
    return `   Infant: feeding ${s.infantFeeding ?? '—'}; crying ${s.infantCryingHoursPerDay ?? '—'} h/day; sleep ${s.infantSleepHoursPerDay ?? '—'} h/day.`;
  }
  if (s.pregnant === true) {
    const complications = s.pregnancyComplications
      ? `complications: ${s.pregnancyComplicationDetails ?? 'yes'}`
      : 'no complications reported';
    return `   Pregnant, ${s.pregnancyWeeks ?? '?'} weeks; ${complications}.`;
  }
  return s.pregnant === false ? '   Not pregnant.' : null;
}

function subjective(i: Intake | null): string[] {
  if (!i) return ['S: No pre-visit intake submitted.'];
  const s = i.summary;
  const flags = i.redFlags.length
    ? i.redFlags.map((f) => `${f.label} (${f.action.replace('_', ' ')})`).join('; ')
    : 'none';
  const pain = s.painScore === null ? 'Pain' : `Pain ${s.painScore}/10`;
  const lifestyle =
    s.sleepHours === null
      ? null
      : `   Sleep ${s.sleepHours} h (${s.sleepQuality ?? '—'}); activity ${s.activityLevel ?? '—'}; diet ${s.diet ?? '—'}.`;
  return [
    `S: ${endSentence(s.chiefComplaint)} ${pain} in ${s.regions.map((r) => regionById(r).label).join(', ')}.`,
    ...[lifestyle, populationLine(s)].filter((l): l is string => l !== null),
    `   ${scoreLine(i)} Red flags: ${flags}.`,
  ];
}

function treatmentLine(e: Encounter, t: TreatmentEntry): string {
  const consent = e.consents.filter((c) => c.technique === t.technique).at(-1);
  const parts = [
    `${techniqueById(t.technique).name}, ${t.position}`,
    t.durationMinutes ? `${t.durationMinutes} min` : null,
    `response ${t.response}`,
    `consent ${consent ? `${consent.decision} (${consent.method})` : 'not recorded'}`,
    t.cautionReason ? `proceeded with caution: ${t.cautionReason}` : null,
    t.discomfort ? `discomfort: ${t.discomfort.description}; action: ${t.discomfort.actionTaken}` : null,
  ];
  return `   ${regionById(t.region).label}: ${parts.filter(Boolean).join('; ')}.`;
}

function withdrawnLine(t: TreatmentEntry): string {
  return `   ${regionById(t.region).label}: ${techniqueById(t.technique).name} withdrawn after a later red flag — ${endSentence(t.review?.note ?? '')}`;
}

function confirmedAfterFlagLine(t: TreatmentEntry): string | null {
  return t.review?.decision === 'confirmed'
    ? `   ${regionById(t.region).label}: ${techniqueById(t.technique).name} confirmed after a later red flag — ${endSentence(t.review.note)}`
    : null;
}

/** What was said and offered after treatment: only what happened. */
function aftercareLines(given: TreatmentEntry[], aftercareGiven: boolean): string[] {
  if (!given.length) return [];
  return [
    ...(aftercareGiven ? ['   Aftercare instructions given.'] : []),
    '   Post-treatment check-in offered in the patient portal.',
  ];
}

function reviewLines(e: Encounter): string[] {
  return e.redFlags
    .filter((f) => f.review)
    .map(
      (f) =>
        `   Red flag ${f.label}: ${f.review?.decision.replaceAll('_', ' ')} — ${endSentence(f.review?.note ?? '')}`,
    );
}

/** The SOAP note, built only from the structured data of the encounter. */
export function buildSoapNote(n: NoteInput): string {
  const e = n.encounter;
  const given = e.treatments.filter((t) => t.review?.decision !== 'withdrawn');
  const withdrawn = e.treatments.filter((t) => t.review?.decision === 'withdrawn');
  const a = n.coding.diagnoses.length
    ? n.coding.diagnoses.map((d) => `   ${d.icd10} ${d.title}.`)
    : ['   No somatic dysfunction documented.'];
  return [
    `OMT visit — ${e.patientName} (${e.patientAgeLabel}) — ${localDateTime(e.start, e.timeZone).date} — ${e.authorName}`,
    '',
    ...subjective(n.intake),
    ...freeTextLines('History of present illness', n.freeText.hpi),
    'O: Structural exam:',
    ...(e.exam.length ? e.exam.map(examLine) : ['   No structural findings recorded.']),
    ...(e.cSpine?.exam
      ? [`   Canadian C-spine rule (step ${e.cSpine.exam.step}): ${e.cSpine.exam.reason}.`]
      : []),
    'A: Somatic dysfunction:',
    ...a,
    ...freeTextLines('Assessment', n.freeText.assessment),
    ...reviewLines(e),
    ...freeTextLines('Separately identifiable E/M', n.emNote ?? ''),
    'P: OMT given:',
    ...(given.length ? given.map((t) => treatmentLine(e, t)) : ['   No OMT given.']),
    ...given.map(confirmedAfterFlagLine).filter((l): l is string => l !== null),
    ...withdrawn.map(withdrawnLine),
    ...(n.tolerance ? [`   Tolerated treatment ${n.tolerance}.`] : []),
    ...(n.reassessment ? [`   Reassessment: ${endSentence(n.reassessment)}`] : []),
    ...freeTextLines('Plan', n.freeText.plan),
    `   Coding: ${n.coding.cpt ?? 'no OMT code'}${n.coding.emModifier25 ? ` + E/M ${n.emCode ? `${n.emCode}-25` : 'with modifier 25'}` : ''}; ${n.coding.regionCount} region(s).`,
    ...aftercareLines(given, n.aftercareGiven),
  ].join('\n');
}
