/**
 * The claim markup parser (FORMAT.md, version 1). It never throws: a line that
 * does not parse becomes a `syntax` diagnostic and reading goes on with the next.
 */
import type { Claim, ClaimFile, Diagnostic, Suppression, Token } from '../model';
import { type ClaimLines, LineList } from './claim-lines';
import { binaryContent, undecodedBytes } from './encoding';
import { clip, FieldReader, SyntaxSink } from './fields';
import {
  readClaimId,
  readDates,
  readPatient,
  readPayer,
  readPlaceOfService,
  readProvider,
} from './header';
import { readNote } from './note';
import { readDiagnosis, readServiceLine } from './service-line';
import { lowerCase, statementRange, Word } from './tokens';

const SUPPRESSION = /claim-check:\s*ignore\s+([A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*)/;

/**
 * Splits at LF, CRLF and a lone CR, the three line ends LSP counts, so that line
 * numbers agree with the editor's even in a file whose line ends were mangled.
 */
export function splitLines(text: string): string[] {
  if (text === lastSplit.text) return lastSplit.lines;
  const lines = text.split(LINE_END);
  lastSplit = { text, lines };
  return lines;
}

/**
 * The last text split: a check, a hover and a completion on one version of a
 * document all ask for its lines, and a large file takes milliseconds to split.
 * Callers share the array, so none may change it.
 */
let lastSplit: { text?: string; lines: string[] } = { lines: [] };

/** Lets `splitLines` answer for `text` with lines found another way (an incremental parse). */
export function rememberLines(text: string, lines: string[]): void {
  lastSplit = { text, lines };
}

/** The line ends LSP counts: LF, CRLF and a lone CR. */
export const LINE_END = /\r\n|\r|\n/;

export function parseClaimFile(text: string): ClaimFile {
  const lines = splitLines(text);
  // A binary file would give a syntax error on nearly every line: one message instead.
  const binary = binaryContent(text);
  if (binary) {
    return { claims: [], diagnostics: [binary], suppressions: [], lineCount: lines.length };
  }

  const file = parseClaimLines(lines);
  const undecoded = undecodedBytes(text, lines);
  return undecoded ? { ...file, diagnostics: [undecoded, ...file.diagnostics] } : file;
}

/** Parses text already split into lines (without their line ends). */
export function parseClaimLines(lines: string[]): ClaimFile {
  const chunks: ParsedChunk[] = [];
  const list = new LineList(lines);
  for (let start = 0; start < lines.length; start = chunks[chunks.length - 1].end) {
    chunks.push(parseChunk(list, start));
  }
  return fileOfChunks(chunks, lines.length);
}

/**
 * What the lines of one claim parse to: from its `claim` line up to the next
 * `claim` statement, or the lines before the first claim. A claim's meaning
 * depends on its own lines only, so an editor can parse again just the claims
 * an edit touched (see `incremental.ts`).
 */
export interface ParsedChunk {
  start: number;
  /** The first line after the chunk: the next `claim` statement, or the line count. */
  end: number;
  claim?: Claim;
  diagnostics: readonly Diagnostic[];
  suppressions: readonly Suppression[];
}

export function fileOfChunks(chunks: readonly ParsedChunk[], lineCount: number): ClaimFile {
  const claims: Claim[] = [];
  const diagnostics: Diagnostic[] = [];
  const suppressions: Suppression[] = [];
  for (const chunk of chunks) {
    if (chunk.claim) claims.push(chunk.claim);
    for (const diagnostic of chunk.diagnostics) diagnostics.push(diagnostic);
    for (const suppression of chunk.suppressions) suppressions.push(suppression);
  }
  return { claims, diagnostics, suppressions, lineCount };
}

/**
 * The reader of statement lines and where their problems go: one for every chunk,
 * since a chunk is read to its end before the next starts.
 */
const sink = new SyntaxSink();
const fields = new FieldReader(sink);

/** Most chunks hold no suppression comment: they share this list. */
const NO_SUPPRESSIONS: readonly Suppression[] = Object.freeze([]);

/** Parses from line `start` up to the next `claim` statement after it. */
export function parseChunk(lines: ClaimLines, start: number): ParsedChunk {
  sink.take(); // nothing left from a chunk whose reading was cut short
  let suppressions: Suppression[] | undefined;
  let claim: Claim | undefined;
  let claimEnd = 0;

  const end = lines.end;
  let index = start;
  while (index < end) {
    const line = index;
    const count = lines.scan(fields, line);
    const comment = fields.comment;
    const name = count > 0 ? lowerCase(fields.keyword.text) : '';
    // The next claim starts a chunk of its own.
    if (name === 'claim' && line > start) break;

    const commentText = comment >= 0 ? fields.commentText()! : '';
    if (commentText.includes('claim-check')) {
      const suppression = SUPPRESSION.exec(commentText);
      if (suppression) {
        const rules = suppression[1].split(',').map((rule) => rule.trim());
        (suppressions ??= []).push({ line, rules });
      }
    }
    index++;
    if (count === 0) continue;
    const keyword = fields.keyword;

    if (name === 'note') {
      const title = noteTitle(line, fields);
      const { note, next } = readNote(lines, line, keyword, title);
      index = next;
      if (claim) {
        claim.notes.push(note);
        claimEnd = note.range.end.line;
      } else {
        sink.report(keyword.range, outsideClaim(name));
      }
      continue;
    }

    if (name === 'claim') {
      const id = readClaimId(fields);
      if (!id) continue;
      claim = newClaim(keyword, id);
      claimEnd = line;
      continue;
    }

    if (!isStatement(name)) {
      sink.report(
        keyword.range,
        `\`${clip(keyword.text)}\` is not a statement: use claim, payer, patient, billing, ` +
          'rendering, pos, dos, dx, svc or note.',
      );
      if (claim) claimEnd = line;
      continue;
    }
    if (!claim) {
      sink.report(keyword.range, outsideClaim(name));
      continue;
    }
    claimEnd = line;
    readStatement(name, fields, claim);
  }
  if (claim) closeClaim(claim, claimEnd, lines.length(claimEnd));

  return {
    start,
    end: index,
    claim,
    diagnostics: sink.take(),
    suppressions: suppressions ?? NO_SUPPRESSIONS,
  };
}

function readStatement(name: string, fields: FieldReader, claim: Claim): void {
  switch (name) {
    case 'dx': {
      const diagnosis = readDiagnosis(fields);
      if (!diagnosis) return;
      const taken = claim.diagnoses.find((dx) => dx.letter.text === diagnosis.letter.text);
      if (taken) {
        const line = taken.letter.range.start.line + 1;
        fields.report(
          diagnosis.letter.range,
          `Diagnosis letter ${diagnosis.letter.text} is already used on line ${line}.`,
        );
        return;
      }
      claim.diagnoses.push(diagnosis);
      return;
    }
    case 'svc': {
      const serviceLine = readServiceLine(fields);
      if (serviceLine) claim.serviceLines.push(serviceLine);
      return;
    }
  }

  const header = headerNamed(name);
  if (!header) return;
  if (headerGiven(claim, header)) {
    fields.report(fields.keyword.range, `\`${name}\` is already given for claim ${claim.id.text}.`);
    return;
  }
  switch (header) {
    case 'payer':
      claim.payer = readPayer(fields);
      return;
    case 'patient':
      claim.patient = readPatient(fields);
      return;
    case 'billing':
    case 'rendering':
      claim[header] = readProvider(fields);
      return;
    case 'pos':
      claim.pos = readPlaceOfService(fields);
      return;
    case 'dos':
      claim.dos = readDates(fields);
      return;
  }
}

type Header = 'payer' | 'patient' | 'billing' | 'rendering' | 'pos' | 'dos';

/**
 * The claim field a header statement fills. A switch, not an object looked up by
 * the word: a word cut from a line is not an interned string, and a property look-up
 * with one hashes it first, on every statement of every claim.
 */
function headerNamed(name: string): Header | undefined {
  // The constants, not `name`: the claim's field is then looked up by an interned key.
  switch (name) {
    case 'payer':
      return 'payer';
    case 'patient':
      return 'patient';
    case 'billing':
      return 'billing';
    case 'rendering':
      return 'rendering';
    case 'pos':
      return 'pos';
    case 'dos':
      return 'dos';
  }
  return undefined;
}

/**
 * Whether the claim already has the header. Read by name, not as `claim[header]`:
 * claims get their headers in the order a file writes them, so they come in many
 * shapes, and a look-up by a key in a variable is then the slowest kind there is.
 */
function headerGiven(claim: Claim, header: Header): boolean {
  switch (header) {
    case 'payer':
      return claim.payer !== undefined;
    case 'patient':
      return claim.patient !== undefined;
    case 'billing':
      return claim.billing !== undefined;
    case 'rendering':
      return claim.rendering !== undefined;
    case 'pos':
      return claim.pos !== undefined;
    case 'dos':
      return claim.dos !== undefined;
  }
}

/** Whether `name` (lower case) opens a statement other than `note`. */
function isStatement(name: string): boolean {
  return name === 'dx' || name === 'svc' || name === 'claim' || headerNamed(name) !== undefined;
}

function newClaim(keyword: Token, id: Token): Claim {
  return {
    keyword,
    id,
    diagnoses: [],
    serviceLines: [],
    notes: [],
    range: statementRange(keyword, id),
  };
}

function closeClaim(claim: Claim, lastLine: number, lastLength: number): void {
  claim.range = {
    start: claim.range.start,
    end: { line: lastLine, character: lastLength },
  };
}

/** The note's title: the rest of its line, up to a comment. */
function noteTitle(line: number, fields: FieldReader): Token | undefined {
  if (fields.count < 2) return undefined;
  const start = fields.startAt(1);
  const end = fields.endAt(fields.count - 1);
  const comment = fields.comment;
  const title = fields.columns(start, comment >= 0 ? Math.min(end, comment) : end);
  return new Word(title, line, start, end);
}

function outsideClaim(keyword: string): string {
  return (
    `\`${keyword}\` comes before the first \`claim\` line; ` + 'every statement belongs to a claim.'
  );
}
