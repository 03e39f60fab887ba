/**
 * Files too large to check as you type. Every check, hover and completion
 * parses the whole text, about 0.15 ms per KB, so past the limit the editor
 * would lag; such a file gets one message and no per-keystroke work, and the
 * checker (`claim-check`) still checks it in full.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from './convert';

/** UTF-16 code units (about bytes for claim text): 1 MB is thousands of claims. */
export const LARGE_FILE_LIMIT = 1_000_000;

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
      `This file is ${megabytes} MB, over the 1 MB that Claim Coding checks as you type: ` +
      'diagnostics, hover and completion are off for it. Run claim-check on it instead.',
  };
}
