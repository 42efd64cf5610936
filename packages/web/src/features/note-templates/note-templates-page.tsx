import { useState } from 'react';
import { NOTE_TEXT_MAX, type NoteTemplate, type SaveNoteTemplate } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField, focusField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session';

type Draft = Omit<SaveNoteTemplate, 'scope'>;
const EMPTY: Draft = { shortcut: '', title: '', body: '' };

/**
 * Note templates ("dot phrases"): the admin keeps the clinic's, each clinician their own. Typing the shortcut and
 * then Space, Tab or Enter in a note field inserts the text.
 */
export function NoteTemplatesPage() {
  usePageTitle('Note templates');
  const { user } = useSession();
  const scope: SaveNoteTemplate['scope'] = user.role === 'admin' ? 'clinic' : 'mine';
  const list = useApiQuery(API.listNoteTemplates);
  const [editing, setEditing] = useState<NoteTemplate | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const fieldMessage = useFieldMessage();
  const form = useSubmit(async () => {
    setDone(null);
    try {
      const body = { ...draft, scope };
      const saved = editing
        ? await call(API.updateNoteTemplate, { params: { id: editing.id }, body })
        : await call(API.createNoteTemplate, { body });
      setDone(`${saved.shortcut} saved.`);
      setEditing(null);
      setDraft(EMPTY);
      list.reload();
    } catch (err) {
      if (err instanceof ApiError && err.field) focusField(err.field);
      throw err;
    }
  });
  const [removeError, setRemoveError] = useState<unknown>(null);

  const startEdit = (t: NoteTemplate) => {
    setEditing(t);
    setDraft({ shortcut: t.shortcut, title: t.title, body: t.body });
    setDone(null);
    requestAnimationFrame(() => document.getElementById('template-shortcut')?.focus());
  };
  const del = async (t: NoteTemplate) => {
    if (!window.confirm(`Delete the template ${t.shortcut}?`)) return;
    setDone(null);
    setRemoveError(null);
    try {
      await call(API.deleteNoteTemplate, { params: { id: t.id } });
      setDone(`${t.shortcut} deleted.`);
      list.reload();
    } catch (err) {
      setRemoveError(err);
    }
  };
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const templates = list.data?.templates ?? [];

  return (
    <>
      <h1>Note templates</h1>
      <p>
        In a note field, type a shortcut such as <span className="mono">.lbp</span> and then Space, Tab or
        Enter to insert its text, or choose it from the template menu under the field.{' '}
        {scope === 'clinic'
          ? 'The templates you keep here are the clinic’s: every clinician can use them.'
          : 'The clinic’s templates are kept by the admin; you can add your own, which only you see.'}
      </p>
      <LoadState loading={list.loading && !list.data} error={list.error} what="the templates" />
      {done && <StatusMessage>{done}</StatusMessage>}
      <ErrorAlert error={removeError} title="Not deleted:" />
      {templates.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Templates</caption>
            <thead>
              <tr>
                <th scope="col">Shortcut</th>
                <th scope="col">Title</th>
                <th scope="col">Text</th>
                <th scope="col">Kept by</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {templates.map((t) => (
                <tr key={t.id} data-testid="template-row">
                  <th scope="row" className="mono">
                    {t.shortcut}
                  </th>
                  <td>{t.title}</td>
                  <td className="template-text">{t.body}</td>
                  <td>{t.scope === 'clinic' ? 'The clinic' : 'You'}</td>
                  <td>
                    {t.canEdit && (
                      <span className="inline-controls">
                        <button type="button" className="button-secondary" onClick={() => startEdit(t)}>
                          Edit<span className="visually-hidden"> {t.shortcut}</span>
                        </button>
                        <button type="button" className="button-secondary" onClick={() => void del(t)}>
                          Delete<span className="visually-hidden"> {t.shortcut}</span>
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="card stack" onSubmit={(e) => void form.submit(e)} noValidate>
        <h2>{editing ? `Change ${editing.shortcut}` : 'Add a template'}</h2>
        <TextField
          id="template-shortcut"
          field="shortcut"
          label="Shortcut"
          hint="A dot, then letters, digits or hyphens, e.g. .lbp"
          error={fieldMessage(form.error, 'shortcut')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              maxLength={30}
              value={draft.shortcut}
              onChange={(e) => set('shortcut')(e.target.value)}
            />
          )}
        </TextField>
        <TextField id="template-title" field="title" label="Title" error={fieldMessage(form.error, 'title')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              maxLength={80}
              value={draft.title}
              onChange={(e) => set('title')(e.target.value)}
            />
          )}
        </TextField>
        <TextField
          id="template-body"
          field="body"
          label="Text to insert"
          error={fieldMessage(form.error, 'body')}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={5}
              maxLength={NOTE_TEXT_MAX}
              value={draft.body}
              onChange={(e) => set('body')(e.target.value)}
            />
          )}
        </TextField>
        {form.error !== null && !(form.error instanceof ApiError && form.error.field) && (
          <ErrorAlert error={form.error} title="Not saved:" />
        )}
        <div className="inline-controls">
          <button type="submit" disabled={form.busy}>
            {form.busy ? 'Saving…' : editing ? 'Save changes' : 'Add template'}
          </button>
          {editing && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setEditing(null);
                setDraft(EMPTY);
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </>
  );
}
