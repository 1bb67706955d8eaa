// Progress of a long command on stderr: a bar with count and rate when stderr is a
// terminal, nothing at all otherwise (a log file or a CI job wants no carriage returns).
import { writeError } from './output';

export interface Progress {
  tick(): Promise<void>;
  done(): Promise<void>;
}

const WIDTH = 24;
const EVERY_MS = 100;

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick: async () => {}, done: async () => {} };
  const started = performance.now();
  let count = 0;
  let shown = 0;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const filled = total ? Math.round((count / total) * WIDTH) : WIDTH;
    const rate = seconds > 0 ? count / seconds : 0;
    return `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} · ${rate.toFixed(1)}/s · ${seconds.toFixed(1)} s\x1b[K`;
  };
  return {
    async tick() {
      count += 1;
      if (performance.now() - shown < EVERY_MS && count < total) return;
      shown = performance.now();
      await writeError(line());
    },
    async done() {
      await writeError(`${line()}\n`);
    },
  };
}
