/**
 * Hover: the engine finds the code under the cursor and writes its markdown;
 * this wraps it as an LSP hover over the code's range.
 */
import {
  MarkupKind,
  type CancellationToken,
  type Hover,
  type Position,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimEngine } from '../engine/index';
import { fileNameOf } from './file-name';

export function hover(
  engine: ClaimEngine,
  document: TextDocument,
  position: Position,
  token: CancellationToken,
): Hover | null {
  const found = engine.hover(document.getText(), position, fileNameOf(document.uri));
  if (token.isCancellationRequested || !found) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.markdown },
    range: found.range,
  };
}
