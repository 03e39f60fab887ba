/**
 * Quick fixes: each engine diagnostic may carry fixes (`Diagnostic.fixes`);
 * this offers those whose diagnostic touches the range the client asks about.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
} from 'vscode-languageserver/node';
import type { Diagnostic, Range } from '../engine/model';
import { toLspDiagnostic, toLspTextEdit } from './convert';
import type { DiagnosticsPublisher } from './diagnostics';
import type { OpenDocuments } from './documents';

export function codeActions(
  params: CodeActionParams,
  documents: OpenDocuments,
  diagnostics: DiagnosticsPublisher,
): CodeAction[] {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];

  // Two rules may offer the same fix (mue-exceeded and payer-rule both "Set units to 1"):
  // the coder sees it once, first offered, listing both diagnostics, preferred if either is.
  const actions = new Map<string, CodeAction>();
  for (const diagnostic of diagnostics.diagnosticsFor(document)) {
    if (!diagnostic.fixes?.length || !overlaps(diagnostic.range, params.range)) continue;
    for (const fix of diagnostic.fixes) {
      const key = `${fix.title}\n${JSON.stringify(fix.edits)}`;
      const seen = actions.get(key);
      if (!seen) {
        actions.set(key, toCodeAction(params, diagnostic, fix));
        continue;
      }
      seen.diagnostics?.push(toLspDiagnostic(diagnostic));
      if (fix.preferred) seen.isPreferred = true;
    }
  }
  return [...actions.values()];
}

function toCodeAction(
  params: CodeActionParams,
  diagnostic: Diagnostic,
  fix: NonNullable<Diagnostic['fixes']>[number],
): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(diagnostic)],
    isPreferred: fix.preferred,
    edit: { changes: { [params.textDocument.uri]: fix.edits.map(toLspTextEdit) } },
  };
}

/** True when the two ranges share a position; touching ends count (a cursor at a code's end). */
function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
