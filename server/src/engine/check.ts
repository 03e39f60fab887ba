import type { ClaimCache } from './claim-cache';
import type { CodeSets } from './codesets/types';
import { codeSetsForClaim } from './icd-years';
import { moveLines } from './markup/incremental';
import type { Claim, ClaimFile, Diagnostic, Suppression } from './model';
import type { EngineOptions } from './options';
import { allRules } from './rules';
import type { Rule, RuleContext } from './rules/types';

/** Rules whose diagnostics come from the parser rather than from a claim check. */
const PARSER_RULES = new Set(['syntax', 'encoding']);

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
  const context: RuleContext = { codeSets, options };
  const found: Diagnostic[] = [...file.diagnostics];
  for (const claim of file.claims) {
    // A claim whose tree the parse kept needs no look-up by its text.
    let diagnostics = checkedClaim(claim, context, reuse === undefined);
    if (!diagnostics) {
      const first = claim.range.start.line;
      const source = reuse!.lines.slice(first, claim.range.end.line + 1).join('\n');
      diagnostics = reuse!.cache.get(source, first, () => checkClaim(claim, context));
      remember(claim, { codeSets, options, diagnostics, line: first });
    }
    // A loop, not push(...): most claims have nothing to say, and this runs per claim.
    for (const diagnostic of diagnostics) found.push(diagnostic);
  }
  reuse?.cache.endCheck();
  return applySettings(found, file.suppressions, options);
}

interface CheckedClaim {
  codeSets: CodeSets;
  options: EngineOptions;
  diagnostics: Diagnostic[];
  /** The claim's first line when the diagnostics were last placed. */
  line: number;
}

/**
 * Rule results per parsed claim. An editor's parse keeps the tree of every claim
 * an edit did not touch (see `markup/incremental.ts`), so those claims are not
 * checked again; a claim an edit only moved up or down keeps its tree too, its
 * lines moved in place, and its results follow it (`placed`).
 * Results hold only for the code sets and options they were found with.
 */
const RESULTS = Symbol('rule results');

/**
 * Kept on the claim itself, not enumerable (the tree reads the same): a look-up
 * per claim per keystroke, which a WeakMap made several times slower.
 */
function remember(claim: Claim, results: CheckedClaim): void {
  Object.defineProperty(claim, RESULTS, { value: results, writable: true, configurable: true });
}

function resultsOf(claim: Claim): CheckedClaim | undefined {
  return (claim as { [RESULTS]?: CheckedClaim })[RESULTS];
}

/** The claim's results; with `orCheck` false, undefined when they would need a check. */
function checkedClaim(claim: Claim, context: RuleContext, orCheck: true): Diagnostic[];
function checkedClaim(
  claim: Claim,
  context: RuleContext,
  orCheck: boolean,
): Diagnostic[] | undefined;
function checkedClaim(claim: Claim, context: RuleContext, orCheck: boolean) {
  const { codeSets, options } = context;
  const known = resultsOf(claim);
  if (known && known.codeSets === codeSets && known.options === options) {
    return placed(claim, known);
  }
  if (!orCheck) return undefined;
  const diagnostics = detached(checkClaim(claim, context));
  remember(claim, { codeSets, options, diagnostics, line: claim.range.start.line });
  return diagnostics;
}

/** The results moved to where the claim stands now, if an edit above moved it. */
function placed(claim: Claim, known: CheckedClaim): Diagnostic[] {
  const lines = claim.range.start.line - known.line;
  if (lines !== 0) {
    known.diagnostics = moveLines(known.diagnostics, lines);
    known.line += lines;
  }
  return known.diagnostics;
}

/**
 * Diagnostics that share no object with the claim's tree. A rule may hand over a
 * range the tree holds; the tree's lines are moved in place after an edit above it,
 * and the results separately, so a shared range would move twice.
 */
function detached(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.length === 0 ? diagnostics : moveLines(diagnostics, 0);
}

/** Every rule on one claim, before levels and suppressions. */
export function checkClaim(claim: Claim, context: RuleContext): Diagnostic[] {
  // Each claim's diagnoses are read in the ICD-10-CM year of its date of service.
  const codeSets = codeSetsForClaim(context.codeSets, claim);
  const claimContext = codeSets === context.codeSets ? context : { ...context, codeSets };
  const rules = rulesToRun(context.options);
  let found: Diagnostic[] | undefined;
  for (let i = 0; i < rules.length; i++) {
    const diagnostics = rules[i].check(claim, claimContext);
    // Most rules find nothing on most claims: no array until one finds something.
    if (diagnostics.length === 0) continue;
    found ??= [];
    for (const diagnostic of diagnostics) found.push(diagnostic);
  }
  return found ?? [];
}

/** The rules a claim check runs for these options, worked out once per options object. */
function rulesToRun(options: EngineOptions): readonly Rule[] {
  let rules = RULES_TO_RUN.get(options);
  if (!rules) {
    rules = allRules.filter(
      (rule) => !PARSER_RULES.has(rule.name) && options.ruleLevels[rule.name] !== 'off',
    );
    RULES_TO_RUN.set(options, rules);
  }
  return rules;
}

/**
 * Options objects are replaced, not changed, when settings change (the engine's
 * `options` is assigned anew), so the list can follow the object.
 */
const RULES_TO_RUN = new WeakMap<EngineOptions, readonly Rule[]>();

/** Applies per-rule levels and `# claim-check: ignore RULE` comments, then sorts. */
export function applySettings(
  diagnostics: Diagnostic[],
  suppressions: readonly Suppression[],
  options: EngineOptions,
): Diagnostic[] {
  const silenced = new Map<number, Set<string>>();
  for (const suppression of suppressions) {
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
