import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@omt/db';

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
