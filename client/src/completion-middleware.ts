import * as vscode from 'vscode';
import type { ProvideCompletionItemsSignature } from 'vscode-languageclient/node';

/**
 * VS Code already offers the documentation templates from the extension's own
 * snippets file, so the server's copies of them would show twice. Other editors
 * have no such file and keep the server's.
 */
export async function withoutServerTemplates(
  document: vscode.TextDocument,
  position: vscode.Position,
  context: vscode.CompletionContext,
  token: vscode.CancellationToken,
  next: ProvideCompletionItemsSignature,
): Promise<vscode.CompletionItem[] | vscode.CompletionList | null | undefined> {
  const result = await next(document, position, context, token);
  if (!result) return result;
  const isTemplate = (item: vscode.CompletionItem) =>
    item.kind === vscode.CompletionItemKind.Snippet;
  if (Array.isArray(result)) return result.filter((item) => !isTemplate(item));
  return new vscode.CompletionList(
    result.items.filter((item) => !isTemplate(item)),
    result.isIncomplete,
  );
}
