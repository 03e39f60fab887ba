/**
 * Engine values to LSP values. The engine already speaks in LSP positions
 * (zero-based lines, UTF-16 characters), so ranges pass through unchanged.
 */
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { Diagnostic, Severity, TextEdit } from '../engine/model';

/** Every diagnostic says where it came from, for editors that mix sources. */
export const DIAGNOSTIC_SOURCE = 'claim-coding';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity] ?? DiagnosticSeverity.Error,
    code: diagnostic.rule,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
}

export function toLspTextEdit(edit: TextEdit): LspTextEdit {
  return { range: edit.range, newText: edit.newText };
}
