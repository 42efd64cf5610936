import { z } from 'zod';
import { CosignQueueItem, UnsignedNote } from '../worklists';
import { endpoint } from './endpoint';

/** The clinicians' note queues and the live events that keep the worklist current. */
export const WORKLISTS_API = {
  cosignQueue: endpoint({
    method: 'GET',
    path: '/api/worklist/cosign-queue',
    summary:
      "A supervisor's co-sign queue: notes signed by their residents awaiting co-signature, oldest first",
    tag: 'worklists',
    auth: 'user',
    response: z.array(CosignQueueItem),
  }),

  myUnsignedNotes: endpoint({
    method: 'GET',
    path: '/api/worklist/unsigned-notes',
    summary:
      "The clinician's own notes still unsigned, oldest visit first; those past 24 hours marked overdue",
    tag: 'worklists',
    auth: 'user',
    response: z.array(UnsignedNote),
  }),

  events: endpoint({
    method: 'GET',
    path: '/api/events',
    summary:
      'Server-Sent Events for clinicians (Accept: text/event-stream): each event names a kind and an id, never patient data; a `resync` event means events may have been missed, so read the live lists again',
    tag: 'worklists',
    auth: 'user',
    produces: 'text/event-stream',
    response: z.string(),
  }),
} as const;
