/**
 * Hover and completion in a file too large to check as you type. Both need only
 * the claim under the cursor, so they read that claim alone, as a small document
 * of its own, and move the ranges they return back to where the claim stands.
 * The cost no longer grows with the file: a 50 MB export answers like a small one.
 */
import type {
  CancellationToken,
  CompletionList,
  Hover,
  Position,
  Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimEngine } from '../engine/index';
import { completion } from './completion';
import { hover } from './hover';

/** How far to look for the claim's first and last line; a real claim is far shorter. */
const MAX_CLAIM_LINES = 2_000;

const CLAIM_LINE = /^[ \t\uFEFF]*claim[ \t]/i;

export interface ClaimWindow {
  /** The claim's lines as a document of their own. */
  document: TextDocument;
  /** The line of the large document where the window starts. */
  firstLine: number;
}

/** The claim around `position` (from its `claim` line to the next one), or undefined. */
export function claimWindow(document: TextDocument, position: Position): ClaimWindow | undefined {
  const lineCount = document.lineCount;
  if (position.line < 0 || position.line >= lineCount) return undefined;
  const lineText = (line: number) =>
    document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });

  let first = position.line;
  const lowest = Math.max(0, position.line - MAX_CLAIM_LINES);
  while (first > lowest && !CLAIM_LINE.test(lineText(first))) first--;

  let end = position.line + 1;
  const highest = Math.min(lineCount, position.line + MAX_CLAIM_LINES);
  while (end < highest && !CLAIM_LINE.test(lineText(end))) end++;

  const text = document.getText({
    start: { line: first, character: 0 },
    end: { line: end, character: 0 },
  });
  return {
    document: TextDocument.create(document.uri, document.languageId, document.version, text),
    firstLine: first,
  };
}

/** A position in the large document, as a position in the window. */
export function intoWindow(window: ClaimWindow, position: Position): Position {
  return { line: position.line - window.firstLine, character: position.character };
}

/** A range in the window, as a range in the large document. */
export function outOfWindow(window: ClaimWindow, range: Range): Range {
  const lines = window.firstLine;
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}

/** Hover in a large file: the claim at the cursor alone. */
export function hoverInClaim(
  engine: ClaimEngine,
  document: TextDocument,
  position: Position,
  token: CancellationToken,
): Hover | null {
  const window = claimWindow(document, position);
  if (!window) return null;
  const found = hover(engine, window.document, intoWindow(window, position), token);
  if (!found?.range) return found;
  return { ...found, range: outOfWindow(window, found.range) };
}

/** Completion in a large file: the claim at the cursor alone. */
export function completionInClaim(
  engine: ClaimEngine,
  document: TextDocument,
  position: Position,
  token: CancellationToken,
): CompletionList | null {
  const window = claimWindow(document, position);
  if (!window) return null;
  const list = completion(engine, window.document, intoWindow(window, position), token);
  if (!list) return null;
  const items = list.items.map((item) =>
    item.textEdit && 'range' in item.textEdit
      ? { ...item, textEdit: { ...item.textEdit, range: outOfWindow(window, item.textEdit.range) } }
      : item,
  );
  return { ...list, items };
}
