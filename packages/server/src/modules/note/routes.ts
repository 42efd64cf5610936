import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { saveNoteText } from './note-text';
import { copyExamForward } from './copy-forward';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from './templates';

/** The note's free text, copy-forward of the exam, and the clinic's templates. */
export function noteRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.saveNoteText, ({ params, body }, ctx) => saveNoteText(ctx, params.id, body));
  defineRoute(app, deps, API.copyExamForward, ({ params }, ctx) => copyExamForward(ctx, params.id));
  defineRoute(app, deps, API.listNoteTemplates, (_input, ctx) => listTemplates(ctx));
  defineRoute(app, deps, API.createNoteTemplate, ({ body }, ctx) => createTemplate(ctx, body));
  defineRoute(app, deps, API.updateNoteTemplate, ({ params, body }, ctx) =>
    updateTemplate(ctx, params.id, body),
  );
  defineRoute(app, deps, API.deleteNoteTemplate, ({ params }, ctx) => deleteTemplate(ctx, params.id));
}
