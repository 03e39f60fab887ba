/**
 * The VS Code side of Claim Coding, kept thin: it starts the language server
 * and registers the commands; every feature lives in the server.
 */
import * as vscode from 'vscode';
import {
  TransportKind,
  type LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CODE_SET_VERSIONS_REQUEST } from '../../server/src/lsp/requests';
import { registerConvertToMarkup } from './convert-837';
import { withoutServerTemplates } from './completion-middleware';
import { announceImport, onCodeSetsChanged, registerCodeSetImport } from './code-set-import';
import { registerEditorCommands } from './editor-commands';
import { PrivateLanguageClient } from './private-client';
import { RestartingErrorHandler } from './restarts';
import { CodeSetStatus } from './status-bar';

let client: LanguageClient | undefined;
const errorHandler = new RestartingErrorHandler();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const status = new CodeSetStatus(() => client);
  registerEditorCommands(context, () => client);

  context.subscriptions.push(
    vscode.commands.registerCommand('claimCoding.showCodeSetVersions', showCodeSetVersions),
    vscode.commands.registerCommand('claimCoding.restartServer', restartServer),
    registerCodeSetImport(() => client),
    registerConvertToMarkup(() => client),
    status,
    // Newly loaded ICD-10-CM years change what the status bar says.
    onCodeSetsChanged(client, (update) => {
      announceImport(update);
      status.update();
    }),
    // Trust unlocks the settings that name files, which the server reads at start-up.
    vscode.workspace.onDidGrantWorkspaceTrust(restartServer),
  );

  await client.start();
  status.update();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'claim' }, { language: 'x12-837' }],
    middleware: { provideCompletionItem: withoutServerTemplates },
    // The server asks for the `claimCoding` section itself; trust decides whether
    // it may read files that settings name.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    errorHandler,
  };
  // The id `claimCoding` makes the client honour the `claimCoding.trace.server` setting.
  return new PrivateLanguageClient('claimCoding', 'Claim Coding', serverOptions, clientOptions);
}

interface CodeSetVersions {
  [codeSet: string]: string;
}

const CODE_SET_NAMES: Record<string, string> = {
  icd10cm: 'ICD-10-CM',
  nucc: 'NUCC taxonomy',
  mue: 'NCCI MUE',
  addOn: 'NCCI add-on code edits',
  feeSchedule: 'Physician fee schedule',
  hcpcsModifiers: 'HCPCS modifiers',
  placeOfService: 'Place of service',
};

async function showCodeSetVersions(): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('The Claim Coding server is not running.');
    return;
  }
  const versions = await client.sendRequest<CodeSetVersions | null>(CODE_SET_VERSIONS_REQUEST);
  if (!versions) return;
  const items = Object.entries(versions).map(([set, version]) => ({
    label: CODE_SET_NAMES[set] ?? set,
    description: version,
  }));
  await vscode.window.showQuickPick(items, { title: 'Claim Coding: code-set versions in use' });
}

async function restartServer(): Promise<void> {
  if (!client) return;
  // The start-up options carry the trust state, which may have changed.
  client.clientOptions.initializationOptions = { workspaceTrusted: vscode.workspace.isTrusted };
  errorHandler.reset();
  await client.restart();
}
