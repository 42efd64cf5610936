#!/usr/bin/env node
// The one test command (`npm test`): installs what the tests need, runs typecheck, lint and every
// vitest suite (unit, integration on SQLite + PostgreSQL, browser journeys), then prints
// "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status === 0;
}

/** Runs a command with its output held back and printed whole at its end, so commands can run side by side. */
function runQuietly(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      console.log(`\n$ ${cmd} ${args.join(' ')}\n${out}`);
      resolve(code === 0);
    });
  });
}

function hasPostgres() {
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`));
}

/** Installs a Debian package when we may (root), or stops with the exact command to run. */
function ensureDebian(what, present, pkgs) {
  if (present()) return;
  if (!isRoot) {
    console.error(
      `\n${what} is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n`,
    );
    process.exit(2);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    !run('apt-get', ['update', '-qq'], { env }) ||
    !run('apt-get', ['install', '-y', '-qq', ...pkgs], { env }) ||
    !present()
  ) {
    console.error(`\ncould not install ${what}; run: apt-get install -y ${pkgs.join(' ')}`);
    process.exit(2);
  }
}

ensureDebian('Chromium', () => existsSync('/usr/bin/chromium'), ['chromium', 'fonts-dejavu-core']);
ensureDebian('PostgreSQL', hasPostgres, ['postgresql']);
if (!existsSync('node_modules/.bin/vitest')) {
  if (!run('npm', ['ci'])) process.exit(2);
}

// Typecheck, lint and the web build side by side (each mostly uses one core).
const named = [
  ['typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['eslint', '.', '--max-warnings=0']],
  ['web build', ['vite', 'build', 'packages/web', '--logLevel', 'warn']],
];
const results = await Promise.all(named.map(([, args]) => runQuietly('npx', args)));
const checks = named.map(([name], i) => [name, results[i]]);

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const vitestOk = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
  },
);

let passed = checks.filter(([, ok]) => ok).length;
let failed = checks.length - passed;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numTotalTestSuites && !vitestOk && !r.numFailedTests ? 1 : 0);
} else {
  failed += 1;
}
for (const [name, ok] of checks) if (!ok) console.log(`FAILED: ${name}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitestOk ? 0 : 1);
