/**
 * Documentation templates: the snippets in `snippets/claim.code-snippets` (VS Code
 * snippet JSON), read so that completion can offer each where it fits: a claim
 * skeleton at the top level, a procedure note inside a note or in a claim that
 * bills its procedure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface DocumentationTemplate {
  name: string;
  prefix: string;
  description: string;
  /** The whole snippet body, snippet syntax, lines joined by `\n`. */
  body: string;
  /** `claim` when the body opens a claim; `note` when it holds a note; else `lines`. */
  kind: 'claim' | 'note' | 'lines';
  /** Procedure codes the template documents or bills (from `svc` lines, prefix, name). */
  codes: string[];
  /** From the `note` line to the end, dedented: what a claim without the note needs. */
  notePart?: string;
  /** The note's body lines only, dedented: what goes inside an open note. */
  noteBody?: string;
}

interface SnippetJson {
  prefix?: string | string[];
  body?: string | string[];
  description?: string;
}

const PROCEDURE_CODE = /(?<![\w.])([0-9]{4}[0-9FT]|[A-V][0-9]{4})(?![\w.])/g;

/** Reads a snippet file's text; entries that are not snippets are skipped. */
export function parseTemplates(jsonText: string): DocumentationTemplate[] {
  const parsed = JSON.parse(jsonText) as Record<string, SnippetJson>;
  const templates: DocumentationTemplate[] = [];
  for (const [name, snippet] of Object.entries(parsed)) {
    if (!snippet || snippet.body === undefined) continue;
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    const prefix = Array.isArray(snippet.prefix) ? snippet.prefix[0] : snippet.prefix;
    templates.push(describe(name, prefix ?? name, snippet.description ?? name, body));
  }
  return templates;
}

function describe(
  name: string,
  prefix: string,
  description: string,
  body: string,
): DocumentationTemplate {
  const lines = body.split('\n');
  const statements = lines.map((line) => line.trimStart()).filter((line) => line.length > 0);
  const first = statements.find((line) => !line.startsWith('#')) ?? '';
  const noteIndex = lines.findIndex((line) => /^note(\s|$)/i.test(line.trimStart()));

  const codes = new Set<string>();
  for (const line of statements.filter((text) => /^svc\s/i.test(text))) {
    const code = line.split(/\s+/)[1]?.split('-')[0];
    if (code) addCodes(codes, code);
  }
  addCodes(codes, `${prefix} ${name}`);

  const template: DocumentationTemplate = {
    name,
    prefix,
    description,
    body,
    kind: /^claim(\s|$)/i.test(first) ? 'claim' : noteIndex >= 0 ? 'note' : 'lines',
    codes: [...codes],
  };
  if (noteIndex >= 0) {
    const noteIndent = lines[noteIndex].length - lines[noteIndex].trimStart().length;
    const bodyEnd = endOfNote(lines, noteIndex, noteIndent);
    template.notePart = dedent(lines.slice(noteIndex, bodyEnd)).join('\n');
    template.noteBody = dedent(lines.slice(noteIndex + 1, bodyEnd)).join('\n');
  }
  return template;
}

function addCodes(codes: Set<string>, text: string): void {
  for (const match of text.matchAll(PROCEDURE_CODE)) codes.add(match[1].toUpperCase());
}

/** The index after the last line of the note body that starts at `noteIndex`. */
function endOfNote(lines: string[], noteIndex: number, noteIndent: number): number {
  let end = noteIndex + 1;
  for (let i = noteIndex + 1; i < lines.length; i++) {
    const text = lines[i];
    if (text.trim() === '') continue;
    if (widthOf(text) <= noteIndent) break;
    end = i + 1;
  }
  return end;
}

function widthOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** Removes the indentation every non-blank line shares, so the editor can re-indent. */
function dedent(lines: string[]): string[] {
  const widths = lines.filter((line) => line.trim() !== '').map(widthOf);
  const common = widths.length > 0 ? Math.min(...widths) : 0;
  return lines.map((line) => line.slice(Math.min(common, widthOf(line))));
}

/** Where the snippet file may be: beside the bundle in `dist/`, or in the source tree. */
function candidatePaths(): string[] {
  const file = 'snippets/claim.code-snippets';
  const paths: string[] = [];
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  if (here) {
    let dir = here;
    for (let up = 0; up < 6; up++) {
      paths.push(resolve(dir, file));
      dir = dirname(dir);
    }
  }
  paths.push(resolve(process.cwd(), file));
  return paths;
}

/**
 * The shipped templates, read once. A missing or broken file yields none: templates
 * are a convenience, and completion of codes must go on without them.
 */
export function loadTemplates(file?: string): DocumentationTemplate[] {
  const path = file ?? candidatePaths().find((candidate) => existsSync(candidate));
  if (!path) return [];
  try {
    return parseTemplates(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}
