/**
 * The editor commands of issue 5, each a thin call to the server: Look Up
 * Code, Insert Documentation Template and Check All Claim Files. The work
 * (searching the code sets, choosing the template, checking files) is the
 * server's, so other editors can send the same requests.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  DOCUMENTATION_TEMPLATE_REQUEST,
  SEARCH_CODES_REQUEST,
  type CodeSearchItem,
  type TemplateInsertion,
  type WorkspaceCheckResult,
} from '../../server/src/lsp/editor-requests';

type ClientSource = () => LanguageClient | undefined;

/** The characters of a code, so Look Up Code can replace a half-typed one. */
const CODE_WORD = /[A-Za-z0-9.]+/;
/** Typing pauses this long before the quick pick asks the server again. */
const SEARCH_PAUSE_MS = 120;

export function registerEditorCommands(context: vscode.ExtensionContext, client: ClientSource) {
  context.subscriptions.push(
    vscode.commands.registerCommand('claimCoding.lookUpCode', () => lookUpCode(client())),
    vscode.commands.registerCommand('claimCoding.insertDocumentationTemplate', () =>
      insertDocumentationTemplate(client()),
    ),
    vscode.commands.registerCommand('claimCoding.checkWorkspace', () => checkWorkspace(client())),
  );
}

function running(client: LanguageClient | undefined): client is LanguageClient {
  if (client?.isRunning()) return true;
  void vscode.window.showWarningMessage('The Claim Coding server is not running.');
  return false;
}

interface CodeItem extends vscode.QuickPickItem {
  code: string;
}

/** A quick pick over every code set; the chosen code replaces the selection or the code typed. */
async function lookUpCode(client: LanguageClient | undefined): Promise<void> {
  if (!running(client)) return;
  const editor = vscode.window.activeTextEditor;
  const typed = editor && wordAtCursor(editor);

  const pick = vscode.window.createQuickPick<CodeItem>();
  pick.title = 'Claim Coding: Look Up Code';
  pick.placeholder = 'A code (G58.0, 64620, RT, 208VP0014X, 24) or words (intercostal neuropathy)';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.value = typed ? editor.document.getText(typed) : '';

  let timer: NodeJS.Timeout | undefined;
  let asked = 0;
  const search = async (query: string) => {
    const ask = ++asked;
    pick.busy = true;
    const items = await client
      .sendRequest<CodeSearchItem[]>(SEARCH_CODES_REQUEST, { query })
      .catch(() => []);
    if (ask !== asked) return; // A newer query is on its way.
    pick.items = items.map((item) => ({
      label: item.code,
      description: `${item.codeSet} · ${item.title}`,
      detail: item.detail,
      code: item.code,
      // The server has ranked by code and by words; the quick pick must not filter them out.
      alwaysShow: true,
    }));
    pick.busy = false;
  };
  pick.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(value), SEARCH_PAUSE_MS);
  });

  const chosen = await new Promise<CodeItem | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    if (pick.value) void search(pick.value);
  });
  clearTimeout(timer);
  pick.dispose();
  if (!chosen) return;

  if (!editor || editor.document.isClosed) {
    await vscode.env.clipboard.writeText(chosen.code);
    void vscode.window.showInformationMessage(`Copied ${chosen.code} to the clipboard.`);
    return;
  }
  await editor.edit((edit) => {
    for (const selection of editor.selections) {
      const range = selection.isEmpty
        ? (wordAtCursor(editor, selection.active) ?? selection)
        : selection;
      edit.replace(range, chosen.code);
    }
  });
}

function wordAtCursor(editor: vscode.TextEditor, at = editor.selection.active) {
  if (!editor.selection.isEmpty && at === editor.selection.active) return editor.selection;
  return editor.document.getWordRangeAtPosition(at, CODE_WORD);
}

/** The note template for the procedure on the cursor's line, inserted as a snippet. */
async function insertDocumentationTemplate(client: LanguageClient | undefined): Promise<void> {
  if (!running(client)) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'claim') {
    void vscode.window.showInformationMessage(
      'Open a .claim file and put the cursor on a svc line.',
    );
    return;
  }
  const found = await client.sendRequest<TemplateInsertion | null>(DOCUMENTATION_TEMPLATE_REQUEST, {
    textDocument: { uri: editor.document.uri.toString() },
    position: editor.selection.active,
  });
  if (!found) return;
  if ('problem' in found) {
    void vscode.window.showInformationMessage(found.problem);
    return;
  }
  const at = new vscode.Position(found.position.line, found.position.character);
  await editor.insertSnippet(new vscode.SnippetString(undoIndent(editor, at, found.snippet)), at);
  if (found.general) {
    void vscode.window.showInformationMessage(
      `No template names ${found.code}: inserted the general procedure note.`,
    );
  }
}

/**
 * VS Code indents each line of a snippet after the first by the whitespace that
 * starts the line it is inserted on; the server has indented the lines already,
 * so that whitespace is taken off first.
 */
function undoIndent(editor: vscode.TextEditor, at: vscode.Position, snippet: string): string {
  const before = editor.document.lineAt(at.line).text.slice(0, at.character);
  const lead = /^[ \t]*/.exec(before)![0];
  if (!lead) return snippet;
  return snippet
    .split('\n')
    .map((line, index) => (index > 0 && line.startsWith(lead) ? line.slice(lead.length) : line))
    .join('\n');
}

/** Every .claim file in the workspace, open or not, into the Problems panel. */
async function checkWorkspace(client: LanguageClient | undefined): Promise<void> {
  if (!running(client)) return;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Open a folder to check the claim files in it.');
    return;
  }
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Claim Coding: checking claim files…',
      cancellable: true,
    },
    (_, token) =>
      client.sendRequest<WorkspaceCheckResult | null>(CHECK_WORKSPACE_REQUEST, { folders }, token),
  );
  if (!result) return;

  const files = `${result.files} claim ${result.files === 1 ? 'file' : 'files'}`;
  const found =
    result.errors + result.warnings === 0
      ? 'no errors or warnings'
      : `${result.errors} errors and ${result.warnings} warnings in ${result.filesWithProblems}`;
  const extra = [
    result.skipped > 0 ? ` ${result.skipped} skipped (too large or unreadable).` : '',
    result.truncated ? ' Stopped at the file limit.' : '',
  ].join('');
  const show = 'Show Problems';
  const answer = await vscode.window.showInformationMessage(
    `Checked ${files}: ${found}.${extra}`,
    show,
  );
  if (answer === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
