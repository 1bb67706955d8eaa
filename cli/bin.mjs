#!/usr/bin/env node
// The `shenjiao` bin: runs the TypeScript CLI in this process, through tsx's loader (a
// second Node process, as `tsx cli/main.ts` starts, would cost a start-up more per call).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
