/**
 * Insert Documentation Template: the note template for the procedure billed on
 * the current line. A claim without a note gets the whole note after its last
 * line; a claim with one gets only the documentation elements its note still
 * lacks, at the end of the note body.
 */
import type { Claim, ClaimFile, Note, Position, ServiceLine } from '../model';
import { claimAt } from './claim-tokens';
import type { DocumentationTemplate } from './templates';

export type TemplateInsertion =
  | {
      /** The template's name, e.g. `Procedure note for 64620`. */
      name: string;
      /** The procedure it was chosen for. */
      code: string;
      /**
       * Snippet syntax, indented with spaces as it must stand in the file. Inserted at
       * the start of a line (column 0, so editors add no indentation of their own)
       * it ends with a line end; at the end of the file's last line it starts with one.
       */
      snippet: string;
      position: Position;
      /** True when no template names the procedure and the general note was used. */
      general: boolean;
    }
  | { problem: string };

const STATEMENT_INDENT = '  ';
const BODY_INDENT = '    ';
const LABEL = /^([A-Za-z][A-Za-z0-9 /&()-]{0,39}?)\s*:/;

export function templateForLine(
  file: ClaimFile,
  lines: string[],
  line: number,
  templates: DocumentationTemplate[],
): TemplateInsertion {
  const claim = claimAt(file, line);
  if (!claim) return { problem: 'Put the cursor on a `svc` line of a claim.' };
  const serviceLine = serviceLineFor(claim, line, templates);
  if (!serviceLine) return { problem: 'This claim has no `svc` line to document.' };

  const code = serviceLine.code.code;
  const notes = templates.filter((t) => t.kind === 'note' && t.notePart);
  const specific = notes.find((t) => t.codes.includes(code));
  const template = specific ?? notes.find((t) => t.codes.length === 0);
  if (!template) return { problem: `No documentation template ships for ${code}.` };

  const note = claim.notes[claim.notes.length - 1];
  const base = { name: template.name, code, general: !specific };
  if (!note) {
    const snippet = indent(template.notePart!, STATEMENT_INDENT, BODY_INDENT);
    return { ...base, ...after(lines, claim.range.end.line, `\n${snippet}$0`) };
  }

  const missing = missingElements(template.noteBody ?? '', note);
  if (missing.length === 0) {
    return { problem: `The note already has every element of "${template.name}".` };
  }
  const bodyIndent = indentOfBody(note, lines);
  const snippet = missing.map((text) => `${bodyIndent}${text}`).join('\n');
  return { ...base, ...after(lines, note.range.end.line, `${snippet}$0`) };
}

/** The service line on `line`; else the first of the claim that a template documents. */
function serviceLineFor(
  claim: Claim,
  line: number,
  templates: DocumentationTemplate[],
): ServiceLine | undefined {
  const onLine = claim.serviceLines.find((s) => s.keyword.range.start.line === line);
  if (onLine) return onLine;
  const documented = new Set(templates.filter((t) => t.kind === 'note').flatMap((t) => t.codes));
  return claim.serviceLines.find((s) => documented.has(s.code.code)) ?? claim.serviceLines[0];
}

/** Template body lines whose label the note lacks (continuation lines go with theirs). */
function missingElements(body: string, note: Note): string[] {
  const present = new Set(note.elements.map((element) => element.label));
  const kept: string[] = [];
  let keeping = false;
  for (const text of body.split('\n')) {
    if (text.trim() === '' || text.trim() === '$0') continue;
    const label = LABEL.exec(text.trimStart());
    if (label && !/^\s/.test(text)) keeping = !present.has(label[1].toLowerCase());
    if (keeping) kept.push(text.replace(/^\t+/, (tabs) => '  '.repeat(tabs.length)));
  }
  return kept;
}

/** Template lines re-indented: the `note` line, then its body one step deeper. */
function indent(part: string, noteIndent: string, bodyIndent: string): string {
  return part
    .split('\n')
    .map((text, index) => {
      if (index === 0) return `${noteIndent}${text.trimStart()}`;
      if (text.trim() === '') return '';
      const deeper = /^\t+/.exec(text)?.[0].length ?? 1;
      return `${bodyIndent}${'  '.repeat(deeper - 1)}${text.replace(/^[\t ]+/, '')}`;
    })
    .join('\n');
}

/** The indentation of the note's first documentation element, or one step in from `note`. */
function indentOfBody(note: Note, lines: string[]): string {
  const line =
    note.elements[0]?.labelToken.range.start.line ??
    note.lines.find((body) => body.text.trim() !== '')?.line;
  if (line !== undefined) return /^[ \t]*/.exec(lines[line])![0];
  return `${/^[ \t]*/.exec(lines[note.keyword.range.start.line])![0]}${STATEMENT_INDENT}`;
}

/** Where `text` goes to stand on the lines after `line`, and the text with its line end. */
function after(
  lines: string[],
  line: number,
  text: string,
): { snippet: string; position: Position } {
  if (line + 1 < lines.length) {
    return { snippet: `${text}\n`, position: { line: line + 1, character: 0 } };
  }
  return { snippet: `\n${text}`, position: { line, character: lines[line].length } };
}
