/**
 * Random edits as an editor sends them (incremental `didChange` events, now and
 * then the whole text), and the comparison of what the server published with a
 * fresh check of the same text. Shared by the LSP property test and `npm run fuzz`.
 */
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimEngine } from '../../server/src/engine/index';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { changeSpan, lspLines, rangeOutside, type TextChange } from './claim-text';

/** The LSP change event for `change` on `text`, with a range in line and UTF-16 terms. */
export function lspChange(text: string, change: TextChange): TextDocumentContentChangeEvent {
  const [start, end] = changeSpan(text, change);
  const document = TextDocument.create('file:///fuzz.claim', 'claim', 0, text);
  return {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    text: change.insert,
  };
}

/** The text after `changes`, applied the way the server's document store applies them. */
export function applyLspChanges(text: string, changes: TextDocumentContentChangeEvent[]): string {
  const document = TextDocument.create('file:///fuzz.claim', 'claim', 0, text);
  return TextDocument.update(document, changes, 1).getText();
}

/** What the server should publish for `text`: the engine's own check, in LSP terms. */
export function expectedDiagnostics(engine: ClaimEngine, text: string): Diagnostic[] {
  return engine.check(text).diagnostics.map(toLspDiagnostic);
}

/**
 * Why the published diagnostics are wrong for `text`, or undefined when they are
 * the fresh check's, in order, each inside the document.
 */
export function mismatch(
  engine: ClaimEngine,
  text: string,
  published: Diagnostic[],
): string | undefined {
  const lines = lspLines(text);
  for (const diagnostic of published) {
    const outside = rangeOutside(lines, diagnostic);
    if (outside) return `${String(diagnostic.code)} outside the document: ${outside}`;
  }
  const expected = expectedDiagnostics(engine, text);
  const shown = (list: Diagnostic[]) => list.map((d) => JSON.stringify(d));
  const got = shown(published);
  const want = shown(expected);
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (got[i] !== want[i]) {
      const lines = [`published ${got[i]}`, `expected  ${want[i]}`];
      return `diagnostic ${i} differs from a fresh check:\n  ${lines.join('\n  ')}`;
    }
  }
  return undefined;
}
