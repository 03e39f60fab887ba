/**
 * Format document: the layout of the FORMAT.md example. Statements sit two
 * spaces in; header keywords are padded so their values start in one column;
 * `svc` fields are put in one order (ptr, units, charge, dos, pos, npi) and
 * lined up in columns within each claim; codes are written in canonical form
 * (upper case, ICD-10-CM with its dot).
 *
 * What is never touched: comments (whole-line ones stay exactly as written, one
 * at the end of a statement follows it after two spaces), note bodies, blank
 * lines, and any line the parser could not read. Formatting only rewrites lines
 * in place, never adds or removes one, and checks its own work: if the result
 * would parse to anything but the same claims, it falls back to keeping each
 * line's indentation, and failing that, changes nothing.
 */
import { parseClaimFile, splitLines } from '../markup/parse';
import type { Claim, ClaimFile, ServiceLine, TextEdit } from '../model';

/** Where statements inside a claim start. */
const STATEMENT_INDENT = '  ';
/** Header keywords are padded to this width: `payer     medicare` lines up with `rendering npi`. */
const HEADER_KEYWORD_WIDTH = 10;
/**
 * The least width of the `svc` code column, separator included: room for a code
 * with one modifier and three spaces, as FORMAT.md writes `svc 64620-RT   ptr AB`.
 */
const MIN_CODE_COLUMN = 11;
const FIELD_GAP = '  ';

interface Layout {
  /** Keep each statement's leading whitespace as written instead of re-indenting. */
  keepIndent: boolean;
}

/** The edits that format the whole file; empty when it is already formatted. */
export function formatDocument(text: string, file: ClaimFile = parseClaimFile(text)): TextEdit[] {
  const lines = splitLines(text);
  for (const layout of [{ keepIndent: false }, { keepIndent: true }]) {
    const formatted = formatLines(lines, file, layout);
    if (sameMeaning(file, parseClaimFile(formatted.join('\n')))) return editsFor(lines, formatted);
  }
  // Reached only if re-writing changed what a line means: better no formatting than a wrong one.
  return [];
}

/** The formatted text, for tests and the checker; each line keeps its own line end. */
export function formatText(text: string): string {
  const starts = lineStarts(text);
  let result = text;
  // From the last edit back, so earlier offsets stay true.
  for (const edit of formatDocument(text).reverse()) {
    const start = starts[edit.range.start.line];
    const end = start + edit.range.end.character;
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}

/** Where each line starts, with the line ends `splitLines` knows (LF, CRLF, CR). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\r' && text[i + 1] === '\n') i++;
    if (char === '\r' || char === '\n') starts.push(i + 1);
  }
  return starts;
}

function formatLines(lines: string[], file: ClaimFile, layout: Layout): string[] {
  const out = [...lines];
  const unreadable = new Set(
    file.diagnostics.filter((d) => d.rule === 'syntax').map((d) => d.range.start.line),
  );
  for (const claim of file.claims) {
    const statements = claimStatements(claim);
    const columns = serviceLineColumns(
      claim.serviceLines.filter((s) => !unreadable.has(lineOf(s))),
    );
    for (const [line, render] of statements) {
      if (unreadable.has(line)) continue;
      const original = lines[line];
      const indent = layout.keepIndent
        ? leadingSpace(original)
        : line === claim.keyword.range.start.line
          ? ''
          : STATEMENT_INDENT;
      const body = render(columns);
      out[line] = keepBom(original, `${indent}${body}${trailingComment(original)}`);
    }
  }
  return out;
}

type Render = (columns: ColumnWidths) => string;

/** Each statement line of the claim and how to write it. */
function claimStatements(claim: Claim): Map<number, Render> {
  const statements = new Map<number, Render>();
  const at = (line: number, render: Render) => statements.set(line, render);

  at(claim.keyword.range.start.line, () => `claim ${claim.id.text}`);
  if (claim.payer) at(claim.payer.range.start.line, () => header('payer', claim.payer!.text));
  const patient = claim.patient;
  if (patient) {
    const fields = [
      patient.id && `id ${patient.id.text}`,
      patient.dob && `dob ${patient.dob.text}`,
      patient.sex && `sex ${patient.sex.text}`,
    ];
    at(patient.range.start.line, () => header('patient', joinFields(fields)));
  }
  for (const provider of [claim.billing, claim.rendering]) {
    if (!provider) continue;
    const fields = [
      provider.npi && `npi ${provider.npi.code}`,
      provider.taxonomy && `taxonomy ${provider.taxonomy.code}`,
    ];
    const keyword = provider.keyword.text.toLowerCase();
    at(provider.range.start.line, () => header(keyword, joinFields(fields)));
  }
  if (claim.pos) at(claim.pos.range.start.line, () => header('pos', claim.pos!.code));
  const dos = claim.dos;
  if (dos) {
    const dates = dos.to ? `${dos.from.text} to ${dos.to.text}` : dos.from.text;
    at(dos.from.range.start.line, () => header('dos', dates));
  }

  for (const dx of claim.diagnoses) {
    at(dx.range.start.line, () => `dx ${dx.letter.text}  ${dx.code.code}`);
  }
  for (const serviceLine of claim.serviceLines) {
    at(lineOf(serviceLine), (columns) => serviceLineText(serviceLine, columns));
  }
  for (const note of claim.notes) {
    const title = note.title ? ` ${note.title.text}` : '';
    at(note.keyword.range.start.line, () => `note${title}`);
  }
  return statements;
}

function header(keyword: string, value: string): string {
  return value ? `${keyword.padEnd(HEADER_KEYWORD_WIDTH - 1)} ${value}` : keyword;
}

function joinFields(fields: (string | undefined)[]): string {
  return fields.filter((field): field is string => Boolean(field)).join(FIELD_GAP);
}

/** The cells of a service line: its code with modifiers, then each field in a fixed order. */
function serviceLineCells(line: ServiceLine): string[] {
  const dates =
    line.dos && (line.dos.to ? `${line.dos.from.text} to ${line.dos.to.text}` : line.dos.from.text);
  return [
    [line.code.code, ...line.modifiers.map((modifier) => modifier.code)].join('-'),
    line.pointers.length > 0 ? `ptr ${line.pointers.map((p) => p.letter).join('')}` : '',
    line.unitsToken ? `units ${line.unitsToken.text}` : '',
    line.chargeToken ? `charge ${line.chargeToken.text}` : '',
    dates ? `dos ${dates}` : '',
    line.pos ? `pos ${line.pos.code}` : '',
    line.npi ? `npi ${line.npi.code}` : '',
  ];
}

/** The width of each column within a claim; 0 for a column no line uses. */
type ColumnWidths = number[];

function serviceLineColumns(lines: ServiceLine[]): ColumnWidths {
  const widths: number[] = [];
  for (const line of lines) {
    serviceLineCells(line).forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  if (widths.length > 0) widths[0] = Math.max(widths[0], MIN_CODE_COLUMN - FIELD_GAP.length);
  return widths;
}

function serviceLineText(line: ServiceLine, widths: ColumnWidths): string {
  const cells = serviceLineCells(line);
  let text = 'svc';
  let pending = ' ';
  cells.forEach((cell, column) => {
    const width = widths[column] ?? cell.length;
    if (width === 0) return;
    if (cell) {
      text += pending + cell;
      pending = ' '.repeat(width - cell.length) + FIELD_GAP;
    } else {
      pending += ' '.repeat(width) + FIELD_GAP;
    }
  });
  return text;
}

function lineOf(line: ServiceLine): number {
  return line.keyword.range.start.line;
}

function leadingSpace(text: string): string {
  return /^[\uFEFF]?([ \t]*)/.exec(text)![1];
}

/** A comment after a statement, kept as written and set off by two spaces. */
function trailingComment(text: string): string {
  const hash = text.indexOf('#');
  return hash < 0 ? '' : `${FIELD_GAP}${text.slice(hash).trimEnd()}`;
}

function keepBom(original: string, formatted: string): string {
  return original.startsWith('\uFEFF') ? `\uFEFF${formatted}` : formatted;
}

function editsFor(before: string[], after: string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let line = 0; line < before.length; line++) {
    if (before[line] === after[line]) continue;
    edits.push({
      range: { start: { line, character: 0 }, end: { line, character: before[line].length } },
      newText: after[line],
    });
  }
  return edits;
}

/**
 * Whether two parses say the same thing: the same claims, fields, codes, letters
 * and note bodies on the same lines, and problems of the same rules on the same
 * lines. Columns and the spelling of codes may differ; that is what formatting changes.
 */
function sameMeaning(before: ClaimFile, after: ClaimFile): boolean {
  return meaning(before) === meaning(after);
}

function meaning(file: ClaimFile): string {
  const claims = JSON.stringify(file.claims, function (this: object, key, value: unknown) {
    if (key === 'character') return undefined;
    // A token's text is how it was written; its canonical code or letter stays.
    // Note body lines ({ line, text }, no range) keep theirs: bodies must not change.
    if (key === 'text' && 'range' in this) return undefined;
    // Fields may come in any order; the order they were read in is no part of the meaning.
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return value;
  });
  const problems = file.diagnostics.map((d) => `${d.rule}@${d.range.start.line}`).join(',');
  return `${claims}|${problems}|${file.suppressions.map((s) => s.line).join(',')}`;
}
