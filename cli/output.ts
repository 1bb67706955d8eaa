// Everything the CLI prints goes through here. On Linux, writes to a pipe are asynchronous:
// a process that exits right after writing leaves all but the pipe's first 64 KB unsent.
// So every write waits while the stream is full (memory stays flat when streaming), and the
// process exits only once stdout and stderr have handed everything to the system.

type Stream = NodeJS.WriteStream;

/** A reader that went away (`| head`) ends the run as a pipe's writer ends: 128 + SIGPIPE. */
const EXIT_BROKEN_PIPE = 141;

let brokenPipe = false;

function watchForBrokenPipe(stream: Stream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    brokenPipe = true;
    process.exit(EXIT_BROKEN_PIPE);
  });
}
watchForBrokenPipe(process.stdout);
watchForBrokenPipe(process.stderr);

/** Writes to stdout; resolves once the stream can take more. */
export function write(text: string): Promise<void> {
  return writeTo(process.stdout, text);
}

/** Writes to stderr (messages, progress), with the same care as stdout. */
export function writeError(text: string): Promise<void> {
  return writeTo(process.stderr, text);
}

function writeTo(stream: Stream, text: string): Promise<void> {
  if (brokenPipe || stream.write(text)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', resolve));
}

/** One JSON document, pretty, on stdout. */
export function printJson(value: unknown): Promise<void> {
  return write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One JSON value on one line (JSON Lines), for streams of results. */
export function printJsonLine(value: unknown): Promise<void> {
  return write(`${JSON.stringify(value)}\n`);
}

/** Resolves when everything written so far to the stream has been handed to the system. */
function drained(stream: Stream): Promise<void> {
  if (brokenPipe || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** The one way out of the CLI: wait for the output to drain, then exit with the code. */
export async function exitAfterOutput(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
