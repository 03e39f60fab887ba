/**
 * Files too large to check as you type. Parsing is incremental (only the claims
 * around an edit are read again), but the first check of a file costs about
 * 0.2 ms per KB and the claim trees stay in memory, so past the limit the editor
 * would lag; such a file gets one message and no per-keystroke work (hover and
 * completion read only the claim at the cursor, see `claim-window.ts`), and the
 * checker (`claim-check`) still checks it in full.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from './convert';

/**
 * UTF-16 code units (about bytes for claim text). 8 MB is about 19,000 claims of
 * the benchmark's kind: a billing office's largest batch files are checked as you
 * type; larger ones get one message, and the checker still checks them.
 */
export const LARGE_FILE_LIMIT = 8_000_000;

/** Not a FORMAT.md rule: it says the rules did not run. */
export const FILE_TOO_LARGE = 'file-too-large';

export function isTooLarge(document: TextDocument): boolean {
  return document.getText().length > LARGE_FILE_LIMIT;
}

export function tooLargeDiagnostic(document: TextDocument): Diagnostic {
  const megabytes = (document.getText().length / 1_000_000).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: FILE_TOO_LARGE,
    source: DIAGNOSTIC_SOURCE,
    message:
      `This file is ${megabytes} MB, over the ${LARGE_FILE_LIMIT / 1_000_000} MB that ` +
      'Claim Coding checks as you type: ' +
      'diagnostics and the other whole-file features are off for it; hover and completion ' +
      'read only the claim at the cursor. Run claim-check on it for a full check.',
  };
}
