import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const MAIN = resolve(import.meta.dirname, '../main.ts');
const START_TIMEOUT_MS = 30_000;

/** A real clinic process (`packages/server/src/main.ts`), as `npm start` runs it. */
export interface ClinicProcess {
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves once its output contains `text`. */
  printed(text: string): Promise<void>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A port free on loopback now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts the clinic with `env` (over this process's) on a free port; resolves once it serves. */
export async function startClinicProcess(env: Record<string, string>): Promise<ClinicProcess> {
  const port = String(env.PORT ?? (await freePort()));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', WEB_DIST: '/nonexistent', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const printed = (wanted: string) =>
    new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no '${wanted}' in:\n${text}`)), START_TIMEOUT_MS);
      const check = () => {
        if (text.includes(wanted)) {
          clearTimeout(timer);
          done();
        } else waiters.push(check);
      };
      check();
      void exited.then(() => {
        if (!text.includes(wanted)) {
          clearTimeout(timer);
          fail(new Error(`exited before '${wanted}':\n${text}`));
        }
      });
    });
  await printed('is running at');
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => text,
    printed,
    stop(signal = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
