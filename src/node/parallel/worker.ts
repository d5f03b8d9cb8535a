// The module a counting worker of countCorpusParallel runs (its own tsup entry, dist/worker.js and
// dist/worker.cjs): it imports what reading and counting a file needs and nothing else, so that a
// worker starts without loading the rest of the library (Plot, linkedom, the wink-nlp model).
import { parentPort, workerData } from 'node:worker_threads';
import { compileTerms } from '../../patterns/terms.js';
import { countFile, WORKER_ROLE, type Task, type WorkerSetup } from './countFile.js';

const setup = workerData as Partial<WorkerSetup> | null;
if (parentPort !== null && setup?.role === WORKER_ROLE) {
  const port = parentPort;
  const complete = setup as WorkerSetup;
  const compiled = compileTerms(complete.terms);
  port.on('message', (task: Task) => {
    void countFile(task, complete, compiled).then((reply) => port.postMessage(reply));
  });
}
