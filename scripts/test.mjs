#!/usr/bin/env node
// The one test command (`npm test`): installs what the tests need, runs typecheck, lint and every
// vitest suite (unit, component, integration on SQLite + PostgreSQL, browser journeys), then prints
// "N passed, N failed".
//
// Two streams share the machine's two cores: the web build and then the browser journeys, beside
// typecheck, lint and then the other suites. Each stream runs its test files one at a time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;

/** Runs a command; its output is printed line by line with `prefix`, or held back and printed whole at its end. */
function runStep(cmd, args, { prefix, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
    let held = '';
    let partial = '';
    const take = (data) => {
      if (!prefix) return void (held += data);
      const lines = (partial + data).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`${prefix} ${line}\n`);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    if (prefix) console.log(`${prefix} $ ${cmd} ${args.join(' ')}`);
    child.on('close', (code) => {
      if (prefix && partial) process.stdout.write(`${prefix} ${partial}\n`);
      if (!prefix) console.log(`\n$ ${cmd} ${args.join(' ')}\n${held}`);
      resolve(code === 0);
    });
  });
}

function hasPostgres() {
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`));
}

/** Debian packages the tests need; installed when we may (root), else we stop with the exact command to run. */
function installDebianPackages() {
  const needed = [
    ['Chromium', () => existsSync('/usr/bin/chromium'), ['chromium', 'fonts-dejavu-core']],
    ['PostgreSQL', hasPostgres, ['postgresql']],
  ].filter(([, present]) => !present());
  if (needed.length === 0) return Promise.resolve(true);
  const what = needed.map(([name]) => name).join(' and ');
  const pkgs = needed.flatMap(([, , p]) => p);
  if (!isRoot) {
    console.error(`\n${what} missing. Install with:\n  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n`);
    process.exit(2);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (async () => {
    const ok =
      (await runStep('apt-get', ['update', '-qq'], { env })) &&
      (await runStep('apt-get', ['install', '-y', '-qq', ...pkgs], { env })) &&
      needed.every(([, present]) => present());
    if (!ok) console.error(`\ncould not install ${what}; run: apt-get install -y ${pkgs.join(' ')}`);
    return ok;
  })();
}

if (!existsSync('node_modules/.bin/vitest')) {
  if (spawnSync('npm', ['ci'], { stdio: 'inherit' }).status !== 0) process.exit(2);
}
// The Debian install runs while the code is checked and built; the suites wait for it.
const debian = installDebianPackages();

mkdirSync('.tmp', { recursive: true });
const testEnv = { ...process.env, TZ: process.env.TZ ?? 'UTC' };
const checks = [];
const reports = [];

async function check(name, args) {
  const ok = await runStep('npx', args);
  checks.push([name, ok]);
  return ok;
}

/** One vitest run over some projects, its JSON report kept for the final count. */
async function suites(name, projectArgs) {
  if (!(await debian)) return false;
  const report = `.tmp/vitest-${name}.json`;
  reports.push(report);
  return runStep(
    'npx',
    ['vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { prefix: `[${name}]`, env: testEnv },
  );
}

const [journeysOk, restOk] = await Promise.all([
  (async () =>
    (await check('web build', ['vite', 'build', 'packages/web', '--logLevel', 'warn'])) &&
    suites('journeys', ['--project', 'e2e']))(),
  (async () => {
    await check('typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
    await check('lint', ['eslint', '.', '--max-warnings=0']);
    return suites('suites', ['--project', '!e2e']);
  })(),
]);

let passed = checks.filter(([, ok]) => ok).length;
let failed = checks.length - passed;
for (const report of reports) {
  if (!existsSync(report)) {
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.success === false && !r.numFailedTests ? 1 : 0);
}
if (reports.length < 2) failed += 2 - reports.length;
for (const [name, ok] of checks) if (!ok) console.log(`FAILED: ${name}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && journeysOk && restOk ? 0 : 1);
