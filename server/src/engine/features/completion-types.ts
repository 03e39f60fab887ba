/** Completion results in plain terms; the LSP adapter maps them to CompletionItems. */
import type { Range } from '../model';

export type CompletionKind = 'keyword' | 'field' | 'code' | 'modifier' | 'snippet' | 'value';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line beside the label: a title, a description. */
  detail: string;
  /** Markdown shown when the item is selected. */
  documentation: string;
  insertText: string;
  /** `insertText` is in snippet syntax (`${1:placeholder}`). */
  isSnippet?: boolean;
  sortText: string;
  /** What the client filters on; the typed query for word searches. */
  filterText: string;
}

export interface CompletionResult {
  items: CompletionEntry[];
  /** True when the list was capped or came from a search: the client asks again as you type. */
  isIncomplete: boolean;
  /** The text every item replaces: the partial word or query typed so far. */
  replaceRange: Range;
}

/** Zero-padded rank, so that the client keeps our order. */
export function sortKey(rank: number): string {
  return String(rank).padStart(4, '0');
}
