import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashPassword } from '../../lib/access/password';
import type { Role } from '../../lib/access/roles';
import { emptyUsersFile, setUser, writeUsersFile, type UsersFile } from '../../lib/access/users-file';

/** A cheap scrypt cost: the default one is tested once, in password.test.ts. */
export const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

export const PASSWORDS: Record<string, string> = { Viv: 'viewer password 1', Ren: 'reviewer password 2', Lee: 'lead password 3' };
export const ROLE_OF: Record<string, Role> = { Viv: 'viewer', Ren: 'reviewer', Lee: 'lead' };

/** A users file in a fresh temp folder with a viewer, a reviewer and a lead. */
export async function makeUsersFile(): Promise<{ file: string; users: UsersFile }> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shenjiao-users-')), 'users.json');
  let users = emptyUsersFile();
  for (const [name, password] of Object.entries(PASSWORDS)) {
    users = setUser(users, name, { role: ROLE_OF[name]!, password: await hashPassword(password, CHEAP) }, new Date());
  }
  await writeUsersFile(file, users);
  return { file, users };
}
