import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NOTE_TEXT_MAX, type NoteTemplate } from '@omt/contracts';
import { expandDotPhrase, replaceRange } from '@omt/domain';
import { TextField } from '../../components/choice-group';
import { Link } from '../../router';
import { fieldError } from './field-errors';
import type { NoteDraft, NoteFieldName, NoteSection } from './note-draft';

export const SECTION_LABELS: Record<NoteFieldName, string> = {
  hpi: 'History of present illness',
  assessment: 'Assessment',
  plan: 'Plan',
  emNote: 'E/M note (modifier 25)',
  emCode: 'E/M code (CPT, billed with modifier 25)',
};

const EXPAND_KEYS = new Set([' ', 'Tab', 'Enter']);

/** One free-text section: a `.shortcut` then Space, Tab or Enter inserts the template's text. */
export function NoteField({
  section,
  draft,
  templates,
  hint,
  onFocusField,
}: {
  section: NoteSection;
  draft: NoteDraft;
  templates: readonly NoteTemplate[];
  hint?: string;
  onFocusField: (section: NoteSection, el: HTMLTextAreaElement) => void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const value = draft.fields[section];

  useLayoutEffect(() => {
    if (caret === null || !ref.current) return;
    ref.current.setSelectionRange(caret, caret);
    setCaret(null);
  }, [caret]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!EXPAND_KEYS.has(e.key) || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
    const el = e.currentTarget;
    if (el.selectionStart !== el.selectionEnd) return;
    const expanded = expandDotPhrase(el.value, el.selectionStart, templates);
    if (!expanded) return;
    e.preventDefault();
    draft.change(section, expanded.text);
    setCaret(expanded.caret);
  };

  return (
    <TextField
      id={`note-${section}`}
      field={section}
      label={SECTION_LABELS[section]}
      hint={hint}
      error={fieldError(draft.error, section)}
    >
      {(aria) => (
        <textarea
          {...aria}
          ref={ref}
          rows={section === 'hpi' ? 5 : 4}
          maxLength={NOTE_TEXT_MAX}
          value={value}
          readOnly={draft.readOnly}
          onFocus={(e) => onFocusField(section, e.currentTarget)}
          onKeyDown={onKeyDown}
          onChange={(e) => draft.change(section, e.target.value)}
        />
      )}
    </TextField>
  );
}

/** The CPT code of the separate E/M service: 5 digits, saved with the draft (the server checks the format too). */
export function EmCodeField({ draft }: { draft: NoteDraft }) {
  return (
    <TextField
      id="note-emCode"
      field="emCode"
      label={SECTION_LABELS.emCode}
      hint="The 5-digit code of the E/M service you documented; the superbill lists it with modifier 25."
      error={fieldError(draft.error, 'emCode')}
    >
      {(aria) => (
        <input
          {...aria}
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          value={draft.fields.emCode}
          readOnly={draft.readOnly}
          onChange={(e) => draft.change('emCode', e.target.value.trim())}
        />
      )}
    </TextField>
  );
}

/** Inserts a chosen template at the caret of the note field last used: the keyboard-and-menu way to a template. */
export function TemplatePicker({
  id,
  sections,
  templates,
  draft,
  target: used,
}: {
  id: string;
  /** The fields of this step; the picker inserts into the one used last, else the first. */
  sections: readonly [NoteSection, ...NoteSection[]];
  templates: readonly NoteTemplate[];
  draft: NoteDraft;
  target: { section: NoteSection; el: HTMLTextAreaElement } | null;
}) {
  const [chosen, setChosen] = useState('');
  if (!templates.length || draft.readOnly) return null;
  const target = used && sections.includes(used.section) ? used : null;
  const section = target?.section ?? sections[0];
  const insert = () => {
    const template = templates.find((t) => t.id === chosen);
    if (!template) return;
    const text = draft.fields[section];
    const el = target?.el ?? document.getElementById(`note-${section}`);
    const start = el instanceof HTMLTextAreaElement ? el.selectionStart : text.length;
    const end = el instanceof HTMLTextAreaElement ? el.selectionEnd : text.length;
    const next = replaceRange(text, start, end, template.body);
    draft.change(section, next.text);
    if (el instanceof HTMLTextAreaElement) {
      el.focus();
      requestAnimationFrame(() => el.setSelectionRange(next.caret, next.caret));
    }
  };
  return (
    <div className="template-picker">
      <label htmlFor={id}>Insert a template into “{SECTION_LABELS[section]}”</label>
      <div className="inline-controls">
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose a template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.shortcut} — {t.title}
            </option>
          ))}
        </select>
        <button type="button" className="button-secondary" disabled={!chosen} onClick={insert}>
          Insert
        </button>
      </div>
      <p className="hint">
        Or type a shortcut such as <span className="mono">{templates[0]?.shortcut}</span> in a note field,
        then Space, Tab or Enter. <Link to="/note-templates">Manage templates</Link>
      </p>
    </div>
  );
}
