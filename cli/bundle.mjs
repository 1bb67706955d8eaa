// The CLI compiled to plain JavaScript once per version of its sources: a TypeScript loader
// would resolve and transform some 150 modules on every call, half the start-up of a
// one-article command. The bundle lives in node_modules/.cache/shenjiao (so the packages
// it leaves external resolve from there), under a key of the sources' paths, sizes and
// times; a changed source gives a new key and a new bundle, built into a temp folder and
// renamed into place, so a half-written bundle is never run.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FORMAT = 2;
const SOURCES = ['cli', 'lib'];

function sourceFiles(root) {
  const files = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|mjs|json)$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of SOURCES) visit(path.join(root, dir));
  return files.sort();
}

function sourcesKey(root) {
  const hash = createHash('sha256').update(`cli-bundle-${FORMAT}\n`);
  for (const file of [...sourceFiles(root), path.join(root, 'package.json')]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\t${size}\t${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The bundle's entry for the sources as they are now, built when missing; null when it cannot be built. */
export async function cliBundle(root) {
  const cache = path.join(root, 'node_modules', '.cache', 'shenjiao');
  const key = sourcesKey(root);
  const dir = path.join(cache, `cli-${key}`);
  const entry = path.join(dir, 'main.js');
  if (existsSync(entry)) return entry;
  let esbuild;
  try {
    // esbuild comes with tsx, which the bin needs anyway; asked through tsx, wherever npm put it.
    esbuild = createRequire(createRequire(path.join(root, 'package.json')).resolve('tsx/package.json'))('esbuild');
  } catch {
    return null;
  }
  const temp = path.join(cache, `.cli-${key}.${randomBytes(6).toString('hex')}.shenjiao-tmp`);
  try {
    await esbuild.build({
      entryPoints: [path.join(root, 'cli', 'main.ts'), path.join(root, 'cli', 'corpus-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      splitting: true,
      outdir: temp,
      logLevel: 'silent',
    });
    writeFileSync(path.join(temp, 'package.json'), '{ "type": "module" }\n');
    mkdirSync(cache, { recursive: true });
    renameSync(temp, dir);
  } catch {
    rmSync(temp, { recursive: true, force: true });
    // Another process may have put the same bundle in place meanwhile.
    return existsSync(entry) ? entry : null;
  }
  removeOldBundles(cache, dir);
  return entry;
}

/** Bundles of earlier sources, once no run started from them can still be loading its chunks. */
function removeOldBundles(cache, current) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(cache)) {
    const full = path.join(cache, name);
    if (full === current || !/^\.?cli-/.test(name)) continue;
    try {
      if (statSync(full).mtimeMs < hourAgo) rmSync(full, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
