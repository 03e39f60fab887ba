/**
 * Folding: each claim, each note, and each run of two or more comment lines.
 * A claim folds down to its `claim` line, so a long file reads as a list of claims.
 */
import { splitLines } from '../markup/parse';
import type { ClaimFile } from '../model';

export interface FoldingRegion {
  startLine: number;
  endLine: number;
  kind: 'region' | 'comment';
}

export function foldingRegions(text: string, file: ClaimFile): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  for (const claim of file.claims) {
    const { start, end } = claim.range;
    if (end.line > start.line)
      regions.push({ startLine: start.line, endLine: end.line, kind: 'region' });
    for (const note of claim.notes) {
      const last = note.range.end.line;
      if (last > note.range.start.line) {
        regions.push({ startLine: note.range.start.line, endLine: last, kind: 'region' });
      }
    }
  }
  regions.push(...commentRuns(text, file));
  return regions.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Runs of whole-line comments outside note bodies (where `#` is plain text). */
function commentRuns(text: string, file: ClaimFile): FoldingRegion[] {
  const inNote = new Set<number>();
  for (const claim of file.claims) {
    for (const note of claim.notes) {
      for (let line = note.range.start.line + 1; line <= note.range.end.line; line++)
        inNote.add(line);
    }
  }

  const runs: FoldingRegion[] = [];
  let first = -1;
  const lines = splitLines(text);
  for (let line = 0; line <= lines.length; line++) {
    const comment =
      line < lines.length && !inNote.has(line) && lines[line].trimStart().startsWith('#');
    if (comment && first < 0) first = line;
    if (!comment && first >= 0) {
      if (line - 1 > first) runs.push({ startLine: first, endLine: line - 1, kind: 'comment' });
      first = -1;
    }
  }
  return runs;
}
