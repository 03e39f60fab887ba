/** Folding ranges (claims, notes, comment blocks) and smart-select ranges. */
import {
  FoldingRangeKind,
  type FoldingRange,
  type Position,
  type SelectionRange,
} from 'vscode-languageserver/node';
import type { ClaimEngine } from '../engine/index';

export function foldingRanges(engine: ClaimEngine, text: string): FoldingRange[] {
  return engine.folding(text).map((region) => ({
    startLine: region.startLine,
    endLine: region.endLine,
    kind: region.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
  }));
}

/** One chain per position, innermost first; a position with nothing around it gets itself. */
export function selectionRanges(
  engine: ClaimEngine,
  text: string,
  positions: Position[],
): SelectionRange[] {
  return positions.map((position) => {
    const ranges = engine.selectionRanges(text, position);
    let chain: SelectionRange | undefined;
    for (const range of ranges.reverse()) chain = { range, parent: chain };
    return chain ?? { range: { start: position, end: position } };
  });
}
