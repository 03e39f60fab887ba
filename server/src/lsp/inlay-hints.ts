/**
 * Inlay hints: the short title after each code. Off with the setting
 * `claimCoding.inlayHints.enabled`.
 */
import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { ClaimEngine } from '../engine/index';

export function inlayHints(engine: ClaimEngine, text: string, range: Range): InlayHint[] {
  return engine.inlayHints(text, range).map((hint) => ({
    position: hint.position,
    label: hint.label,
    paddingLeft: true,
  }));
}
