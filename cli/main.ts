// Shenjiao's command line: a thin face over lib/. `--json` prints exactly one JSON document
// on stdout, `--jsonl` one JSON line per item; errors go to stderr with a non-zero exit code.
import { AppError, exitCodeFor, isAppError } from '../lib/errors';
import { COMMANDS, type CommandEntry } from './commands/registry';
import { exitAfterOutput, write, writeError } from './output';

const USAGE = `Usage: shenjiao <command> [options]
       shenjiao <command> --help

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Options common to all commands:
  --corpus DIR   corpus folder (default: $SHENJIAO_CORPUS, else ./corpus)
  --json         print one JSON document on stdout
  --help, -h     usage and options
`;

const commandHelp = (c: CommandEntry) => `shenjiao ${c.name}: ${c.summary}\n\n${c.help}\n`;

/** `--help` anywhere before a `--` asks for help, whatever else is given. */
const wantsHelp = (args: string[]) => args.slice(0, args.includes('--') ? args.indexOf('--') : undefined).some((a) => a === '--help' || a === '-h');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const asked = COMMANDS.find((c) => c.name === rest[0]);
    await (name ? write(asked ? commandHelp(asked) : USAGE) : writeError(USAGE));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new AppError('bad-input', `unknown command "${name}"\n\n${USAGE}`);
  if (wantsHelp(rest)) {
    await write(commandHelp(command));
    return 0;
  }
  return (await command.load()).default.run(rest);
}

main(process.argv.slice(2)).then(exitAfterOutput, async (error: unknown) => {
  const message = isAppError(error) ? error.message : `internal error: ${(error as Error)?.message ?? error}`;
  await writeError(`shenjiao: ${message}\n`);
  if (!isAppError(error) && process.env.SHENJIAO_DEBUG) console.error(error);
  return exitAfterOutput(exitCodeFor(error));
});
