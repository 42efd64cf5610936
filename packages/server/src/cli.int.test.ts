import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertUser, migrateToLatest, openDatabase } from '@omt/db';
import { openSecret, sealSecret } from './auth/secret-box';

const CLI = resolve(import.meta.dirname, 'cli.ts');

describe('the create-user command on a SQLite file', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'omt-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const createUser = (email: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI, 'create-user', email, 'admin', 'First Admin'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        OMT_PASSWORD: 'a long admin passphrase 2026',
      },
      encoding: 'utf8',
    });

  it('creates the first admin, then refuses the same email, also once that login is deactivated', async () => {
    expect(createUser('Admin@Clinic.example').status).toBe(0);
    const again = createUser('admin@clinic.example');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const handle = openDatabase({ dataDir });
    try {
      await handle.db.updateTable('users').set({ status: 'deactivated' }).execute();
    } finally {
      await handle.close();
    }
    const deactivated = createUser('admin@clinic.example');
    expect(deactivated.status).toBe(1);
    expect(deactivated.stderr).toContain('already exists');
  });
});

describe('the rotate-secret-key command on a SQLite file', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'omt-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const [old, next] = [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')];
  const rotate = (keys: { SECRET_KEY: string; NEW_SECRET_KEY: string }) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI, 'rotate-secret-key'], {
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', ...keys },
      encoding: 'utf8',
    });
  const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const userId = randomUUID();
  const storedSecret = async () => {
    const handle = openDatabase({ dataDir });
    try {
      const row = await handle.db
        .selectFrom('totp_credentials')
        .select('secret')
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      return row.secret!;
    } finally {
      await handle.close();
    }
  };

  it('refuses without a new key, then seals a stored secret again with it, after which the old key is refused', async () => {
    const handle = openDatabase({ dataDir });
    try {
      await migrateToLatest(handle);
      await insertUser(handle.db, {
        id: userId,
        email: 'doctor@clinic.example',
        password_hash: 'not-used',
        role: 'physician',
        display_name: 'A Doctor',
        credential: 'DO',
        supervisor_id: null,
        created_at: '2026-12-01T09:00:00Z',
      });
      await handle.db
        .insertInto('totp_credentials')
        .values({
          user_id: userId,
          secret: sealSecret(Buffer.from(old, 'hex'), SECRET, `totp:${userId}`),
          pending_secret: null,
          enabled_at: '2026-12-01T09:00:00Z',
          last_used_step: null,
        })
        .execute();
    } finally {
      await handle.close();
    }
    const missing = rotate({ SECRET_KEY: old, NEW_SECRET_KEY: '' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('NEW_SECRET_KEY');
    expect(rotate({ SECRET_KEY: old, NEW_SECRET_KEY: old }).status).toBe(2);

    const done = rotate({ SECRET_KEY: old, NEW_SECRET_KEY: next });
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain('two-factor accounts: 1');
    expect(openSecret(Buffer.from(next, 'hex'), await storedSecret(), `totp:${userId}`)).toBe(SECRET);

    const again = rotate({ SECRET_KEY: old, NEW_SECRET_KEY: randomBytes(32).toString('hex') });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('SECRET_KEY is not the key in use');
    expect(openSecret(Buffer.from(next, 'hex'), await storedSecret(), `totp:${userId}`)).toBe(SECRET);
  });
});
