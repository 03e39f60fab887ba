/** Applies quick-fix text edits to a text, as an editor would, for fix tests. */
import type { Fix, Position, TextEdit } from '../../../server/src/engine/model';

/** The offset of an LSP position (0-based line, UTF-16 character) in `text`. */
function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return text.length;
    offset = end + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const limit = lineEnd === -1 ? text.length : lineEnd;
  return Math.min(offset + position.character, limit);
}

/** Applies edits that do not overlap, in any order, from the last to the first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits
    .map((edit) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of located) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}
