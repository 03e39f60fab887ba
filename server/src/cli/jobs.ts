/**
 * Checking many files on every core: worker threads, each with its own engine
 * built from the same command line, take batches of files in turn; results
 * come back in the order the files were given, so the output does not depend
 * on the number of jobs.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ClaimInput } from './inputs';
import type { ReportedDiagnostic } from './report';
import type { FileOutcome } from './summary';

/** What checking one file gives: its diagnostics, and what `--summary` counts. */
export interface FileResult {
  reported: ReportedDiagnostic[];
  outcome: FileOutcome;
}

/** Checks one file; the same function runs in the main thread and in every worker. */
export type CheckFile = (input: ClaimInput) => FileResult;

/** Files per message: large enough that messaging is cheap, small enough to share the work. */
const BATCH = 16;

/**
 * A worker loads the code sets (about 0.1 s): not worth it for a few files.
 * Below this many files per worker, fewer workers are started.
 */
const FILES_PER_WORKER = 32;

/**
 * Threads to use without `--jobs`: one per core, but one more only per 24 MB of
 * claims. Each thread warms up on its own (its first few hundred claims run about
 * twenty times slower than the rest, and a worker loads the code sets again), so
 * on 2 cores a second thread lost on 1,000 files of 22 MB (0.95 s against 0.86 s)
 * and won on 80 MB (1.8 s against 2.1 s).
 */
export function defaultJobs(inputs: readonly ClaimInput[]): number {
  const chars = inputs.reduce((sum, input) => sum + input.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(chars / CHARS_PER_JOB)));
}

const CHARS_PER_JOB = 24_000_000;

/** True in a worker started by `checkInParallel`. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { claimCheckWorker?: boolean })?.claimCheckWorker === true;
}

/** The command line the main thread was given, as the worker received it. */
export function workerArgv(): string[] {
  return (workerData as { argv: string[] }).argv;
}

interface Request {
  id: number;
  batch: ClaimInput[];
}

interface Answer {
  id: number;
  found: FileResult[];
}

/** In a worker: answers batches of files with their diagnostics, until terminated. */
export function serveChecks(check: CheckFile): void {
  parentPort!.on('message', ({ id, batch }: Request) => {
    const answer: Answer = { id, found: batch.map(check) };
    parentPort!.postMessage(answer);
  });
}

/**
 * Checks `inputs` on up to `jobs` threads: this one, whose engine is ready, and
 * workers running `script` (the checker's own file) with `argv`. With one job
 * or few files, everything is checked here.
 */
export async function checkInParallel(
  inputs: readonly ClaimInput[],
  jobs: number,
  check: CheckFile,
  script: string,
  argv: readonly string[],
  onProgress: (filesDone: number) => void = () => undefined,
): Promise<FileResult[]> {
  let filesDone = 0;
  const workers = Math.min(jobs - 1, Math.floor(inputs.length / FILES_PER_WORKER));
  if (workers < 1) {
    return inputs.map((input) => {
      const result = check(input);
      onProgress(++filesDone);
      return result;
    });
  }

  const batches: ClaimInput[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH) batches.push(inputs.slice(i, i + BATCH));
  const results: FileResult[][] = new Array(batches.length);
  const finished = (batch: number, found: FileResult[]) => {
    results[batch] = found;
    filesDone += found.length;
    onProgress(filesDone);
  };
  let next = 0;

  const here = async () => {
    for (let mine = next++; mine < batches.length; mine = next++) {
      finished(mine, batches[mine].map(check));
      // Let the workers' answers in, and hand them their next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const worker = async () => {
    const thread = new Worker(script, { workerData: { claimCheckWorker: true, argv } });
    const pending = new Map<number, (found: FileResult[]) => void>();
    const failed = new Promise<never>((_, reject) => {
      thread.on('error', reject);
      thread.on('exit', (code) => reject(new Error(`a checking worker stopped (exit ${code})`)));
    });
    failed.catch(() => undefined); // seen through the race below, when it matters
    thread.on('message', ({ id, found }: Answer) => pending.get(id)?.(found));
    const ask = (id: number) => {
      const answered = new Promise<FileResult[]>((resolve) => pending.set(id, resolve));
      thread.postMessage({ id, batch: batches[id] } satisfies Request);
      return Promise.race([answered, failed]);
    };
    // Two batches in flight, so that the worker never waits for this thread,
    // which is busy checking its own.
    const lane = async () => {
      for (let mine = next++; mine < batches.length; mine = next++) {
        finished(mine, await ask(mine));
      }
    };
    try {
      await Promise.all([lane(), lane()]);
    } finally {
      thread.removeAllListeners('exit');
      await thread.terminate();
    }
  };
  await Promise.all([...Array.from({ length: workers }, worker), here()]);
  return results.flat();
}
