import { useCallback, useEffect, useRef, useState } from 'react';
import { NoteText, type Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { toInstant } from '../../time';
import { useUnsavedChanges } from './unsaved-changes';

export type NoteSection = 'hpi' | 'assessment' | 'plan' | 'emNote';
/** The free-text sections and the E/M service's CPT code, saved together. */
export type NoteFieldName = NoteSection | 'emCode';
export type NoteFields = Record<NoteFieldName, string>;
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

/** How long typing pauses before the draft saves itself. */
export const AUTOSAVE_DELAY_MS = 800;

const fieldsOf = (t: NoteText): NoteFields => ({
  hpi: t.hpi,
  assessment: t.assessment,
  plan: t.plan,
  emNote: t.emNote,
  emCode: t.emCode,
});

/** The text someone else saved, from a 409 `stale_note` answer. */
function theirsOf(error: unknown): NoteText | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_note') return null;
  const parsed = NoteText.safeParse((error.details as { current?: unknown } | undefined)?.current);
  return parsed.success ? parsed.data : null;
}

/**
 * The draft's free text, saved by itself a moment after typing stops. Each save carries the version it read; a
 * save refused because someone saved in between (409) stops autosaving and keeps both texts until the clinician
 * chooses: load theirs (their own text stays on screen to copy) or replace theirs with their own.
 */
export function useNoteDraft(encounter: Encounter, onSaved: (t: NoteText) => void) {
  const [fields, setFields] = useState<NoteFields>(() => fieldsOf(encounter.noteText));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<NoteText | null>(null);
  /** What was typed when their version was loaded, kept to copy from. */
  const [replaced, setReplaced] = useState<NoteFields | null>(null);
  const version = useRef(encounter.noteText.version);
  const latest = useRef(fields);
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const readOnly = encounter.status !== 'draft';

  const save = useCallback(async () => {
    if (saving.current) return;
    saving.current = true;
    const sent = latest.current;
    setStatus('saving');
    try {
      const next = await call(API.saveNoteText, {
        params: { id: encounter.id },
        body: { version: version.current, ...sent },
      });
      version.current = next.version;
      setError(null);
      setSavedAt(toInstant(Date.now()));
      onSaved(next);
      setStatus(latest.current === sent ? 'saved' : 'pending');
      if (latest.current !== sent) timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    } catch (err) {
      const current = theirsOf(err);
      setTheirs(current);
      setError(current ? null : err);
      setStatus(current ? 'conflict' : 'failed');
    } finally {
      saving.current = false;
    }
  }, [encounter.id, onSaved]);

  const change = useCallback(
    (section: NoteFieldName, text: string) => {
      const next = { ...latest.current, [section]: text };
      latest.current = next;
      setFields(next);
      if (status === 'conflict') return; // nothing saves until the clinician chooses
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save, status],
  );

  /** Shows what someone else saved; what was typed here stays visible to copy from. */
  const loadTheirs = useCallback(() => {
    if (!theirs) return;
    setReplaced(latest.current);
    latest.current = fieldsOf(theirs);
    setFields(latest.current);
    version.current = theirs.version;
    onSaved(theirs);
    setTheirs(null);
    setStatus('saved');
  }, [theirs, onSaved]);

  /** Saves this text over what someone else saved, knowingly. */
  const keepMine = useCallback(() => {
    if (!theirs) return;
    version.current = theirs.version;
    setTheirs(null);
    void save();
  }, [theirs, save]);

  useEffect(() => () => clearTimeout(timer.current), []);
  useUnsavedChanges('note-text', !readOnly && status !== 'saved');

  return {
    fields,
    change,
    status,
    savedAt,
    error,
    theirs,
    replaced,
    dismissReplaced: () => setReplaced(null),
    loadTheirs,
    keepMine,
    retry: () => void save(),
    readOnly,
  };
}

export type NoteDraft = ReturnType<typeof useNoteDraft>;
