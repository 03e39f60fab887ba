/**
 * Rename of a diagnosis letter. A letter that cannot be renamed, or a new name
 * that is not a free letter A-L, comes back as an error the editor shows.
 */
import {
  ErrorCodes,
  ResponseError,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { ClaimEngine } from '../engine/index';

export function prepareRename(
  engine: ClaimEngine,
  text: string,
  position: Position,
): { range: Range; placeholder: string } | ResponseError<void> {
  const prepared = engine.prepareRename(text, position);
  if ('problem' in prepared) return new ResponseError(ErrorCodes.InvalidRequest, prepared.problem);
  return prepared;
}

export function rename(
  engine: ClaimEngine,
  uri: string,
  text: string,
  position: Position,
  newName: string,
): WorkspaceEdit | ResponseError<void> {
  const result = engine.rename(text, position, newName);
  if ('problem' in result) return new ResponseError(ErrorCodes.InvalidParams, result.problem);
  return { changes: { [uri]: result.edits } };
}
