// The worker of parallel.ts when the CLI runs from its TypeScript sources: tsx's loader first.
import { register } from 'tsx/esm/api';

register();
await import('./corpus-worker.ts');
