import { Writable } from 'node:stream';

/** Collects an app's JSON log lines (`startTestApp(…, { logger: { stream: sink.stream } })`). */
export function logSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}
