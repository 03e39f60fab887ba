/**
 * "Claim Coding: Import Code-Set Files…": the coder picks the folder holding the
 * publishers' files (ICD-10-CM order files or their zips, NUCC, HCPCS, NCCI, fee
 * schedule), it is added to `claimCoding.codeSetFolders`, and the server compiles
 * it with progress. When the server says new code sets are in use, the coder is
 * told which ICD-10-CM years are loaded and the status bar looks again.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CODE_SETS_CHANGED_NOTIFICATION,
  type CodeSetsChanged,
} from '../../server/src/lsp/code-set-requests';

const SETTING = 'codeSetFolders';

export function registerCodeSetImport(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('claimCoding.importCodeSetFiles', async () => {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Import Code-Set Files',
      title: 'Folder holding the ICD-10-CM, NUCC, HCPCS or NCCI files as published',
    });
    const folder = picked?.[0]?.fsPath;
    if (!folder) return;

    const settings = vscode.workspace.getConfiguration('claimCoding');
    const current = settings.get<string[]>(SETTING) ?? [];
    if (current.includes(folder)) {
      void vscode.window.showInformationMessage(`Claim Coding already reads ${folder}.`);
      return;
    }
    // Code sets belong to the machine, not to one workspace: the user setting.
    await settings.update(SETTING, [...current, folder], vscode.ConfigurationTarget.Global);
    if (!client()?.isRunning()) {
      void vscode.window.showWarningMessage(
        'The Claim Coding server is not running; the folder is read when it starts.',
      );
    }
  });
}

/** Calls `changed` whenever the server has put new code sets in use. */
export function onCodeSetsChanged(
  client: LanguageClient,
  changed: (update: CodeSetsChanged) => void,
): vscode.Disposable {
  return client.onNotification(CODE_SETS_CHANGED_NOTIFICATION, changed);
}

/** The coder's word that an import finished: the ICD-10-CM years now loaded. */
export function announceImport(update: CodeSetsChanged): void {
  const years = update.icd10cm.join(', ');
  void vscode.window.setStatusBarMessage(`Claim Coding: ICD-10-CM ${years} loaded`, 5000);
}
