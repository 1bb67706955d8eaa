import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_PORTS, prepareE2eCorpora } from './support/corpora';

/** Local addresses of the sockets listening on `port`, from the kernel's own tables. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, portHex] = (local ?? '').split(':');
      if (state === '0A' && portHex === hexPort) found.push(address!); // 0A: LISTEN
    }
  }
  return found;
}

const LOOPBACK_V4 = '0100007F'; // 127.0.0.1, little-endian as the kernel prints it

test('npm start without --host listens on the loopback address only', async () => {
  test.setTimeout(120_000);
  const port = E2E_PORTS.loopbackCheck;
  const corpora = prepareE2eCorpora();
  // As a new user starts it: no --host, no users file (a home folder without one).
  const { SHENJIAO_USERS: _none, ...env } = process.env;
  const server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port), '--corpus', corpora.seeds], {
    env: { ...env, HOME: path.dirname(corpora.noUsers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.once('exit', () => (exited = true));
  try {
    await expect
      .poll(async () => (exited ? `exited: ${output}` : ((await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status ?? 0)), { timeout: 90_000 })
      .toBe(200);
    expect(output).toContain('open to this machine only');
    expect(listeningAddresses(port)).toEqual([LOOPBACK_V4]);
    // And from any other address of this machine, nothing answers.
    const others = Object.values(os.networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const other of others) {
      await expect(fetch(`http://${other!.address}:${port}/api/health`)).rejects.toThrow();
    }
  } finally {
    if (!exited) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }
});
