import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TO_MARKUP_REQUEST } from '../../server/src/lsp/requests';

/**
 * "Convert 837P to Claim Markup": opens the active 837P file's claims as a new,
 * unsaved claim document, so a coder can work on them and check them again.
 */
export function registerConvertToMarkup(
  getClient: () => LanguageClient | undefined,
): vscode.Disposable {
  return vscode.commands.registerCommand('claimCoding.convertToMarkup', async () => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || !client) return;
    const uri = editor.document.uri.toString();
    const markup = await client.sendRequest<string | null>(TO_MARKUP_REQUEST, { uri });
    if (!markup) {
      void vscode.window.showWarningMessage('The active file is not an X12 837P interchange.');
      return;
    }
    const document = await vscode.workspace.openTextDocument({
      language: 'claim',
      content: markup,
    });
    await vscode.window.showTextDocument(document);
  });
}
