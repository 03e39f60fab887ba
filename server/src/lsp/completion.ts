/**
 * Completion: the engine decides what fits at the cursor (keywords, fields,
 * codes, modifiers, templates); this maps its plain entries to LSP items.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CancellationToken,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionEntry, CompletionKind } from '../engine/features/completion-types';
import type { ClaimEngine } from '../engine/index';
import { fileNameOf } from './file-name';
import type { Range } from '../engine/model';

/**
 * A space starts a field or a code, `-` a modifier, `,` the next diagnosis
 * letter, `.` the rest of an ICD-10-CM code.
 */
export const COMPLETION_TRIGGERS = [' ', '-', ',', '.'];

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  field: CompletionItemKind.Property,
  code: CompletionItemKind.Value,
  modifier: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
  value: CompletionItemKind.Constant,
};

export function completion(
  engine: ClaimEngine,
  document: TextDocument,
  position: Position,
  token: CancellationToken,
): CompletionList | null {
  const result = engine.complete(document.getText(), position, fileNameOf(document.uri));
  if (token.isCancellationRequested || !result) return null;
  return {
    isIncomplete: result.isIncomplete,
    items: result.items.map((entry) => toItem(entry, result.replaceRange)),
  };
}

function toItem(entry: CompletionEntry, replaceRange: Range): CompletionItem {
  return {
    label: entry.label,
    kind: KINDS[entry.kind] ?? CompletionItemKind.Text,
    detail: entry.detail || undefined,
    documentation: entry.documentation
      ? { kind: MarkupKind.Markdown, value: entry.documentation }
      : undefined,
    sortText: entry.sortText,
    filterText: entry.filterText,
    insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: replaceRange, newText: entry.insertText },
  };
}
