import type { ClaimCache } from './claim-cache';
import type { CodeSets } from './codesets/types';
import type { Claim, ClaimFile, Diagnostic } from './model';
import type { EngineOptions } from './options';
import { allRules } from './rules';
import type { RuleContext } from './rules/types';

/** Rules whose diagnostics come from the parser rather than from a claim check. */
const PARSER_RULES = new Set(['syntax']);

/** The text a file was parsed from, and the cache that keeps unchanged claims' results. */
export interface ClaimReuse {
  lines: string[];
  cache: ClaimCache;
}

/**
 * Runs every rule on every claim, then applies levels and suppression comments.
 * With `reuse`, a claim whose text is unchanged since the last check is not checked again.
 */
export function checkClaimFile(
  file: ClaimFile,
  codeSets: CodeSets,
  options: EngineOptions,
  reuse?: ClaimReuse,
): Diagnostic[] {
  const context: RuleContext = { codeSets, options, file };
  const found: Diagnostic[] = [...file.diagnostics];
  for (const claim of file.claims) {
    if (!reuse) {
      found.push(...checkClaim(claim, context));
      continue;
    }
    const first = claim.range.start.line;
    const source = reuse.lines.slice(first, claim.range.end.line + 1).join('\n');
    found.push(...reuse.cache.get(source, first, () => checkClaim(claim, context)));
  }
  reuse?.cache.endCheck();
  return applySettings(found, file, options);
}

/** Every rule on one claim, before levels and suppressions. */
export function checkClaim(claim: Claim, context: RuleContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const rule of allRules) {
    if (PARSER_RULES.has(rule.name)) continue;
    if (context.options.ruleLevels[rule.name] === 'off') continue;
    found.push(...rule.check(claim, context));
  }
  return found;
}

/** Applies per-rule levels and `# claim-check: ignore RULE` comments, then sorts. */
export function applySettings(
  diagnostics: Diagnostic[],
  file: ClaimFile,
  options: EngineOptions,
): Diagnostic[] {
  const silenced = new Map<number, Set<string>>();
  for (const suppression of file.suppressions) {
    for (const line of [suppression.line, suppression.line + 1]) {
      const rules = silenced.get(line) ?? new Set<string>();
      for (const rule of suppression.rules) rules.add(rule);
      silenced.set(line, rules);
    }
  }

  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const level = options.ruleLevels[diagnostic.rule];
    if (level === 'off') continue;
    const rules = silenced.get(diagnostic.range.start.line);
    if (rules && (rules.has(diagnostic.rule) || rules.has('all'))) continue;
    kept.push(level ? { ...diagnostic, severity: level } : diagnostic);
  }
  return kept.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.rule.localeCompare(b.rule),
  );
}
