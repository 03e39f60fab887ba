/**
 * Where codes stand on a claim, and the facts several rules share about them:
 * every code a coder wrote in a statement, a service line's date of service,
 * and the edit that takes a modifier off a line.
 */
import {
  isIcd10Shape,
  isModifierShape,
  isNpiShape,
  isPlaceOfServiceShape,
  isProcedureShape,
  isTaxonomyShape,
} from '../codes/shape';
import { tokenColumn, tokenLine } from '../markup/tokens';
import type { Claim, CodeToken, Fix, ServiceLine } from '../model';

/**
 * Every code written in the claim's statements, in text order. Codes written in
 * note bodies are left out: they are prose, recognised only for hover.
 *
 * Several rules ask for this per claim, so it is found once and kept with the
 * claim: the array is shared and frozen.
 */
export function codesOf(claim: Claim): CodeToken[] {
  return claimCodes(claim).codes;
}

/**
 * The claim's codes that do not have the shape of their kind (see `isWellFormed`),
 * in text order; shared like `codesOf`'s answer, and empty for nearly every claim.
 */
export function malformedCodesOf(claim: Claim): readonly CodeToken[] {
  return claimCodes(claim).malformed;
}

interface ClaimCodes {
  codes: CodeToken[];
  malformed: readonly CodeToken[];
}

/**
 * The last claim asked about and its codes. The rules run claim by claim, each
 * asking in turn, so one claim remembered answers nearly every call; it was a
 * hidden property on the claim, but adding a property to each claim gave every
 * claim object a new shape, which cost more than the look-up it saved.
 */
let lastClaim: Claim | undefined;
let lastCodes: ClaimCodes | undefined;

function claimCodes(claim: Claim): ClaimCodes {
  if (claim === lastClaim && lastCodes) return lastCodes;
  // Frozen, so that a caller that changes the shared list fails loudly instead of
  // changing what every later rule sees.
  const codes = Object.freeze(collectCodes(claim)) as CodeToken[];
  const found: ClaimCodes = { codes, malformed: malformedAmong(codes) };
  lastClaim = claim;
  lastCodes = found;
  return found;
}

const NONE_MALFORMED: readonly CodeToken[] = Object.freeze([]);

function malformedAmong(codes: readonly CodeToken[]): readonly CodeToken[] {
  let malformed: CodeToken[] | undefined;
  for (let i = 0; i < codes.length; i++) {
    if (!isWellFormed(codes[i])) (malformed ??= []).push(codes[i]);
  }
  return malformed ?? NONE_MALFORMED;
}

/**
 * Positions of the codes being sorted, by index in the array: each token's range is
 * read once, since a range may be built anew on each read. Reused from claim to
 * claim; a claim has a few dozen codes at most.
 */
const startLines: number[] = [];
const startCharacters: number[] = [];

function collectCodes(claim: Claim): CodeToken[] {
  const codes: CodeToken[] = [];
  const billing = claim.billing;
  const rendering = claim.rendering;
  if (billing) {
    if (billing.npi) codes.push(billing.npi);
    if (billing.taxonomy) codes.push(billing.taxonomy);
  }
  if (rendering) {
    if (rendering.npi) codes.push(rendering.npi);
    if (rendering.taxonomy) codes.push(rendering.taxonomy);
  }
  if (claim.pos) codes.push(claim.pos);
  const diagnoses = claim.diagnoses;
  for (let i = 0; i < diagnoses.length; i++) {
    const code = diagnoses[i].code;
    if (code) codes.push(code);
  }
  const lines = claim.serviceLines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.code) codes.push(line.code);
    const modifiers = line.modifiers;
    for (let m = 0; m < modifiers.length; m++) if (modifiers[m]) codes.push(modifiers[m]);
    if (line.pos) codes.push(line.pos);
    if (line.npi) codes.push(line.npi);
  }
  sortByStart(codes);
  return codes;
}

/**
 * Sorts by start position, keeping the order of codes that start at the same place
 * (as `Array.prototype.sort` does). An insertion sort: statements are nearly always
 * written in the order the codes are collected, so this is one pass.
 */
function sortByStart(codes: CodeToken[]): void {
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    startLines[i] = tokenLine(codes[i]);
    startCharacters[i] = tokenColumn(codes[i]);
  }
  for (let i = 1; i < n; i++) {
    const line = startLines[i];
    const character = startCharacters[i];
    let j = i - 1;
    if (!after(startLines[j], startCharacters[j], line, character)) continue;
    const code = codes[i];
    do {
      codes[j + 1] = codes[j];
      startLines[j + 1] = startLines[j];
      startCharacters[j + 1] = startCharacters[j];
      j--;
    } while (j >= 0 && after(startLines[j], startCharacters[j], line, character));
    codes[j + 1] = code;
    startLines[j + 1] = line;
    startCharacters[j + 1] = character;
  }
}

/** Whether a code at (line, character) sorts after one at (otherLine, otherCharacter). */
function after(line: number, character: number, otherLine: number, otherChar: number): boolean {
  return (line - otherLine || character - otherChar) > 0;
}

/** Whether a code as written has the shape of its kind. */
export function isWellFormed(code: CodeToken): boolean {
  const text = code.text;
  switch (code.kind) {
    case 'icd10cm':
      return isIcd10Shape(text);
    case 'procedure':
      return isProcedureShape(text);
    case 'modifier':
      return isModifierShape(text);
    case 'taxonomy':
      return isTaxonomyShape(text);
    case 'pos':
      return isPlaceOfServiceShape(text);
    case 'npi':
      return isNpiShape(text);
  }
}

/** The line's first date of service, or the claim's; undefined when neither is a real date. */
export function serviceDate(claim: Claim, line: ServiceLine): string | undefined {
  if (line.dos) return line.dos.from.value;
  return claim.dos?.from.value;
}

/** How many days the line's dates of service span (1 for a single date). */
export function serviceDays(claim: Claim, line: ServiceLine): number {
  const span = line.dos ?? claim.dos;
  const from = span?.from.value;
  const to = span?.to?.value;
  if (!from || !to) return 1;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return Number.isFinite(days) && days >= 1 ? Math.round(days) : 1;
}

/** Takes `-MOD` off the line: the hyphen before the modifier goes with it. */
export function removeModifierFix(modifier: CodeToken, preferred = true): Fix {
  const { start, end } = modifier.range;
  return {
    title: `Remove modifier ${modifier.code}`,
    preferred,
    edits: [
      {
        range: { start: { line: start.line, character: Math.max(0, start.character - 1) }, end },
        newText: '',
      },
    ],
  };
}
