import { vi } from 'vitest';

/**
 * happy-dom has no EventSource: a stand-in for the browser's, driven by the test as the server and the network
 * would drive a real one. It fires what a browser's fires: `open`, `message` and named events, and `error` with the
 * state a browser leaves (reconnecting by itself, or given up).
 */
export class TestEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState: number = TestEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(
    readonly url: string,
    private readonly made: TestEventSource[],
  ) {
    super();
    made.push(this);
  }

  /** The server answered with a stream. */
  connect(): void {
    this.readyState = TestEventSource.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  /** The server sent an event: `message` for unnamed data, else the event's name. */
  send(type: string, data: string): void {
    this.dispatchEvent(new MessageEvent(type, { data }));
  }

  /** The stream dropped: the browser reconnects by itself, or gives it up (an answer that was not a stream). */
  drop({ givenUp }: { givenUp: boolean }): void {
    this.readyState = givenUp ? TestEventSource.CLOSED : TestEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
  }

  /** Calls the `on…` handler of the event's type too, as a browser does. */
  override dispatchEvent(event: Event): boolean {
    if (event.type === 'open') this.onopen?.(event);
    if (event.type === 'message') this.onmessage?.(event as MessageEvent);
    if (event.type === 'error') this.onerror?.(event);
    return super.dispatchEvent(event);
  }

  close(): void {
    this.readyState = TestEventSource.CLOSED;
  }

  get closed(): boolean {
    return this.readyState === TestEventSource.CLOSED;
  }
}

/** Puts the stand-in in place of EventSource (undone by `vi.unstubAllGlobals`); returns each one opened, in turn. */
export function stubEventSource(): TestEventSource[] {
  const made: TestEventSource[] = [];
  vi.stubGlobal(
    'EventSource',
    class extends TestEventSource {
      constructor(url: string) {
        super(url, made);
      }
    },
  );
  return made;
}
