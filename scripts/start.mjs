// `npm start [-- --corpus DIR] [--port N]`: builds the app when no build exists or the
// sources are newer than it, then serves the production build on the chosen corpus.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false,
});
const corpus = path.resolve(values.corpus ?? process.env.SHENJIAO_CORPUS ?? 'corpus');
const port = values.port ?? process.env.PORT ?? '3000';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

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
  for (const file of ['package.json', 'next.config.js']) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

const buildId = path.join('.next', 'BUILD_ID');
const needsBuild = !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime(['app', 'lib']);
if (needsBuild) {
  console.log('Building Shenjiao (first start or sources changed)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Shenjiao: corpus ${corpus}\nOpen http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  stdio: 'inherit',
  env: { ...process.env, SHENJIAO_CORPUS: corpus },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
