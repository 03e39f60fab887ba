/** Helpers for the editor-feature tables: examples on disk, cursors by text. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from '../../server/src/engine/model';

export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

/** Every `examples/*.claim` file, by name. */
export function exampleFiles(): { name: string; text: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.claim'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
}

export function example(name: string): string {
  return readFileSync(join(EXAMPLES_DIR, name), 'utf8');
}

/**
 * The position `offset` characters into the `nth` (1-based) `word` on the first line
 * that holds `lineText`.
 */
export function cursor(
  text: string,
  lineText: string,
  word: string,
  offset = 0,
  nth = 1,
): Position {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((candidate) => candidate.includes(lineText));
  assert.ok(line >= 0, `no line with "${lineText}"`);
  let character = -1;
  for (let i = 0; i < nth; i++) {
    character = lines[line].indexOf(word, character + 1);
    assert.ok(character >= 0, `no "${word}" #${nth} on line ${line}`);
  }
  return { line, character: character + offset };
}

/** `line:text` of what a range covers, for tables that read at a glance. */
export function covered(text: string, range: Range): string {
  const lines = text.split(/\r?\n/);
  const { start, end } = range;
  if (start.line === end.line) {
    return `${start.line}:${lines[start.line].slice(start.character, end.character)}`;
  }
  return `${start.line}-${end.line}`;
}

/** Applies edits the way an editor does (LSP line ends: LF, CRLF and CR). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///t.claim', 'claim', 1, text), edits);
}
