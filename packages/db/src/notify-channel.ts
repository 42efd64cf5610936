import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import { afterCommit, unitOfWorkOpen } from './unit-of-work';

/**
 * PostgreSQL's LISTEN/NOTIFY between the app processes sharing one database. `notifyAtCommit` sends a payload
 * inside the unit of work's transaction, so PostgreSQL delivers it when that commits and never on rollback;
 * `listenChannel` keeps one dedicated connection (not one of the pool's) listening, reconnecting with backoff when
 * it drops. A notification sent while a listener is reconnecting is lost to it: what it announces must also be found
 * by reading the database, and `onReconnect` tells when to read it again.
 */

/** The connection settings of each PostgreSQL database opened (`openDatabase`), for its listening connections. */
const configs = new WeakMap<object, pg.ClientConfig>();

export function registerChannelConfig(db: object, config: pg.ClientConfig): void {
  configs.set(db, config);
}

/** Channel names are plain identifiers: they are written into LISTEN as they are. */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** The name the listening connections go by in `pg_stat_activity`. */
export const LISTENER_APPLICATION_NAME = 'omt-listener';

/**
 * Sends payload on channel when the change being made here commits: inside the open unit of work's transaction, or
 * after its unit of work ends well if that has not opened, or at once outside one.
 */
export async function notifyAtCommit(db: Kysely<DB>, channel: string, payload: string): Promise<void> {
  const send = async () => void (await sql`select pg_notify(${channel}, ${payload})`.execute(db));
  if (unitOfWorkOpen(db)) await send();
  else await afterCommit(db, send);
}

export interface ChannelListener {
  /** Stops listening and ends the connection; a reconnection waiting is cancelled. */
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Each notification's payload ('' when it had none); it must not throw. */
  onPayload(payload: string): void;
  /** The connection failed or dropped; it is tried again after the delay given. */
  onDrop(error: unknown, retryInMs: number): void;
  /**
   * Listening again after a drop or a failed attempt: what was sent meanwhile was missed. Called once LISTEN has
   * taken effect, so a read of the database begun after it misses nothing (later notifications are heard). It must
   * not throw.
   */
  onReconnect?(): void;
  /** The first wait before reconnecting, doubled on each failure in a row up to `maxRetryMs` (default 0.5 s, 30 s). */
  firstRetryMs?: number;
  maxRetryMs?: number;
}

/** How long closing waits for the server's goodbye before it drops the socket. */
const CLOSE_WAIT_MS = 2_000;

class Listener implements ChannelListener {
  #client: pg.Client | null = null;
  #retry: NodeJS.Timeout | null = null;
  #failures = 0;
  #closed = false;
  /** A connection dropped or an attempt failed since the last LISTEN took effect. */
  #missed = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly options: ListenOptions,
  ) {}

  /** One attempt to connect and listen; a failure schedules the next. */
  async connect(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client({
      ...this.config,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
    });
    this.#client = client;
    client.on('notification', (n) => {
      if (n.channel === this.channel) this.options.onPayload(n.payload ?? '');
    });
    client.on('error', (error) => this.#dropped(client, error));
    client.on('end', () => this.#dropped(client, new Error('the listening connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
    } catch (error) {
      this.#dropped(client, error);
      return;
    }
    this.#failures = 0;
    if (this.#missed && this.#client === client) {
      this.#missed = false;
      this.options.onReconnect?.();
    }
  }

  #dropped(client: pg.Client, error: unknown): void {
    if (this.#client !== client) return; // closed, or already replaced
    this.#client = null;
    void client.end().catch(() => undefined);
    if (this.#closed) return;
    this.#missed = true;
    const first = this.options.firstRetryMs ?? 500;
    const wait = Math.min(this.options.maxRetryMs ?? 30_000, first * 2 ** this.#failures++);
    this.options.onDrop(error, wait);
    this.#retry = setTimeout(() => {
      this.#retry = null;
      void this.connect();
    }, wait);
    this.#retry.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    const client = this.#client;
    this.#client = null;
    if (!client) return;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)));
    await Promise.race([client.end().catch(() => undefined), waited]);
    clearTimeout(timer);
  }
}

/**
 * Listens on channel on a connection of its own to db's PostgreSQL. Resolves once the first attempt has ended:
 * listening, or failed and to be tried again (`onDrop` was told).
 */
export async function listenChannel(
  db: Kysely<DB>,
  channel: string,
  options: ListenOptions,
): Promise<ChannelListener> {
  const config = configs.get(db);
  if (!config) throw new Error('listenChannel: not a PostgreSQL database opened by openDatabase');
  if (!CHANNEL.test(channel)) throw new Error(`listenChannel: "${channel}" is not a plain channel name`);
  const listener = new Listener(config, channel, options);
  await listener.connect();
  return listener;
}
