/**
 * The claim markup parser (FORMAT.md, version 1). It never throws: a line that
 * does not parse becomes a `syntax` diagnostic and reading goes on with the next.
 */
import type { Claim, ClaimFile, Diagnostic, Suppression, Token } from '../model';
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
import { rangeOf, spanOf, splitWords } from './tokens';

const KEYWORDS = ['claim', 'payer', 'patient', 'billing', 'rendering', 'pos', 'dos', 'dx', 'svc'];
const SUPPRESSION = /claim-check:\s*ignore\s+([A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*)/;

/** Splits on LF, dropping the CR of a CRLF line end. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

export function parseClaimFile(text: string): ClaimFile {
  return parseClaimLines(splitLines(text));
}

/** Parses text already split into lines (without their line ends). */
export function parseClaimLines(lines: string[]): ClaimFile {
  const diagnostics: Diagnostic[] = [];
  const suppressions: Suppression[] = [];
  const claims: Claim[] = [];
  const sink = new SyntaxSink(diagnostics);
  let claim: Claim | undefined;
  let claimEnd = 0;

  let index = 0;
  while (index < lines.length) {
    const line = index;
    const text = lines[line];
    const comment = text.indexOf('#');
    if (comment >= 0) {
      const suppression = SUPPRESSION.exec(text.slice(comment));
      if (suppression) {
        suppressions.push({ line, rules: suppression[1].split(',').map((rule) => rule.trim()) });
      }
    }

    const words = splitWords(text, line, comment >= 0 ? comment : text.length);
    index++;
    if (words.length === 0) continue;
    const keyword = words[0];
    const name = keyword.text.toLowerCase();

    if (name === 'note') {
      const title = noteTitle(text, words, comment);
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

    const fields = new FieldReader(words, sink);
    if (name === 'claim') {
      if (claim) closeClaim(claim, claimEnd, lines);
      const id = readClaimId(fields);
      if (!id) {
        claim = undefined;
        continue;
      }
      claim = newClaim(keyword, id);
      claims.push(claim);
      claimEnd = line;
      continue;
    }

    if (!KEYWORDS.includes(name)) {
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
  if (claim) closeClaim(claim, claimEnd, lines);

  return { claims, diagnostics, suppressions, lineCount: lines.length };
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

  const header = HEADERS[name];
  if (claim[header] !== undefined) {
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

const HEADERS: Record<string, 'payer' | 'patient' | 'billing' | 'rendering' | 'pos' | 'dos'> = {
  payer: 'payer',
  patient: 'patient',
  billing: 'billing',
  rendering: 'rendering',
  pos: 'pos',
  dos: 'dos',
};

function newClaim(keyword: Token, id: Token): Claim {
  return {
    keyword,
    id,
    diagnoses: [],
    serviceLines: [],
    notes: [],
    range: spanOf(keyword.range, id.range),
  };
}

function closeClaim(claim: Claim, lastLine: number, lines: string[]): void {
  claim.range = spanOf(claim.keyword.range, rangeOf(lastLine, 0, lines[lastLine].length));
}

/** The note's title: the rest of its line, up to a comment. */
function noteTitle(text: string, words: Token[], comment: number): Token | undefined {
  if (words.length < 2) return undefined;
  const start = words[1].range.start.character;
  const end = words[words.length - 1].range.end.character;
  const line = words[0].range.start.line;
  return { text: text.slice(start, comment >= 0 ? Math.min(end, comment) : end), range: rangeOf(line, start, end) };
}

function outsideClaim(keyword: string): string {
  return `\`${keyword}\` comes before the first \`claim\` line; every statement belongs to a claim.`;
}
