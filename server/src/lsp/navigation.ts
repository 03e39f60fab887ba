/**
 * Go to definition (a `ptr` letter to its `dx` line), find references (the
 * pointers to a diagnosis) and document highlights, as LSP locations.
 */
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type LocationLink,
  type Position,
} from 'vscode-languageserver/node';
import type { ClaimEngine } from '../engine/index';

/** A link when the client takes links (it can then underline the pointer), else a location. */
export function definition(
  engine: ClaimEngine,
  uri: string,
  text: string,
  position: Position,
  linkSupport: boolean,
): Location[] | LocationLink[] | null {
  const target = engine.definition(text, position);
  if (!target) return null;
  if (linkSupport) {
    return [
      {
        originSelectionRange: target.originRange,
        targetUri: uri,
        targetRange: target.range,
        targetSelectionRange: target.selectionRange,
      },
    ];
  }
  return [{ uri, range: target.selectionRange }];
}

export function references(
  engine: ClaimEngine,
  uri: string,
  text: string,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  return engine.references(text, position, includeDeclaration).map((range) => ({ uri, range }));
}

export function highlights(
  engine: ClaimEngine,
  text: string,
  position: Position,
): DocumentHighlight[] {
  return engine.highlights(text, position).map((highlight) => ({
    range: highlight.range,
    kind: highlight.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
