/**
 * What happens when the server process ends unexpectedly: restart it, say so
 * once per session, and give up (with a way back) if it keeps crashing.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';

/** More crashes than this within the window and the server stays down. */
const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

export class RestartingErrorHandler implements ErrorHandler {
  private readonly restarts: number[] = [];
  private told = false;

  error(): ErrorHandlerResult {
    // A bad message is not worth a restart; the connection carries on.
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    while (this.restarts.length && now - this.restarts[0] > WINDOW_MS) this.restarts.shift();
    if (this.restarts.length >= MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message:
          'The Claim Coding server stopped 5 times in 3 minutes and was not restarted. ' +
          'Run "Claim Coding: Restart Language Server" to start it again.',
      };
    }
    this.restarts.push(now);
    if (!this.told) {
      this.told = true;
      void vscode.window.showInformationMessage(
        'The Claim Coding server stopped unexpectedly and was restarted.',
      );
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** A restart the coder asked for starts the count afresh. */
  reset(): void {
    this.restarts.length = 0;
  }
}
