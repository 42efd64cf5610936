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
import { loadConfig } from './config';
import { toInstant } from './clock';

const USAGE = [
  'usage: npm run cli -- create-user <email> <role> "<display name>"   (password read from OMT_PASSWORD)',
  '       npm run cli -- backup <file>    (while the clinic runs)',
  '       npm run cli -- restore <file>   (stop the clinic first)',
].join('\n');

/** Operator commands: create the first admin (or any user) of a clinic started without the demo; back up; restore. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'create-user' && args.length === 3)
    return createUser(args[0] ?? '', args[1] ?? '', args[2] ?? '');
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
