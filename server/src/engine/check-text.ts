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
import { type ClaimLines, LineList, LinesInPlace } from './markup/claim-lines';
import { LINE_END, parseChunk, splitLines } from './markup/parse';
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
  // A binary file would give a syntax error on nearly every line: one message instead.
  const binary = binaryContent(text);
  if (binary) return { diagnostics: applySettings([binary], [], options), claims: [] };

  const found: Diagnostic[] = [];
  // Bytes that were not UTF-8 are rare; naming their lines needs every line at once.
  const undecoded = text.includes('\uFFFD') && undecodedBytes(text, splitLines(text));
  if (undecoded) found.push(undecoded);
  const suppressions: Suppression[] = [];
  const claims: ClaimPlace[] = [];
  const context = { codeSets, options };
  // Text with a lone CR line end, rare in claim files, is split a window at a time.
  const lines: HeldLines = LinesInPlace.fits(text) ? new WholeText(text) : new LineWindow(text);
  for (let start = 0; lines.holdFrom(start);) {
    let chunk = parseChunk(lines, start);
    // A claim reaching the end of the lines read so far may go on: read more, parse again.
    while (chunk.end === lines.end && lines.readMore()) {
      chunk = parseChunk(lines, start);
    }
    for (const diagnostic of chunk.diagnostics) found.push(diagnostic);
    for (const suppression of chunk.suppressions) suppressions.push(suppression);
    const claim = chunk.claim;
    if (claim) {
      claims.push({ id: claim.id.text, range: claim.range });
      for (const diagnostic of checkClaim(claim, context)) found.push(diagnostic);
    }
    lines.forgetBefore(chunk.end);
    start = chunk.end;
  }
  return { diagnostics: applySettings(found, suppressions, options), claims };
}

/** Lines the batch check reads claim by claim, and lets go of once checked. */
interface HeldLines extends ClaimLines {
  /** Whether line `start` exists, reading on as needed to hold it. */
  holdFrom(start: number): boolean;
  /** Reads further lines; false when there are none. */
  readMore(): boolean;
  /** Lets go of the lines before `line`. */
  forgetBefore(line: number): void;
}

/** A text read in place: every line is there from the start, and nothing is held. */
class WholeText extends LinesInPlace implements HeldLines {
  holdFrom(start: number): boolean {
    return start < this.end;
  }

  readMore(): boolean {
    return false;
  }

  forgetBefore(): void {}
}

/**
 * The text's lines, split a window at a time and let go once their claim is
 * checked. An array of every line, even with the checked ones emptied, grew to
 * the file's line count and went to the old space, where each line stored into
 * it cost the garbage collector a remembered slot; the window stays a few
 * thousand lines and young.
 */
class LineWindow extends LineList implements HeldLines {
  /** Where in the text the next window starts. */
  private next = 0;

  constructor(private readonly whole: string) {
    super([]);
  }

  /** Whether line `start` exists, splitting further windows as needed to hold it. */
  holdFrom(start: number): boolean {
    while (start + AHEAD > this.end && this.readMore());
    return start < this.end;
  }

  /** Splits the next window of the text; false when all of it is split. */
  readMore(): boolean {
    const text = this.whole;
    if (this.next > text.length || (this.next === text.length && this.end > 0)) {
      return false;
    }
    const end = windowEnd(text, this.next + WINDOW);
    const lines = text.slice(this.next, end).split(LINE_END);
    // A window ending in a line end splits into a last, empty piece: the next line.
    if (end < text.length) lines.pop();
    // One by one: a spread of a window's lines could pass the limit of a call's arguments.
    const held = this.lines;
    for (let i = 0; i < lines.length; i++) held.push(lines[i]);
    this.next = end < text.length ? end : text.length + 1;
    return true;
  }

  /** Lets go of the lines before `line`, once enough of them make it worth a copy. */
  forgetBefore(line: number): void {
    const checked = line - this.base;
    if (checked < DROP_AFTER) return;
    this.lines = this.lines.slice(checked);
    this.base = line;
  }
}

/**
 * Where a window from before `from` may end: just after the first line end at or
 * after `from` (after both characters of a CR LF, so that the pair never straddles
 * two windows), or the end of the text. LF, CRLF and a lone CR all count, so that a
 * file saved with CR line ends is read in windows too.
 */
function windowEnd(text: string, from: number): number {
  if (from >= text.length) return text.length;
  // Near `from` first: a regex over the whole rest would walk the text once a window.
  const near = LINE_END.exec(text.slice(from, from + NEAR));
  if (near) {
    const at = from + near.index;
    // A CR that ends the look-ahead may be the first half of a CR LF.
    return near[0] === '\r' && text.charCodeAt(at + 1) === 10 ? at + 2 : at + near[0].length;
  }
  const feed = text.indexOf('\n', from);
  const carriage = text.indexOf('\r', from);
  if (feed < 0 && carriage < 0) return text.length;
  if (carriage < 0 || (feed >= 0 && feed < carriage)) return feed + 1;
  return text.charCodeAt(carriage + 1) === 10 ? carriage + 2 : carriage + 1;
}

/** How far past a window's size its line end is looked for before searching further. */
const NEAR = 4096;

/** Characters split at a time: a few hundred claims. */
const WINDOW = 1 << 16;
/** Lines held ahead of the claim being read, so that nearly every claim parses once. */
const AHEAD = 512;
/** Checked lines let go of at a time: more than a window's, so each copy is short. */
const DROP_AFTER = 4096;

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
