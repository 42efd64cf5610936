import { useState } from 'react';
import type { NoteTemplate } from '@omt/contracts';
import type { NoteDraft, NoteSection } from './note-draft';
import { EmCodeField, NoteField, TemplatePicker } from './note-fields';

type Target = { section: NoteSection; el: HTMLTextAreaElement } | null;

/** Where the template picker inserts: the note field used last on the page. */
export function useTemplateTarget() {
  const [target, setTarget] = useState<Target>(null);
  return {
    target,
    onFocusField: (section: NoteSection, el: HTMLTextAreaElement) => setTarget({ section, el }),
  };
}

interface StepProps {
  draft: NoteDraft;
  templates: readonly NoteTemplate[];
  target: ReturnType<typeof useTemplateTarget>;
}

/** Step 1: the history in the clinician's words (the intake's summary is beside it). */
export function HistoryStep({ draft, templates, target }: StepProps) {
  return (
    <section aria-labelledby="step-history" className="card step" id="history">
      <h2 id="step-history">1. History</h2>
      <NoteField
        section="hpi"
        draft={draft}
        templates={templates}
        hint="Onset, course, what makes it better or worse, in your words."
        onFocusField={target.onFocusField}
      />
      <TemplatePicker
        id="template-history"
        sections={['hpi']}
        templates={templates}
        draft={draft}
        target={target.target}
      />
    </section>
  );
}

/** Step 4: assessment and plan, and the separate E/M service when there was one. */
export function AssessmentStep({
  draft,
  templates,
  target,
  separateEm,
  onSeparateEm,
}: StepProps & { separateEm: boolean; onSeparateEm: (v: boolean) => void }) {
  return (
    <section aria-labelledby="step-assessment" className="card step" id="assessment">
      <h2 id="step-assessment">4. Assessment and plan</h2>
      <NoteField
        section="assessment"
        draft={draft}
        templates={templates}
        onFocusField={target.onFocusField}
      />
      <NoteField section="plan" draft={draft} templates={templates} onFocusField={target.onFocusField} />
      <label className="choice">
        <input
          type="checkbox"
          checked={separateEm}
          disabled={draft.readOnly}
          onChange={(e) => onSeparateEm(e.target.checked)}
        />
        A separately identifiable E/M service was provided (adds modifier 25)
      </label>
      {separateEm && (
        <NoteField
          section="emNote"
          draft={draft}
          templates={templates}
          hint="Required for modifier 25: the history and decision-making beyond the usual assessment before OMT. A different diagnosis is not required."
          onFocusField={target.onFocusField}
        />
      )}
      {separateEm && <EmCodeField draft={draft} />}
      <TemplatePicker
        id="template-assessment"
        sections={['assessment', 'plan', 'emNote']}
        templates={templates}
        draft={draft}
        target={target.target}
      />
    </section>
  );
}
