import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';
import { endStreamsOnClose, streamEvents } from './event-stream';
import { shareLiveEvents } from './live-channel';
import { cosignQueue, myUnsignedNotes } from './note-queues';

export function worklistRoutes(app: FastifyInstance, deps: AppDeps): void {
  endStreamsOnClose(app);
  shareLiveEvents(app, deps);
  defineRoute(app, deps, API.cosignQueue, (_i, ctx) => cosignQueue(ctx));
  defineRoute(app, deps, API.myUnsignedNotes, (_i, ctx) => myUnsignedNotes(ctx));
  defineRoute(app, deps, API.events, (_i, ctx, reply, req) => streamEvents(ctx, reply, req));
}
