/**
 * The server's log, through `connection.console` so that it lands in the
 * client's output panel. Callers pass rule names, line numbers, counts and
 * timings only: never document text, file contents or anything from a claim.
 */
import type { Connection } from 'vscode-languageserver/node';

export class ServerLog {
  constructor(private readonly connection: Connection) {}

  /** Routine detail (one line per check): the lowest level, which clients may hide. */
  detail(message: string): void {
    this.connection.console.log(message);
  }

  info(message: string): void {
    this.connection.console.info(message);
  }

  warn(message: string): void {
    this.connection.console.warn(message);
  }

  /**
   * Logs where a failure happened without its message, which could quote the
   * text being handled: the error's class and our own stack frames only.
   */
  failure(where: string, error: unknown): void {
    this.connection.console.error(`${where} failed: ${describeError(error)}`);
  }
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((frame) => frame.trim())
    .filter((frame) => frame.startsWith('at '))
    .slice(0, 5);
  return [error.name, ...frames].join('\n    ');
}

/** Milliseconds since `start` (from `performance.now()`), rounded for the log. */
export function elapsed(start: number): string {
  return `${(performance.now() - start).toFixed(1)} ms`;
}
