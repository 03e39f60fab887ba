import type { TabularNotes } from '../types';

/**
 * Tabular-list notes as JSON: `{codes: {"G89.2": {excludes1: [...],
 * excludes1_code_refs: [...], ...}}}` (converted from the official XML).
 */
export function readTabularNotesJson(text: string, fileName: string): Map<string, TabularNotes> {
  const parsed = JSON.parse(text) as { codes?: Record<string, Record<string, unknown>> };
  if (!parsed.codes || typeof parsed.codes !== 'object') {
    throw new Error(`${fileName}: no "codes" object`);
  }
  const notes = new Map<string, TabularNotes>();
  for (const [code, entry] of Object.entries(parsed.codes)) {
    notes.set(code.toUpperCase(), {
      excludes1: strings(entry.excludes1),
      excludes2: strings(entry.excludes2),
      includes: strings(entry.includes),
      inclusionTerms: strings(entry.inclusionTerm),
      codeFirst: strings(entry.codeFirst),
      useAdditionalCode: strings(entry.useAdditionalCode),
      excludes1Codes: strings(entry.excludes1_code_refs).map((c) => c.replace(/\.-$/, '')),
    });
  }
  return notes;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
