/**
 * Parsing as a coder types. An editor asks for the same document again and
 * again (a check, a hover, a completion) with a small edit in between, so the
 * last few parses are kept: the same text is not parsed twice, and an edited
 * text is parsed again only around the edit, claim by claim (`parseChunk`).
 * The claims before the edit keep their trees; those after it keep them too,
 * moved to their new lines when the edit added or removed lines.
 *
 * A parse is replaced by the one made from it: `parsedText` keeps only the newest
 * parse of each document, so the trees an edit moves are moved in place, not copied
 * (copying every claim below an Enter key press in a 10,000-claim file took a third
 * of a second).
 */
import type { ClaimFile } from '../model';
import { ownCopy } from '../cache-key';
import { LineList } from './claim-lines';
import { binaryContent, undecodedBytes } from './encoding';
import {
  fileOfChunks,
  LINE_END,
  parseChunk,
  rememberLines,
  splitLines,
  type ParsedChunk,
} from './parse';
import { shiftClaim } from './shift-lines';

/** A parsed text: its lines, where each line starts, and its claims. */
export class ParsedText {
  private constructor(
    readonly text: string,
    readonly lines: string[],
    /** Offset of each line's first character in `text`. */
    readonly lineStarts: Uint32Array,
    readonly chunks: ParsedChunk[],
    readonly file: ClaimFile,
    /** Whether the text holds U+FFFD, the mark of bytes that were not UTF-8. */
    private readonly undecoded: boolean,
  ) {}

  static of(text: string): ParsedText {
    // A list of its own, never the one `splitLines` shares: `update` changes it.
    const lines = text.split(LINE_END);
    rememberLines(text, lines);
    const chunks: ParsedChunk[] = [];
    const list = new LineList(lines);
    for (let start = 0; start < lines.length; start = chunks[chunks.length - 1].end) {
      chunks.push(parseChunk(list, start));
    }
    const undecoded = text.includes(REPLACEMENT);
    const file = withEncoding(text, lines, chunks, undecoded);
    return new ParsedText(text, lines, lineStarts(text, lines), chunks, file, undecoded);
  }

  /**
   * `text` parsed again only where it differs from this one. This parse is used up
   * unless `text` is its own: its lines and claim trees move to the new one.
   */
  update(text: string): ParsedText {
    const old = this.text;
    // No `text === old` first: for a text of the same length that compares as far
    // as the change, which the block-wise prefix below does faster.
    const prefix = commonPrefix(old, text);
    if (prefix === old.length && prefix === text.length) return this;
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);

    // The lines around the change, one more on each side, so that a line end
    // split or joined at the edge of the change (CR then LF) is read as a whole.
    const first = Math.max(0, lineAt(this.lineStarts, prefix) - 1);
    const changedOld = lineAt(this.lineStarts, old.length - suffix);
    const lastOld = Math.min(this.lines.length - 1, changedOld + 1);
    const regionStart = this.lineStarts[first];
    const regionEndOld = lineEnd(this, lastOld);
    const regionEnd = regionEndOld + (text.length - old.length);
    // A copy: each edited line, and each token cut from it, would otherwise keep this
    // whole version of the document alive (4 MB a keystroke in a 10,000-claim file).
    const region = ownCopy(text.slice(regionStart, regionEnd));
    const middle = splitLines(region);
    // Only an edit can bring the mark in; only a text that held it needs a new look.
    const undecoded = this.undecoded ? text.includes(REPLACEMENT) : region.includes(REPLACEMENT);
    const delta = middle.length - (lastOld - first + 1);

    // The line starts first: they read the old lines.
    const starts = spliceStarts(this, text, first, lastOld, middle, regionStart);
    const lines = this.lines;
    spliceLines(lines, first, lastOld, middle);

    // `splitLines` may hold the same list for the old text: it answers for the new one.
    rememberLines(text, lines);
    const chunks = this.reparse(lines, first, first + middle.length, lastOld + 1, delta);
    const file = withEncoding(text, lines, chunks, undecoded);
    return new ParsedText(text, lines, starts, chunks, file, undecoded);
  }

  /**
   * Chunks for the new `lines`, where new lines `first` to `changedEnd` (exclusive)
   * replaced old lines up to `oldAfter` (exclusive) and later lines moved by `delta`.
   */
  private reparse(
    lines: string[],
    first: number,
    changedEnd: number,
    oldAfter: number,
    delta: number,
  ): ParsedChunk[] {
    const old = this.chunks;
    // A chunk's meaning depends on its lines and on the line that ends it (the next
    // `claim`), so the chunk ending at the first changed line is parsed again too.
    let reuse = lastChunkBefore(old, first);
    const chunks = old.slice(0, reuse);
    let start = reuse < old.length ? old[reuse].start : 0;
    const list = new LineList(lines);
    while (start < lines.length) {
      if (start >= changedEnd) {
        const same = chunkStartingAt(old, start - delta);
        if (same >= 0 && old[same].start >= oldAfter) {
          for (let i = same; i < old.length; i++) chunks.push(moveChunk(old[i], delta));
          return chunks;
        }
      }
      const chunk = parseChunk(list, start);
      chunks.push(chunk);
      start = chunk.end;
    }
    return chunks;
  }
}

/** Parses kept per process: a few documents open at once, each edited in turn. */
const KEPT = 4;
let kept: ParsedText[] = [];

/**
 * The parse of `text`, reusing what an earlier parse of a similar text found.
 * Returns the same object for the same text, so callers may compare by identity.
 */
export function parsedText(text: string): ParsedText {
  // The same text has the same ends, so `closest` finds it too, and `update`
  // returns it as it is.
  const replaced = closest(text);
  // Out of the list before `update` uses it up, so that a parse cut short by an
  // error is never started from again.
  kept = kept.filter((parsed) => parsed !== replaced);
  const found = replaced ? replaced.update(text) : ParsedText.of(text);
  // A new version takes the place of the one it came from: one parse per document.
  kept = [found, ...kept].slice(0, KEPT);
  rememberLines(text, found.lines);
  return found;
}

/** Forgets every kept parse (tests, or memory pressure). */
export function forgetParses(): void {
  kept = [];
}

/**
 * The kept parse that `text` is most likely an edit of: one whose start and end
 * are the same. The ends are only sampled, so that choosing costs next to nothing;
 * `update` finds the exact change.
 */
function closest(text: string): ParsedText | undefined {
  let best: ParsedText | undefined;
  let bestShared = 0;
  for (const parsed of kept) {
    const other = parsed.text;
    if (other.length > 2 * text.length || text.length > 2 * other.length) continue;
    const sample = Math.min(SAMPLE, other.length, text.length);
    const head = commonPrefix(other.slice(0, sample), text.slice(0, sample));
    const tail = commonSuffix(other, text, sample);
    // An edit leaves at least one end as it was.
    if (head + tail > bestShared && (head === sample || tail === sample)) {
      [best, bestShared] = [parsed, head + tail];
    }
  }
  return best;
}

const REPLACEMENT = '\uFFFD';

/** Characters compared at each end to pick the parse to start from. */
const SAMPLE = 4096;

function withEncoding(
  text: string,
  lines: string[],
  chunks: ParsedChunk[],
  undecoded: boolean,
): ClaimFile {
  // A binary file would give a syntax error on nearly every line: one message instead.
  const binary = binaryContent(text);
  if (binary) {
    return { claims: [], diagnostics: [binary], suppressions: [], lineCount: lines.length };
  }
  const file = fileOfChunks(chunks, lines.length);
  const problem = undecoded ? undecodedBytes(text, lines) : undefined;
  if (problem) file.diagnostics.unshift(problem);
  return file;
}

const BLOCK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Whole blocks compare natively, far faster than character by character.
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (
    i + BLOCK <= limit &&
    a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)
  ) {
    i += BLOCK;
  }
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * `lines` with `first` to `lastOld` replaced by `middle`, changed in place: the parse
 * they belong to is being replaced (see `parsedText`), and copying the list of a
 * 10,000-claim file took longer than the rest of an Enter key press.
 */
function spliceLines(lines: string[], first: number, lastOld: number, middle: string[]): void {
  const replaced = lastOld - first + 1;
  if (middle.length === replaced) {
    for (let i = 0; i < middle.length; i++) lines[first + i] = middle[i];
    return;
  }
  // A paste of many lines would pass the limit of a call's arguments: in two steps.
  if (middle.length <= MAX_SPREAD) {
    lines.splice(first, replaced, ...middle);
    return;
  }
  const after = lines.splice(first);
  for (const line of middle) lines.push(line);
  for (let i = replaced; i < after.length; i++) lines.push(after[i]);
}

/** Lines passed as arguments at most, well below any engine's limit. */
const MAX_SPREAD = 10_000;

/** Line starts, counting LF, CRLF and a lone CR as line ends (as `splitLines` does). */
function lineStarts(text: string, lines: string[]): Uint32Array {
  const starts = new Uint32Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i].length;
    offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  return starts;
}

/** Offset just after the text of `line` (where its line end begins). */
function lineEnd(parsed: ParsedText, line: number): number {
  return parsed.lineStarts[line] + parsed.lines[line].length;
}

function spliceStarts(
  parsed: ParsedText,
  text: string,
  first: number,
  lastOld: number,
  middle: string[],
  regionStart: number,
): Uint32Array {
  const oldStarts = parsed.lineStarts;
  const after = oldStarts.length - (lastOld + 1);
  const starts = new Uint32Array(first + middle.length + after);
  starts.set(oldStarts.subarray(0, first));
  let offset = regionStart;
  for (let i = 0; i < middle.length; i++) {
    starts[first + i] = offset;
    offset += middle[i].length;
    offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  const shift = text.length - parsed.text.length;
  for (let i = 0; i < after; i++) {
    starts[first + middle.length + i] = oldStarts[lastOld + 1 + i] + shift;
  }
  return starts;
}

/** The line holding `offset`: the last line starting at or before it. */
function lineAt(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the last chunk starting before `line`, or 0. */
function lastChunkBefore(chunks: readonly ParsedChunk[], line: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid].start < line) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function chunkStartingAt(chunks: readonly ParsedChunk[], line: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = chunks[mid].start;
    if (start === line) return mid;
    if (start < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The chunk as it reads `lines` further down, moved in place with its claim's tree:
 * the parse it came from is being replaced, and keeps no use for either. Problems and
 * suppressions are copies, made before the tree moves, since a problem may hold a
 * range of the tree.
 */
function moveChunk(chunk: ParsedChunk, lines: number): ParsedChunk {
  if (lines === 0) return chunk;
  // Nearly every chunk has neither: its empty lists are shared, and stay so.
  if (chunk.diagnostics.length > 0) {
    chunk.diagnostics = chunk.diagnostics.map((diagnostic) => {
      const copy = moveLines(diagnostic, lines);
      // The one parser message that names a line (a diagnosis letter used twice).
      copy.message = copy.message.replace(
        / on line (\d+)\./,
        (_, n: string) => ` on line ${Number(n) + lines}.`,
      );
      return copy;
    });
  }
  if (chunk.suppressions.length > 0) chunk.suppressions = moveLines(chunk.suppressions, lines);
  if (chunk.claim) shiftClaim(chunk.claim, lines);
  chunk.start += lines;
  chunk.end += lines;
  return chunk;
}

/**
 * A deep copy with every `line` moved: positions, note body lines and
 * suppressions are the only values in the tree that name a line.
 */
export function moveLines<T>(value: T, lines: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = moveLines(value[i], lines);
    return items as T;
  }
  // The parser's tokens are class instances whose range is read from their fields:
  // the copy keeps the class, so that it moves with its `line`.
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<
    string,
    unknown
  >;
  const source = value as Record<string, unknown>;
  for (const key in source) {
    const item = source[key];
    if (typeof item === 'object') copy[key] = moveLines(item, lines);
    else copy[key] = key === 'line' && typeof item === 'number' ? item + lines : item;
  }
  return copy as T;
}
