// A build worker thread's entry: plain JavaScript, so it starts the same under tsx, vitest or plain Node. It runs
// the task module it was given (workerData.module): a bundle of plain JavaScript (see worker-bundle.ts) as it is,
// TypeScript through tsx's loader.
import { workerData } from 'node:worker_threads';

if (/\.ts$/.test(workerData.module)) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
