/**
 * The batch check: a text checked claim by claim, each claim's tree let go as
 * soon as its rules have run. The checker and a workspace check want only the
 * diagnostics and where each claim stands; keeping ten thousand claim trees
 * alive until the end made the garbage collector copy them all, which cost more
 * than parsing them. An editor, which keeps its trees for the next keystroke,
 * goes through `checkClaimFile` instead.
 */
import { applySettings, checkClaim } from './check';
import type { CodeSets } from './codesets/types';
import { binaryContent, undecodedBytes } from './markup/encoding';
import { parseChunk, splitLines } from './markup/parse';
import type { Claim, Diagnostic, Range, Suppression } from './model';
import type { EngineOptions } from './options';

/** Where a claim stands: what `--summary` needs to tell the claims a diagnostic is about. */
export interface ClaimPlace {
  id: string;
  /** The claim's own lines. */
  range: Range;
  /** Elements it shares with other claims (an 837P's billing provider and patient loops). */
  shared?: Range[];
}

export interface TextCheck {
  diagnostics: Diagnostic[];
  /** In text order. */
  claims: ClaimPlace[];
}

export function checkText(text: string, codeSets: CodeSets, options: EngineOptions): TextCheck {
  const lines = splitLines(text);
  // A binary file would give a syntax error on nearly every line: one message instead.
  const binary = binaryContent(text);
  if (binary) return { diagnostics: applySettings([binary], [], options), claims: [] };

  const found: Diagnostic[] = [];
  const undecoded = undecodedBytes(text, lines);
  if (undecoded) found.push(undecoded);
  const suppressions: Suppression[] = [];
  const claims: ClaimPlace[] = [];
  const context = { codeSets, options };
  for (let start = 0; start < lines.length;) {
    const chunk = parseChunk(lines, start);
    for (const diagnostic of chunk.diagnostics) found.push(diagnostic);
    for (const suppression of chunk.suppressions) suppressions.push(suppression);
    const claim = chunk.claim;
    if (claim) {
      claims.push({ id: claim.id.text, range: claim.range });
      for (const diagnostic of checkClaim(claim, context)) found.push(diagnostic);
    }
    start = chunk.end;
  }
  return { diagnostics: applySettings(found, suppressions, options), claims };
}

/** Where each parsed claim stands, shared elements included. */
export function claimPlaces(claims: readonly Claim[]): ClaimPlace[] {
  return claims.map((claim) => {
    const shared: Range[] = [];
    for (const part of [claim.billing, claim.rendering, claim.patient, claim.payer]) {
      if (part) shared.push(part.range);
    }
    return { id: claim.id.text, range: claim.range, shared };
  });
}
