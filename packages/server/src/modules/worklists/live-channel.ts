import type { FastifyInstance } from 'fastify';
import { listenChannel, type ChannelListener } from '@omt/db';
import type { AppDeps } from '../../context';
import { liveEventsOf } from './live-events';
import { decodeLiveNotice, LIVE_CHANNEL } from './live-notice';

/**
 * On PostgreSQL, the app instance's one listening connection to the live events channel, from the app's start to its
 * close: each notice from another instance goes to this instance's streams. A malformed notice is logged (its size,
 * never its text) and ignored. Once listening again after a drop, it tells its streams to catch up (`resync`) on
 * what was sent meanwhile. SQLite is one process: its events stay in it.
 */
export function shareLiveEvents(app: FastifyInstance, deps: AppDeps): void {
  if (deps.dialect !== 'postgres') return;
  const live = liveEventsOf(deps);
  let listener: ChannelListener | null = null;
  app.addHook('onReady', async () => {
    listener = await listenChannel(deps.db, LIVE_CHANNEL, {
      onPayload: (payload) => {
        const notice = decodeLiveNotice(payload);
        if (!notice)
          app.log.warn({ channel: LIVE_CHANNEL, bytes: payload.length }, 'malformed live event ignored');
        else if (notice.from !== live.origin) live.deliver(notice.event);
      },
      onDrop: (error, retryInMs) =>
        app.log.error({ err: error, retryInMs }, 'live events: listening connection lost, reconnecting'),
      onReconnect: () => {
        app.log.info(
          { streams: live.listenerCount },
          'live events: listening again, streams told to catch up',
        );
        live.resync();
      },
    });
  });
  app.addHook('onClose', async () => {
    await listener?.close();
  });
}
