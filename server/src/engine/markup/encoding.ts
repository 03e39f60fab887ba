/**
 * File-level checks made before a single statement is read: a file that is not
 * text at all (an image, a PDF, a UTF-16 export) gets one `encoding` diagnostic
 * instead of a syntax error per line, and bytes that were not UTF-8 are named
 * by their line once. Both the editor and the checker see text already decoded,
 * where every undecodable byte sequence became U+FFFD.
 */
import type { Diagnostic } from '../model';
import { rangeOf } from './tokens';

export const ENCODING_RULE = 'encoding';

/** How much of the start of a file decides whether it is binary (as git does). */
const SAMPLE = 8192;

/** Share of control characters in the sample above which the file is not text. */
const CONTROL_SHARE = 0.1;

const REPLACEMENT = '\uFFFD';

/** One diagnostic when the text looks binary; undefined for text. */
export function binaryContent(text: string): Diagnostic | undefined {
  const end = Math.min(text.length, SAMPLE);
  let controls = 0;
  let first = -1;
  let nul = false;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    controls++;
    if (first < 0) first = i;
    if (code === 0) nul = true;
  }
  if (!nul && (controls === 0 || controls / end <= CONTROL_SHARE)) return undefined;

  const where = positionAt(text, first);
  const what = nul ? 'NUL bytes' : 'control characters';
  return {
    rule: ENCODING_RULE,
    severity: 'error',
    message:
      `This file holds ${what} and looks binary, not claim text (a UTF-16 export or another ` +
      'kind of file?): it was not checked. Save it as UTF-8 text.',
    range: rangeOf(where.line, where.character, where.character + 1),
  };
}

/** One diagnostic on the first line holding U+FFFD, counting the other such lines. */
export function undecodedBytes(text: string, lines: readonly string[]): Diagnostic | undefined {
  if (!text.includes(REPLACEMENT)) return undefined;
  let firstLine = -1;
  let others = 0;
  for (let line = 0; line < lines.length; line++) {
    if (!lines[line].includes(REPLACEMENT)) continue;
    if (firstLine < 0) firstLine = line;
    else others++;
  }
  if (firstLine < 0) return undefined;

  const character = lines[firstLine].indexOf(REPLACEMENT);
  const more = others === 0 ? '' : ` (and on ${others} more ${others === 1 ? 'line' : 'lines'})`;
  return {
    rule: ENCODING_RULE,
    severity: 'warning',
    message:
      `Line ${firstLine + 1} holds bytes that are not UTF-8, shown as \u201C\uFFFD\u201D${more}: ` +
      'the file was probably saved in another encoding. Save it as UTF-8.',
    range: rangeOf(firstLine, character, character + 1),
  };
}

/** C0 controls other than tab, line ends and form feed, plus DEL. */
function isControl(code: number): boolean {
  if (code === 9 || code === 10 || code === 12 || code === 13) return false;
  return code < 32 || code === 127;
}

/** The LSP position of `offset`, counting LF, CRLF and a lone CR as line ends. */
function positionAt(text: string, offset: number) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (code === 10 || code === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
