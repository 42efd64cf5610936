import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startClinicProcess } from '../test-support/clinic-process';

// A real `npm start` process on SQLite: SIGTERM in the middle of a request lets it finish, then the process exits 0.
describe('graceful shutdown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'omt-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes a request under way when SIGTERM arrives, then exits 0', async () => {
    const clinic = await startClinicProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    const body = JSON.stringify({ email: 'someone@example.org' });
    const req = request(`${clinic.url}/api/auth/forgot-password`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        // The server answers 100 Continue once it has the request: from then on it is under way.
        expect: '100-continue',
      },
    });
    const answer = new Promise<{ status: number; text: string }>((done, fail) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', fail);
    });
    await new Promise<void>((done) => req.on('continue', done));

    const exited = clinic.stop('SIGTERM');
    await clinic.printed('SIGTERM: stopping');
    req.end(body); // the body arrives only after the server began to stop

    const { status, text } = await answer;
    expect(status).toBe(202);
    expect(JSON.parse(text)).toMatchObject({ ok: true });
    expect(await exited).toBe(0);
    await expect(fetch(`${clinic.url}/healthz`)).rejects.toThrow(); // no longer listening
  }, 30_000);
});
