/**
 * Format document and format selection. The engine formats whole claims (a
 * column's width depends on every line of the claim); a selection keeps the
 * edits on its lines.
 */
import type { Range, TextEdit } from 'vscode-languageserver/node';
import type { ClaimEngine } from '../engine/index';

export function formatDocument(engine: ClaimEngine, text: string): TextEdit[] {
  return engine.format(text);
}

export function formatRange(engine: ClaimEngine, text: string, range: Range): TextEdit[] {
  const last =
    range.end.character === 0 && range.end.line > range.start.line
      ? range.end.line - 1
      : range.end.line;
  return engine
    .format(text)
    .filter((edit) => edit.range.start.line >= range.start.line && edit.range.start.line <= last);
}
