import path from 'node:path';
import { AppError } from '../errors';

/**
 * What a failed write means to the person who asked for it. A full disk and a folder the
 * server may not write are conditions an administrator can fix, not bugs: they are answered
 * with their own status (507, 503) and a message naming the cause, never a bare 500.
 */
export function storageFault(error: unknown, file: string): AppError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = path.basename(path.dirname(file));
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('insufficient-storage', `The disk holding the corpus is full: nothing was saved to ${where}/. Free some space, then retry.`, { cause: 'disk-full' });
    case 'EROFS':
      return new AppError('unavailable', `The corpus is on a read-only file system: nothing was saved to ${where}/.`, { cause: 'read-only' });
    case 'EACCES':
    case 'EPERM':
      return new AppError('unavailable', `The server may not write in ${where}/ (permission denied): nothing was saved.`, { cause: 'permission-denied' });
    default:
      return null;
  }
}

/** Rethrows a file-system error as its fault when it has one. */
export function asStorageFault(error: unknown, file: string): unknown {
  return storageFault(error, file) ?? error;
}
