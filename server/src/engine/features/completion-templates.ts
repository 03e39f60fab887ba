/**
 * Documentation templates as snippet items, where they fit: a claim skeleton at
 * the top level; a procedure note inside a note, or on a new line of a claim that
 * bills the procedure it documents.
 */
import type { Claim } from '../model';
import { type CompletionEntry, sortKey } from './completion-types';
import type { DocumentationTemplate } from './templates';

/** Ranks templates after the keywords and labels they are offered beside. */
const TEMPLATE_RANK = 500;

export type TemplatePlace = 'top-level' | 'claim' | 'note-body';

function billedCodes(claim: Claim | undefined): Set<string> {
  return new Set((claim?.serviceLines ?? []).map((line) => line.code.code.toUpperCase()));
}

function entry(template: DocumentationTemplate, insertText: string, rank: number): CompletionEntry {
  const preview = insertText
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1');
  return {
    label: template.prefix,
    kind: 'snippet',
    detail: template.name,
    documentation: `${template.description}\n\n\`\`\`\n${preview.replace(/\$\d+/g, '')}\n\`\`\``,
    insertText,
    isSnippet: true,
    sortText: sortKey(TEMPLATE_RANK + rank),
    filterText: template.prefix,
  };
}

export function templateEntries(
  templates: DocumentationTemplate[],
  place: TemplatePlace,
  claim: Claim | undefined,
): CompletionEntry[] {
  if (place === 'top-level') {
    return templates
      .filter((template) => template.kind === 'claim')
      .map((template, rank) => entry(template, template.body, rank));
  }

  // A note template with codes fits a claim that bills one of them; one without, any claim.
  // Service-line templates name their codes as placeholders, so they fit every claim.
  const billed = billedCodes(claim);
  const documents = (template: DocumentationTemplate) =>
    template.codes.length === 0 || template.codes.some((code) => billed.has(code));

  if (place === 'note-body') {
    return templates
      .filter((template) => template.noteBody && documents(template))
      .map((template, rank) => entry(template, template.noteBody ?? '', rank));
  }
  return templates
    .filter(
      (template) => template.kind === 'lines' || (template.kind === 'note' && documents(template)),
    )
    .map((template, rank) => entry(template, template.notePart ?? template.body, rank));
}
