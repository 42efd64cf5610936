import type { LiveEvent } from '@omt/contracts';
import type { AppDeps } from '../../context';

type Listener = (event: LiveEvent) => void;

/**
 * The app instance's live events, fanned out in this process only: each open `/api/events` stream listens here.
 * Behind several app instances a stream hears only its own instance; the page also refetches on reconnect and
 * every 60 s, so it is late there, never wrong.
 */
export class LiveEvents {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: LiveEvent): void {
    for (const listener of this.listeners) listener(event);
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

/** Tells the open worklists that safety tasks were opened (ids only). */
export function announceSafetyTasks(deps: AppDeps, tasks: readonly { id: string }[]): void {
  const events = liveEventsOf(deps);
  for (const t of tasks) events.publish({ kind: 'safety_task.raised', id: t.id });
}
