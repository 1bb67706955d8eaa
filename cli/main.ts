// Shenjiao's command line: a thin face over lib/. `--json` prints exactly one JSON document
// on stdout; errors go to stderr with a non-zero exit code.
import { AppError, exitCodeFor, isAppError } from '../lib/errors';
import { COMMANDS } from './commands/registry';

const USAGE = `Usage: shenjiao <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`).join('\n')}

Options common to all commands:
  --corpus DIR   corpus folder (default: $SHENJIAO_CORPUS, else ./corpus)
  --json         print one JSON document on stdout
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new AppError('bad-input', `unknown command "${name}"\n\n${USAGE}`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = isAppError(error) ? error.message : `internal error: ${(error as Error)?.message ?? error}`;
    process.stderr.write(`shenjiao: ${message}\n`);
    if (!isAppError(error) && process.env.SHENJIAO_DEBUG) console.error(error);
    process.exit(exitCodeFor(error));
  },
);
