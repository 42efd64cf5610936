import { randomUUID } from 'node:crypto';
import {
  backupDatabase,
  emailInUse,
  insertUser,
  migrateToLatest,
  openDatabase,
  restoreDatabase,
} from '@omt/db';
import { ROLES, type Role } from '@omt/contracts';
import { hashPassword } from './auth/passwords';
import { SecretKeyMismatch } from './auth/secret-box';
import { parseSecretKey } from './auth/secret-key';
import { rotateSecretKey } from './auth/secret-key-rotation';
import { loadConfig } from './config';
import { toInstant } from './clock';

const USAGE = [
  'usage: npm run cli -- create-user <email> <role> "<display name>"   (password read from OMT_PASSWORD)',
  '       npm run cli -- backup <file>    (while the clinic runs)',
  '       npm run cli -- restore <file>   (stop the clinic first)',
  '       npm run cli -- rotate-secret-key   (stop the clinic first; SECRET_KEY the key in use, NEW_SECRET_KEY the new)',
].join('\n');

/**
 * Operator commands: create the first admin (or any user) of a clinic started without the demo; back up; restore;
 * move what SECRET_KEY seals to a new key.
 */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'create-user' && args.length === 3)
    return createUser(args[0] ?? '', args[1] ?? '', args[2] ?? '');
  if (command === 'rotate-secret-key' && args.length === 0) return rotateKey();
  if ((command === 'backup' || command === 'restore') && args[0]) {
    const config = loadConfig();
    const location = { url: config.databaseUrl, dataDir: config.dataDir };
    if (command === 'backup') await backupDatabase(location, args[0]);
    else await restoreDatabase(location, args[0]);
    console.log(command === 'backup' ? `backed up to ${args[0]}` : `restored from ${args[0]}`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

async function createUser(email: string, role: string, name: string): Promise<number> {
  if (!email || !role || !name) {
    console.error(USAGE);
    return 2;
  }
  if (!ROLES.includes(role as Role) || role === 'patient') {
    console.error(`role must be one of ${ROLES.filter((r) => r !== 'patient').join(', ')}`);
    return 2;
  }
  const password = process.env.OMT_PASSWORD ?? '';
  if (password.length < 12) {
    console.error('set OMT_PASSWORD to a password of at least 12 characters');
    return 2;
  }
  const config = loadConfig();
  const handle = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle);
    if (await emailInUse(handle.db, email)) {
      console.error(`${email} already exists`);
      return 1;
    }
    await insertUser(handle.db, {
      id: randomUUID(),
      email: email.toLowerCase(),
      password_hash: await hashPassword(password),
      role,
      display_name: name,
      credential: null,
      supervisor_id: null,
      created_at: toInstant(new Date()),
    });
    console.log(`created ${role} ${email}`);
    return 0;
  } finally {
    await handle.close();
  }
}

/** Seals every sealed value again with NEW_SECRET_KEY (auth/secret-key-rotation.ts); the clinic then starts with it. */
async function rotateKey(): Promise<number> {
  const config = loadConfig();
  const next = parseSecretKey(process.env.NEW_SECRET_KEY ?? '');
  if (!config.secretKey || !next) {
    console.error(
      'set SECRET_KEY to the key in use and NEW_SECRET_KEY to the new one: 32 random bytes as 64 hex digits or ' +
        'base64 (e.g. `openssl rand -hex 32`)',
    );
    return 2;
  }
  if (next.equals(config.secretKey)) {
    console.error('NEW_SECRET_KEY is the key in use: make a new one (e.g. `openssl rand -hex 32`)');
    return 2;
  }
  const handle = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle);
    const n = await rotateSecretKey(handle.db, config.secretKey, next).catch((error: unknown) => {
      if (error instanceof SecretKeyMismatch) {
        throw new Error(`SECRET_KEY is not the key in use: ${error.message}; nothing was changed`);
      }
      throw error;
    });
    console.log(
      `sealed again with NEW_SECRET_KEY (two-factor accounts: ${n.totpAccounts}, id token signing keys: ` +
        `${n.signingKeys}, mails not yet sent: ${n.queuedMails}); start the clinic with SECRET_KEY set to it`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
