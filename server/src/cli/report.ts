/**
 * The checker's output: compiler-style text lines or a JSON array, both with
 * 1-based lines and columns (the engine's ranges are 0-based, LSP style).
 */
import type { Diagnostic, Severity } from '../engine/model';

export interface ReportedDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

export function toReported(file: string, diagnostic: Diagnostic): ReportedDiagnostic {
  const { start, end } = diagnostic.range;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: diagnostic.severity,
    rule: diagnostic.rule,
    message: diagnostic.message,
  };
}

/** `path:line:col: severity rule: message`, one line per diagnostic. */
export function formatText(reported: readonly ReportedDiagnostic[]): string {
  return reported
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${oneLine(d.message)}`)
    .join('\n');
}

export function formatJson(reported: readonly ReportedDiagnostic[]): string {
  return JSON.stringify(reported, null, 2);
}

/** "3 files checked: 1 error, 2 warnings", for standard error. */
export function summary(fileCount: number, reported: readonly ReportedDiagnostic[]): string {
  const counts = new Map<Severity, number>();
  for (const d of reported) counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => counts.has(severity))
    .map((severity) => `${counts.get(severity)} ${severityNoun(severity, counts.get(severity)!)}`);
  const files = plural(fileCount, 'file');
  return `${files} checked: ${parts.length ? parts.join(', ') : 'no problems'}`;
}

/**
 * The files in which no claim was found, named: an empty file or one of comments only
 * breaks no rule, and in a folder of hundreds it would pass unseen.
 */
export function filesWithoutClaims(paths: readonly string[]): string | undefined {
  if (paths.length === 0) return undefined;
  const named = paths.slice(0, MAX_NAMED);
  const more = paths.length - named.length;
  const files = paths.length === 1 ? '1 file holds' : `${paths.length} files hold`;
  const them = paths.length === 1 ? 'it' : 'them';
  return (
    `${files} no \`claim\` line, so nothing in ${them} was checked: ${named.join(', ')}` +
    (more > 0 ? ` and ${more} more` : '')
  );
}

/** How many files a message names before it counts the rest. */
const MAX_NAMED = 5;

function severityNoun(severity: Severity, count: number): string {
  return severity === 'info' || count === 1 ? severity : `${severity}s`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Messages stay on their line so that each output line is one diagnostic. */
function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ');
}
