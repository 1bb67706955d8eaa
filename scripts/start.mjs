// `npm start [-- --corpus DIR] [--port N] [--host ADDR] [--users FILE]`: builds the app when
// no build exists or the sources are newer than it, then serves the production build on the
// chosen corpus. It listens on 127.0.0.1 unless --host says otherwise; on any other address
// it needs a users file, so that nobody on the network reads or writes without signing in.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

let values;
try {
  ({ values } = parseArgs({
    options: { corpus: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, users: { type: 'string' } },
    allowPositionals: false,
  }));
} catch (error) {
  console.error(`shenjiao: ${error.message}\nUsage: npm start -- [--corpus DIR] [--port N] [--host ADDR] [--users FILE]`);
  process.exit(2);
}
const corpus = path.resolve(values.corpus ?? process.env.SHENJIAO_CORPUS ?? 'corpus');
const port = values.port ?? process.env.PORT ?? '3000';
const host = values.host ?? '127.0.0.1';
const explicitUsers = values.users ?? process.env.SHENJIAO_USERS;
const usersFile = path.resolve(explicitUsers || path.join(os.homedir(), '.config', 'shenjiao', 'users.json'));
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

/** 127.0.0.0/8, ::1 and localhost reach this machine only. */
function isLoopback(address) {
  const a = address.replace(/^\[|\]$/g, '').toLowerCase();
  return a === 'localhost' || a === '::1' || /^127(\.\d{1,3}){3}$/.test(a) || /^::ffff:127(\.\d{1,3}){3}$/.test(a);
}

function refuse(message) {
  console.error(`shenjiao: ${message}`);
  process.exit(1);
}

const howToAdd = `Create it with:\n  npx shenjiao user add NAME --role lead --users ${usersFile}\n(roles: viewer, reviewer, lead; the password is asked without echo)`;
const hasUsers = existsSync(usersFile);
const relative = path.relative(corpus, usersFile);
if (hasUsers && !relative.startsWith('..') && !path.isAbsolute(relative)) {
  refuse(`the users file ${usersFile} is inside the corpus ${corpus}; keep it outside (it must never be synced or exported).`);
}
if (explicitUsers && !hasUsers) refuse(`no users file at ${usersFile}.\n${howToAdd}`);
if (!isLoopback(host) && !hasUsers) {
  refuse(`refusing to serve ${host}: anyone on the network could read and change the corpus. A users file is needed at ${usersFile}.\n${howToAdd}\nOr leave out --host to serve this machine only.`);
}

function newestSourceTime(dirs) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) visit(dir);
  for (const file of ['package.json', 'next.config.js', 'proxy.ts']) if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

const buildId = path.join('.next', 'BUILD_ID');
const needsBuild = !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime(['app', 'lib']);
if (needsBuild) {
  console.log('Building Shenjiao (first start or sources changed)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const shownHost = isLoopback(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
console.log(`Shenjiao: corpus ${corpus}`);
console.log(hasUsers ? `Sign-in required: users from ${usersFile}` : 'No users file: open to this machine only, nobody signs in.');
console.log(`Open http://${shownHost}:${port}`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port, '-H', host], {
  stdio: 'inherit',
  // The server reads the same users file; when there is none it is told a path that does
  // not exist, so it stays open exactly as this script decided.
  env: { ...process.env, SHENJIAO_CORPUS: corpus, SHENJIAO_USERS: usersFile },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
