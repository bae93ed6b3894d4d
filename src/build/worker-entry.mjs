// A build worker thread's entry: plain JavaScript, so it starts the same under tsx, vitest or plain Node; it
// registers tsx's loader, then runs the TypeScript task module it was given (workerData.module).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
