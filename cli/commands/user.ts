import { hashPassword } from '../../lib/access/password';
import { isRole, ROLE_DUTIES, ROLES } from '../../lib/access/roles';
import {
  assertOutsideCorpus,
  emptyUsersFile,
  findUser,
  MIN_PASSWORD_LENGTH,
  readUsersFile,
  resolveUsersFile,
  setUser,
  UserName,
  withoutUser,
  writeUsersFile,
} from '../../lib/access/users-file';
import { AppError } from '../../lib/errors';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import { readPassword } from '../support/read-password';
import type { CliCommand } from './registry';

const USAGE = 'user add NAME --role viewer|reviewer|lead | passwd NAME | remove NAME | list   [--users FILE]';

const user: CliCommand = {
  async run(args) {
    const { values, positionals, corpus, json } = parseCommandArgs(args, { users: { type: 'string' }, role: { type: 'string' } });
    const file = resolveUsersFile(typeof values.users === 'string' ? values.users : null);
    assertOutsideCorpus(file, corpus);
    const [action, rawName] = positionals;
    const existing = await readUsersFile(file);

    if (action === 'list') {
      const users = Object.entries(existing?.users ?? {}).map(([name, u]) => ({ name, role: u.role, updatedAt: u.updatedAt }));
      if (json) await printJson({ file, users });
      else if (users.length === 0) await write(`No users in ${file}.\n`);
      else for (const u of users) await write(`${u.name.padEnd(24)} ${u.role}\n`);
      return 0;
    }

    if (!rawName || !['add', 'passwd', 'remove'].includes(action ?? '')) throw new AppError('bad-input', `usage: shenjiao ${USAGE}`);
    const parsed = UserName.safeParse(rawName);
    if (!parsed.success) throw new AppError('bad-input', parsed.error.issues[0]?.message ?? 'bad name');
    const name = parsed.data;
    const found = existing ? findUser(existing, name) : null;

    if (action === 'add') {
      const role = values.role;
      if (!isRole(role)) throw new AppError('bad-input', `--role takes ${ROLES.join(', ')}: ${ROLES.map((r) => `${r} ${ROLE_DUTIES[r]}`).join('; ')}`);
      if (found) throw new AppError('bad-input', `"${found[0]}" is already in ${file}; use "user passwd" to change the password`);
      const password = await newPassword(`Password for ${name}`);
      await writeUsersFile(file, setUser(existing ?? emptyUsersFile(), name, { role, password }, new Date()));
      process.stderr.write(`Added ${name} (${role}) to ${file}.\n`);
      return 0;
    }
    if (!existing || !found) throw new AppError('not-found', `no user "${name}" in ${file}`);
    if (action === 'passwd') {
      const password = await newPassword(`New password for ${found[0]}`);
      await writeUsersFile(file, setUser(existing, found[0], { role: found[1].role, password }, new Date()));
      process.stderr.write(`Password of ${found[0]} changed; their open sessions have ended.\n`);
      return 0;
    }
    await writeUsersFile(file, withoutUser(existing, found[0]));
    process.stderr.write(`Removed ${found[0]} from ${file}.\n`);
    return 0;
  },
};

async function newPassword(prompt: string): Promise<string> {
  const password = await readPassword(prompt);
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new AppError('bad-input', `a password needs at least ${MIN_PASSWORD_LENGTH} characters; nothing was changed`);
  return hashPassword(password);
}

export default user;
