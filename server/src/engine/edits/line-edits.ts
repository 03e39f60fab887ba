/**
 * Text edits on service lines for quick fixes: add or replace a modifier,
 * rewrite a line with other modifiers, units or charge, add or delete a line.
 * Lines are rebuilt from their tokens, so a rewritten line keeps every field.
 */
import type { ServiceLine, TextEdit, Token } from '../model';

export interface LineChanges {
  modifiers?: string[];
  pointers?: string[];
  units?: number;
  /** Cents; null removes the charge. */
  chargeCents?: number | null;
}

/** Inserts `-MOD` after the line's last modifier, or after its code. */
export function addModifierEdit(line: ServiceLine, modifier: string): TextEdit {
  const last = line.modifiers[line.modifiers.length - 1] ?? line.code;
  return { range: { start: last.range.end, end: last.range.end }, newText: `-${modifier}` };
}

export function replaceTokenEdit(token: Token, newText: string): TextEdit {
  return { range: token.range, newText };
}

/** The line's statement as it would be written with `changes` applied. */
export function serviceLineText(line: ServiceLine, changes: LineChanges = {}): string {
  const modifiers = changes.modifiers ?? line.modifiers.map((m) => m.code);
  const pointers = changes.pointers ?? line.pointers.map((p) => p.letter);
  const units = changes.units ?? (line.unitsToken ? line.units : undefined);
  const charge =
    changes.chargeCents === null
      ? undefined
      : changes.chargeCents !== undefined
        ? formatCents(changes.chargeCents)
        : line.chargeToken?.text;

  const words = [`svc ${[line.code.text, ...modifiers].join('-')}`];
  if (pointers.length > 0) words.push(`ptr ${pointers.join('')}`);
  if (units !== undefined) words.push(`units ${units}`);
  if (charge !== undefined) words.push(`charge ${charge}`);
  if (line.dos) {
    words.push(`dos ${line.dos.from.text}${line.dos.to ? ` to ${line.dos.to.text}` : ''}`);
  }
  if (line.pos) words.push(`pos ${line.pos.text}`);
  if (line.npi) words.push(`npi ${line.npi.text}`);
  return words.join('  ');
}

/** Replaces the statement (keyword to last field; a trailing comment stays). */
export function rewriteLineEdit(line: ServiceLine, text: string): TextEdit {
  return { range: { start: line.keyword.range.start, end: line.range.end }, newText: text };
}

/** Removes the whole line the statement is on, line end included. */
export function deleteLineEdit(line: ServiceLine): TextEdit {
  const at = line.range.start.line;
  return {
    range: { start: { line: at, character: 0 }, end: { line: at + 1, character: 0 } },
    newText: '',
  };
}

/** Adds a statement on a new line after `line`, indented like it. */
export function insertAfterLineEdit(line: ServiceLine, text: string): TextEdit {
  const at = { line: line.range.end.line + 1, character: 0 };
  const indent = ' '.repeat(line.keyword.range.start.character);
  return { range: { start: at, end: at }, newText: `${indent}${text}\n` };
}

export function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
