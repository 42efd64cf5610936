import { Encounter } from '../encounters';
import { NoteTemplate, NoteTemplateList, NoteText, SaveNoteTemplate, SaveNoteText } from '../note';
import { Ok } from '../common';
import { endpoint, IdParam } from './endpoint';

/** The note's free text, copy-forward of the exam, and the clinic's templates ("dot phrases"). */
export const NOTE_API = {
  saveNoteText: endpoint({
    method: 'PUT',
    path: '/api/encounters/:id/note-text',
    summary:
      "Save the draft's free text (history of present illness, assessment, plan, E/M note); 409 stale_note with the current text when the version read is old",
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    body: SaveNoteText,
    response: NoteText,
  }),

  copyExamForward: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/exam/copy-forward',
    summary:
      "Fill the exam from the patient's last signed visit; each row is marked as copied until edited or confirmed",
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    response: Encounter,
  }),

  listNoteTemplates: endpoint({
    method: 'GET',
    path: '/api/note-templates',
    summary: "The clinic's note templates and the caller's own",
    tag: 'note-templates',
    auth: 'user',
    response: NoteTemplateList,
  }),

  createNoteTemplate: endpoint({
    method: 'POST',
    path: '/api/note-templates',
    summary: "Add a template: the clinic's (admin) or one's own (clinicians)",
    tag: 'note-templates',
    auth: 'user',
    status: 201,
    body: SaveNoteTemplate,
    response: NoteTemplate,
  }),

  updateNoteTemplate: endpoint({
    method: 'PUT',
    path: '/api/note-templates/:id',
    summary: 'Change a template (its owner, or an admin for the clinic’s)',
    tag: 'note-templates',
    auth: 'user',
    params: IdParam,
    body: SaveNoteTemplate,
    response: NoteTemplate,
  }),

  deleteNoteTemplate: endpoint({
    method: 'DELETE',
    path: '/api/note-templates/:id',
    summary: 'Delete a template (its owner, or an admin for the clinic’s)',
    tag: 'note-templates',
    auth: 'user',
    params: IdParam,
    response: Ok,
  }),
};
