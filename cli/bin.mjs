#!/usr/bin/env node
// The `shenjiao` bin: the CLI compiled once per version of its sources (cli/bundle.mjs), or,
// when it cannot be compiled, the TypeScript run in this process through tsx's loader.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBundle } from './bundle.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = process.env.SHENJIAO_CLI_FROM_SOURCES ? null : await cliBundle(root).catch(() => null);
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
