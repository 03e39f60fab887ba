/**
 * A code lens on each `claim` line with its totals: lines, units, charges and
 * problems. The lens is text only: its command is empty, so clicking does
 * nothing (VS Code renders it unclickable; other editors show the title).
 */
import type { CodeLens } from 'vscode-languageserver/node';
import type { ClaimEngine } from '../engine/index';
import type { Diagnostic } from '../engine/model';

/** `diagnostics`: those of the published check of this version, so the counts agree. */
export function codeLenses(
  engine: ClaimEngine,
  text: string,
  diagnostics: Diagnostic[],
): CodeLens[] {
  return engine.claimTotals(text, diagnostics).map((totals) => ({
    range: totals.range,
    command: { title: totals.title, command: '' },
  }));
}
