import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { DEV_KEY_FILE, parseSecretKey, resolveSecretKey } from './secret-key';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'omt-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SECRET_KEY', () => {
  const bytes = randomBytes(32);

  it.each([
    ['hex', bytes.toString('hex')],
    ['HEX', bytes.toString('hex').toUpperCase()],
    ['base64', bytes.toString('base64')],
    ['base64url', bytes.toString('base64url')],
  ])('reads 32 bytes written in %s', (_label, text) => {
    expect(parseSecretKey(text)?.equals(bytes)).toBe(true);
    expect(loadConfig({ SECRET_KEY: text }).secretKey?.equals(bytes)).toBe(true);
  });

  it.each([
    ['16 bytes', randomBytes(16).toString('hex')],
    ['33 bytes', randomBytes(33).toString('base64')],
    ['a passphrase', 'correct horse battery staple'],
  ])('stops the start on %s, naming the variable', (_label, text) => {
    expect(parseSecretKey(text)).toBeNull();
    expect(() => loadConfig({ SECRET_KEY: text })).toThrow(/SECRET_KEY: must be 32 bytes/);
  });

  it('is unset unless given', () => {
    expect(loadConfig({}).secretKey).toBeNull();
  });
});

describe('resolveSecretKey', () => {
  it('uses SECRET_KEY when given, and never writes a key file then', () => {
    const dir = freshDir();
    const key = randomBytes(32);
    expect(resolveSecretKey({ production: true, dataDir: dir, secretKey: key })).toBe(key);
    expect(() => statSync(join(dir, DEV_KEY_FILE))).toThrow();
  });

  it('refuses to start in production without SECRET_KEY, even with a key file in the data directory', () => {
    const dir = freshDir();
    resolveSecretKey({ production: false, dataDir: dir, secretKey: null });
    expect(() => resolveSecretKey({ production: true, dataDir: dir, secretKey: null })).toThrow(
      /SECRET_KEY is required in production/,
    );
  });

  it('outside production, generates a key once in the data directory (mode 0600) and reads it on the next start', () => {
    const dir = join(freshDir(), 'data');
    const first = resolveSecretKey({ production: false, dataDir: dir, secretKey: null });
    const path = join(dir, DEV_KEY_FILE);
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.toString('hex'));
    expect(resolveSecretKey({ production: false, dataDir: dir, secretKey: null }).equals(first)).toBe(true);
  });

  it('refuses a key file that others may read', () => {
    const dir = freshDir();
    resolveSecretKey({ production: false, dataDir: dir, secretKey: null });
    chmodSync(join(dir, DEV_KEY_FILE), 0o644);
    expect(() => resolveSecretKey({ production: false, dataDir: dir, secretKey: null })).toThrow(/chmod 600/);
  });
});
