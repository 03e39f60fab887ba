/**
 * `--summary`: what a batch of claim files holds, for thousands of files at once.
 * Counts per rule and per file, and the claims that pass cleanly, instead of one
 * line per diagnostic. Only counts and claim ids are kept, never the claims.
 */
import type { ClaimPlace } from '../engine/check-text';
import type { Diagnostic, Range, Severity } from '../engine/model';

export interface FileOutcome {
  path: string;
  claims: number;
  /** Ids of the claims no diagnostic is about. */
  cleanClaims: string[];
  /** Diagnostics per severity and per rule. */
  bySeverity: Partial<Record<Severity, number>>;
  byRule: Map<string, number>;
}

/**
 * Which claims a file's diagnostics leave clean. A diagnostic belongs to the claim
 * whose lines hold it, or to each claim that shares the element it points at (in an
 * 837P the billing provider and the patient stand above the claims). What belongs to
 * no claim (an envelope problem) counts against the file, not a claim.
 */
export function outcomeOf(
  path: string,
  claims: readonly ClaimPlace[],
  diagnostics: readonly Diagnostic[],
): FileOutcome {
  const dirty = new Set<number>();
  const bySeverity: Partial<Record<Severity, number>> = {};
  const byRule = new Map<string, number>();
  const anyShared = claims.some((claim) => claim.shared && claim.shared.length > 0);
  for (const diagnostic of diagnostics) {
    bySeverity[diagnostic.severity] = (bySeverity[diagnostic.severity] ?? 0) + 1;
    byRule.set(diagnostic.rule, (byRule.get(diagnostic.rule) ?? 0) + 1);
    // Claims stand in text order and do not overlap: the one that may hold it is found
    // by halving, so a file of ten thousand claims is not walked once per diagnostic.
    const holder = lastClaimFrom(claims, diagnostic.range.start.line);
    if (holder >= 0 && contains(claims[holder].range, diagnostic.range)) dirty.add(holder);
    if (!anyShared) continue;
    claims.forEach((claim, index) => {
      if (claim.shared?.some((outer) => contains(outer, diagnostic.range))) dirty.add(index);
    });
  }
  return {
    path,
    claims: claims.length,
    cleanClaims: claims.filter((_, index) => !dirty.has(index)).map((claim) => claim.id),
    bySeverity,
    byRule,
  };
}

/** The last claim starting at or before `line`, or -1. */
function lastClaimFrom(claims: readonly ClaimPlace[], line: number): number {
  let [low, high, found] = [0, claims.length - 1, -1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (claims[middle].range.start.line <= line) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  return found;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

interface RuleTotal {
  count: number;
  files: number;
}

/** Adds up file outcomes as they come, so a batch never holds all its diagnostics. */
export class Summary {
  private files = 0;
  private filesWithFindings: FileOutcome[] = [];
  private claims = 0;
  private clean: { path: string; id: string }[] = [];
  private rules = new Map<string, RuleTotal>();
  private severities: Partial<Record<Severity, number>> = {};

  add(outcome: FileOutcome): void {
    this.files++;
    this.claims += outcome.claims;
    for (const id of outcome.cleanClaims) this.clean.push({ path: outcome.path, id });
    for (const [rule, count] of outcome.byRule) {
      const total = this.rules.get(rule) ?? { count: 0, files: 0 };
      total.count += count;
      total.files++;
      this.rules.set(rule, total);
    }
    for (const [severity, count] of Object.entries(outcome.bySeverity) as [Severity, number][]) {
      this.severities[severity] = (this.severities[severity] ?? 0) + count;
    }
    if (outcome.byRule.size > 0) this.filesWithFindings.push(outcome);
  }

  toJSON() {
    return {
      files: this.files,
      filesWithFindings: this.filesWithFindings.length,
      claims: this.claims,
      cleanClaims: this.clean.length,
      bySeverity: this.severities,
      byRule: Object.fromEntries(
        [...this.rules].sort(byCount).map(([rule, total]) => [rule, total]),
      ),
      byFile: this.filesWithFindings.map((file) => ({
        file: file.path,
        claims: file.claims,
        cleanClaims: file.cleanClaims.length,
        ...file.bySeverity,
        byRule: Object.fromEntries(file.byRule),
      })),
      clean: this.clean.map(({ path, id }) => ({ file: path, claim: id })),
    };
  }

  formatJson(): string {
    return JSON.stringify(this.toJSON(), null, 2);
  }

  formatText(): string {
    const out: string[] = [];
    const findings = this.filesWithFindings.length;
    out.push(
      `${plural(this.files, 'file')} checked, ${findings} with findings; ` +
        `${plural(this.claims, 'claim')}, ${this.clean.length} clean.`,
    );
    const severities = countsText(this.severities);
    if (severities) out.push(`Findings: ${severities}.`);

    if (this.rules.size > 0) {
      out.push('', 'By rule:');
      const width = Math.max(...[...this.rules.keys()].map((rule) => rule.length));
      for (const [rule, total] of [...this.rules].sort(byCount)) {
        const count = String(total.count).padStart(6);
        out.push(`  ${rule.padEnd(width)}  ${count} in ${plural(total.files, 'file')}`);
      }
    }
    if (findings > 0) {
      out.push('', 'By file:');
      for (const file of this.filesWithFindings) {
        const clean = `${file.cleanClaims.length} of ${plural(file.claims, 'claim')} clean`;
        out.push(`  ${file.path}: ${countsText(file.bySeverity)} (${clean})`);
      }
    }
    if (this.clean.length > 0) {
      out.push('', 'Clean claims:');
      for (const { path, id } of this.clean) out.push(`  ${path}: ${id}`);
    }
    return out.join('\n');
  }
}

function byCount([ruleA, a]: [string, RuleTotal], [ruleB, b]: [string, RuleTotal]): number {
  return b.count - a.count || ruleA.localeCompare(ruleB);
}

function countsText(counts: Partial<Record<Severity, number>>): string {
  return (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => counts[severity])
    .map((severity) => {
      const count = counts[severity]!;
      return `${count} ${severity === 'info' || count === 1 ? severity : `${severity}s`}`;
    })
    .join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "Checked 120 of 4000 files" on one line of a terminal, redrawn in place. Written
 * only when the stream is a terminal, so logs and pipes never see it; redrawn at
 * most once per percent, so thousands of files do not flood the terminal.
 */
export class ProgressLine {
  private shown = -1;

  constructor(
    private readonly stream: { isTTY?: boolean; write(text: string): unknown },
    private readonly total: number,
  ) {}

  update(done: number): void {
    if (!this.stream.isTTY || this.total === 0) return;
    const percent = Math.floor((done * 100) / this.total);
    if (percent === this.shown && done !== this.total) return;
    this.shown = percent;
    this.stream.write(`\r\x1b[KChecked ${done} of ${plural(this.total, 'file')} (${percent}%)`);
  }

  /** Clears the line, so what follows starts on a clean line. */
  done(): void {
    if (this.stream.isTTY && this.shown >= 0) this.stream.write('\r\x1b[K');
  }
}
