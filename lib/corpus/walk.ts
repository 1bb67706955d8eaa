import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { DATA_DIR_NAME } from '../config';
import { AppError } from '../errors';

export interface CorpusFile {
  /** Relative to the corpus, forward slashes. */
  file: string;
  /** Where to read it: the file itself, or a symlink's target inside the corpus. */
  absolute: string;
  size: number;
  mtimeMs: number;
  /** Set when the file must not be read, saying why. */
  problem: string | null;
}

/**
 * Files that are certainly not article text. They are listed with the reason rather than
 * hidden, so a reviewer who dropped a PDF into the corpus sees why it shows no text.
 */
const NON_TEXT_EXTENSIONS = new Set(
  'png jpg jpeg gif webp bmp tif tiff ico heic svg pdf doc docx xls xlsx ppt pptx odt ods zip gz tgz bz2 xz 7z rar tar jar mp3 mp4 m4a wav ogg avi mov mkv webm exe dll so dylib bin class woff woff2 ttf otf eot db sqlite'.split(' '),
);

function nonTextProblem(name: string): string | null {
  const extension = path.extname(name).slice(1).toLowerCase();
  return NON_TEXT_EXTENSIONS.has(extension) ? `not a text file (.${extension})` : null;
}

/**
 * Every candidate article file under the corpus folder, sorted by path. Hidden entries and
 * the app's data folder are skipped; a symlink is followed only when its target is a file
 * inside the corpus, and folders reached through symlinks are not entered (no cycles, no
 * escapes).
 */
export function walkCorpus(corpusDir: string): CorpusFile[] {
  // Synchronous on purpose: ten thousand stat calls finish several times faster than
  // through the promise API's thread pool, and re-listing an unchanged corpus is mostly this.
  const root = corpusRoot(corpusDir);
  const found: CorpusFile[] = [];
  visit(root, root, '', found);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The corpus folder's real path; a missing folder is the user's mistake, said plainly. */
export function corpusRoot(corpusDir: string): string {
  let root: string;
  try {
    root = realpathSync(corpusDir);
  } catch {
    throw new AppError('not-found', `Corpus folder not found: ${corpusDir}`);
  }
  if (!statSync(root).isDirectory()) throw new AppError('bad-input', `Corpus is not a folder: ${corpusDir}`);
  return root;
}

function visit(root: string, dir: string, prefix: string, found: CorpusFile[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (prefix === '') throw error;
    found.push(problemEntry(dir, prefix.slice(0, -1), `unreadable folder: ${errorCode(error)}`));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (prefix === '' && entry.name === DATA_DIR_NAME) continue;
    const absolute = path.join(dir, entry.name);
    const file = prefix + entry.name;
    if (entry.isDirectory()) visit(root, absolute, `${file}/`, found);
    else if (entry.isSymbolicLink()) found.push(symlinkEntry(root, absolute, file));
    else if (entry.isFile()) pushFile(found, absolute, file);
  }
}

function pushFile(found: CorpusFile[], absolute: string, file: string): void {
  try {
    const stat = statSync(absolute);
    found.push({ file, absolute, size: stat.size, mtimeMs: stat.mtimeMs, problem: nonTextProblem(file) });
  } catch {
    // Deleted between listing the folder and looking at it: it is simply gone.
  }
}

function symlinkEntry(root: string, absolute: string, file: string): CorpusFile {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return problemEntry(absolute, file, 'broken symlink');
  }
  if (!isInside(root, target)) return problemEntry(absolute, file, 'symlink points outside the corpus; not read');
  const stat = statSync(target);
  if (stat.isDirectory()) return problemEntry(absolute, file, 'symlink to a folder; not followed');
  if (!stat.isFile()) return problemEntry(absolute, file, 'symlink to a special file; not read');
  return { file, absolute: target, size: stat.size, mtimeMs: stat.mtimeMs, problem: nonTextProblem(file) };
}

function problemEntry(absolute: string, file: string, problem: string): CorpusFile {
  let stat = { size: 0, mtimeMs: 0 };
  try {
    stat = lstatSync(absolute);
  } catch {
    // Keep zeros: the entry is listed for its problem, not its size.
  }
  return { file, absolute, size: stat.size, mtimeMs: stat.mtimeMs, problem };
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/** Whether `candidate` lies strictly inside `root` (both absolute). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
