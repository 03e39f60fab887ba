import type { Diagnostic, Range } from './model';

/**
 * Remembers each claim's diagnostics by the claim's own text, so that after an
 * edit only the claims that changed are checked again. Ranges are kept relative
 * to the claim's first line and moved to wherever the claim stands now.
 */
export class ClaimCache {
  private entries = new Map<string, Diagnostic[]>();
  private previous = new Map<string, Diagnostic[]>();
  private basis: readonly object[] = [];

  /**
   * A claim's diagnostics depend on the code sets and the options too: when either
   * is another object than for the last check, nothing remembered is reused.
   */
  keepFor(...basis: object[]): void {
    if (basis.length === this.basis.length && basis.every((b, i) => b === this.basis[i])) return;
    this.clear();
    this.basis = basis;
  }

  /** The claim's diagnostics at `firstLine`, computing them only for new claim text. */
  get(source: string, firstLine: number, compute: () => Diagnostic[]): Diagnostic[] {
    let relative = this.entries.get(source) ?? this.previous.get(source);
    if (!relative) relative = compute().map((d) => moveDiagnostic(d, -firstLine));
    this.entries.set(source, relative);
    return firstLine === 0 ? relative : relative.map((d) => moveDiagnostic(d, firstLine));
  }

  /**
   * Called after each full check: what was not asked for in this check is dropped
   * at the next, so the cache holds about two versions of the document at most.
   */
  endCheck(): void {
    this.previous = this.entries;
    this.entries = new Map();
  }

  clear(): void {
    this.entries.clear();
    this.previous.clear();
  }
}

function moveRange(range: Range, lines: number): Range {
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}

function moveDiagnostic(diagnostic: Diagnostic, lines: number): Diagnostic {
  const moved: Diagnostic = { ...diagnostic, range: moveRange(diagnostic.range, lines) };
  if (diagnostic.fixes) {
    moved.fixes = diagnostic.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((edit) => ({ ...edit, range: moveRange(edit.range, lines) })),
    }));
  }
  return moved;
}
