/**
 * Request handlers never throw back at the client: a failure is logged and the
 * client gets the empty answer, so one bad request cannot take the server down.
 */
import type { CancellationToken } from 'vscode-languageserver/node';
import { elapsed, type ServerLog } from './log';

/** A request slower than this is logged with its time, to find what makes typing lag. */
const SLOW_MS = 200;

export function safely<P, R>(
  log: ServerLog,
  where: string,
  empty: R,
  handler: (params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    if (token?.isCancellationRequested) return empty;
    const start = performance.now();
    try {
      const result = handler(params, token);
      if (performance.now() - start > SLOW_MS) log.warn(`${where} took ${elapsed(start)}`);
      return result;
    } catch (error) {
      log.failure(where, error);
      return empty;
    }
  };
}

/** The same for notifications, which have no answer. */
export function safelyNotify<P>(log: ServerLog, where: string, handler: (params: P) => void) {
  return (params: P): void => {
    try {
      handler(params);
    } catch (error) {
      log.failure(where, error);
    }
  };
}
