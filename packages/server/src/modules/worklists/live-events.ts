import { randomUUID } from 'node:crypto';
import { afterCommit, notifyAtCommit } from '@omt/db';
import type { LiveEvent } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { encodeLiveNotice, LIVE_CHANNEL } from './live-notice';

/** An open stream: it takes each event, and a catch-up call when events may have been missed. */
export interface LiveSubscriber {
  event(event: LiveEvent): void;
  resync(): void;
}

/**
 * The app instance's live events: each open `/api/events` stream listens here. An event is announced only once the
 * change it tells of has committed (`publishLive`): to this instance's streams after the commit, and on PostgreSQL to
 * every other instance's through a NOTIFY in the change's own transaction, which PostgreSQL delivers at the commit
 * (`live-channel.ts`). An instance whose listening connection is reconnecting misses what is sent meanwhile: once it
 * listens again it tells each of its streams to catch up (`resync`), and the page reads its live lists again. The page
 * also refetches on reconnecting its stream and every 60 s, so a stream may hear late, but never of a change that was
 * not saved.
 */
export class LiveEvents {
  /** This instance on the channel: it skips its own notices, which it has delivered after the commit. */
  readonly origin = randomUUID();
  private readonly listeners = new Set<LiveSubscriber>();

  subscribe(listener: LiveSubscriber): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands an event that has committed to this instance's streams. */
  deliver(event: LiveEvent): void {
    this.each((listener) => listener.event(event));
  }

  /** Tells this instance's streams that events may have been missed: their pages read their live lists again. */
  resync(): void {
    this.each((listener) => listener.resync());
  }

  /** Calls each stream; a stream failing to take the call is closing, and the others still hear. */
  private each(call: (listener: LiveSubscriber) => void): void {
    for (const listener of this.listeners) {
      try {
        call(listener);
      } catch {
        // the stream is ending
      }
    }
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

const byApp = new WeakMap<AppDeps, LiveEvents>();

/** The live events of the app these dependencies belong to. */
export function liveEventsOf(deps: AppDeps): LiveEvents {
  let events = byApp.get(deps);
  if (!events) {
    events = new LiveEvents();
    byApp.set(deps, events);
  }
  return events;
}

/**
 * Announces events to every app instance once the change being made here commits, never when it rolls back (see
 * LiveEvents). Publishers call it right after their write, inside the request's unit of work.
 */
export async function publishLive(deps: AppDeps, events: readonly LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  const live = liveEventsOf(deps);
  if (deps.dialect === 'postgres') {
    for (const event of events)
      await notifyAtCommit(deps.db, LIVE_CHANNEL, encodeLiveNotice(live.origin, event));
  }
  await afterCommit(deps.db, () => {
    for (const event of events) live.deliver(event);
    return Promise.resolve();
  });
}

/** Tells the open worklists that safety tasks were opened (ids only), once they are saved. */
export function announceSafetyTasks(deps: AppDeps, tasks: readonly { id: string }[]): Promise<void> {
  return publishLive(
    deps,
    tasks.map((t) => ({ kind: 'safety_task.raised', id: t.id })),
  );
}
