import { regionById, techniqueById, type CodingResult, type RegionId, type TechniqueId } from '@omt/domain';
import type { Intake } from '@omt/contracts';

export interface NoteInput {
  patientName: string;
  ageLabel: string;
  visitDate: string;
  authorName: string;
  intake: Intake | null;
  exam: {
    region: RegionId;
    tenderness: boolean;
    asymmetry: boolean;
    restriction: boolean;
    tissueTexture: boolean;
    comment: string | null;
  }[];
  treatments: {
    region: RegionId;
    technique: TechniqueId;
    position: string;
    response: string;
    cautionReason: string | null;
  }[];
  consents: { technique: TechniqueId; decision: string; method: string }[];
  coding: CodingResult;
  emNote: string | null;
}

function tartText(f: NoteInput['exam'][number]): string {
  const parts = [
    f.tenderness && 'tenderness',
    f.asymmetry && 'asymmetry',
    f.restriction && 'restriction of motion',
    f.tissueTexture && 'tissue texture change',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no TART findings';
}

function subjective(i: Intake | null): string[] {
  if (!i) return ['S: No pre-visit intake submitted.'];
  const a = i.answers;
  const flags = i.redFlags.length
    ? i.redFlags.map((f) => `${f.label} (${f.action.replace('_', ' ')})`).join('; ')
    : 'none';
  return [
    `S: ${a.chiefComplaint}. Pain ${a.painScore}/10 in ${a.painRegions.map((r) => regionById(r).label).join(', ')}.`,
    `   Sleep ${a.sleepHours} h (${a.sleepQuality}); activity ${a.activityLevel}; diet ${a.diet}.`,
    `   PHQ-2 ${i.phq2.score}/6${i.phq2.positive ? ' (positive screen)' : ''}. Red flags: ${flags}.`,
  ];
}

/** The SOAP note, built only from the structured data of the encounter. */
export function buildSoapNote(n: NoteInput): string {
  const o = n.exam.length
    ? n.exam.map(
        (f) => `   ${regionById(f.region).label}: ${tartText(f)}${f.comment ? ` — ${f.comment}` : ''}.`,
      )
    : ['   No structural findings recorded.'];
  const a = n.coding.diagnoses.length
    ? n.coding.diagnoses.map((d) => `   ${d.icd10} ${d.title}.`)
    : ['   No somatic dysfunction documented.'];
  const p = n.treatments.map((t) => {
    const consent = n.consents.filter((c) => c.technique === t.technique).at(-1);
    return `   ${regionById(t.region).label}: ${techniqueById(t.technique).name}, ${t.position}; response ${t.response}; consent ${consent ? `${consent.decision} (${consent.method})` : 'not recorded'}${t.cautionReason ? `; proceeded with caution: ${t.cautionReason}` : ''}.`;
  });
  return [
    `OMT visit — ${n.patientName} (${n.ageLabel}) — ${n.visitDate} — ${n.authorName}`,
    '',
    ...subjective(n.intake),
    'O: Structural exam:',
    ...o,
    'A: Somatic dysfunction:',
    ...a,
    ...(n.emNote ? [`   Separately identifiable E/M: ${n.emNote}`] : []),
    'P: OMT given:',
    ...(p.length ? p : ['   No OMT given.']),
    `   Coding: ${n.coding.cpt ?? 'no OMT code'}${n.coding.emModifier25 ? ' + E/M with modifier 25' : ''}; ${n.coding.regionCount} region(s).`,
    '   Aftercare instructions given; post-treatment check-in scheduled.',
  ].join('\n');
}
