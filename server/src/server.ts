/**
 * The Claim Coding language server: LSP wiring only. Each feature lives in
 * its own adapter under `lsp/`; the engine behind them knows nothing of LSP.
 * Start it with `--stdio` or `--node-ipc`.
 */
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { URI } from './lsp/uri';
import { completionInClaim, hoverInClaim } from './lsp/claim-window';
import { codeActions } from './lsp/code-actions';
import { completion, COMPLETION_TRIGGERS } from './lsp/completion';
import { SettingsSource } from './lsp/configuration';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { OpenDocuments } from './lsp/documents';
import { EngineHost } from './lsp/engine-host';
import { hover } from './lsp/hover';
import { isTooLarge } from './lsp/limits';
import { describeError, elapsed, ServerLog } from './lsp/log';
import { announceCodeSets, editorFolderLoader } from './lsp/code-set-folders';
import { CODE_SET_VERSIONS_REQUEST, TO_MARKUP_REQUEST } from './lsp/requests';
import { icdYears } from './engine/icd-years';
import { safely, safelyNotify } from './lsp/safe';
import { readSettings } from './lsp/settings';
import { EditorFeatures } from './lsp/editor-features';
import { version } from '../../package.json';

const connection = createConnection(ProposedFeatures.all);
const log = new ServerLog(connection);
const documents = new OpenDocuments();
// Outline, folding, navigation, rename, formatting, inlay hints, code lens, commands.
const editor = new EditorFeatures(connection, documents, log);

interface Services {
  host: EngineHost;
  diagnostics: DiagnosticsPublisher;
  settings: SettingsSource;
}
let services: Services | undefined;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const start = performance.now();
  const options = initializationOptions(params.initializationOptions);
  const host = new EngineHost(
    log,
    workspaceRoot(params),
    options.workspaceTrusted !== false,
    editorFolderLoader(connection, log),
    (codeSets) => announceCodeSets(connection, codeSets),
  );
  const diagnostics = new DiagnosticsPublisher(connection, documents, host, log);
  const settings = new SettingsSource(
    connection,
    params.capabilities,
    readSettings(options.settings),
    host,
    diagnostics,
    log,
  );
  settings.onApplied = () => editor.settingsChanged();
  services = { host, diagnostics, settings };
  log.info(`Claim Coding ${version}: code sets loaded in ${elapsed(start)}.`);

  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      ...editor.start(params, host, diagnostics),
    },
    serverInfo: { name: 'claim-coding', version },
  };
});

connection.onInitialized(() => {
  void services?.settings.start().catch((error) => log.failure('reading settings', error));
});

connection.onDidChangeConfiguration(
  safelyNotify(log, 'settings change', (params) => services?.settings.onDidChange(params)),
);

documents.store.onDidOpen((event) => services?.diagnostics.schedule(event.document, 0));
// didOpen also fires a content change; the check queued for that version stays.
documents.store.onDidChangeContent((event) => services?.diagnostics.schedule(event.document));
documents.store.onDidClose((event) => {
  services?.diagnostics.forget(event.document.uri);
  documents.forgetLabel(event.document.uri);
});

connection.onCompletion(
  safely(log, 'completion', null, (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !services) return null;
    // A file too large to check still completes, from the claim at the cursor alone.
    const complete = isTooLarge(document) ? completionInClaim : completion;
    return complete(services.host.engine, document, params.position, token);
  }),
);

connection.onHover(
  safely(log, 'hover', null, (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !services) return null;
    const describe = isTooLarge(document) ? hoverInClaim : hover;
    return describe(services.host.engine, document, params.position, token);
  }),
);

connection.onCodeAction(
  safely(log, 'code actions', [], (params) =>
    services ? codeActions(params, documents, services.diagnostics) : [],
  ),
);

connection.onRequest(
  CODE_SET_VERSIONS_REQUEST,
  safely(log, 'code-set versions', null, () => {
    const codeSets = services?.host.engine.codeSets;
    if (!codeSets) return null;
    // Every ICD-10-CM year loaded, not only the newest.
    const years = icdYears(codeSets).map((year) => year.version).join(', ');
    return { ...codeSets.versions, icd10cm: years };
  }),
);

connection.onRequest(
  TO_MARKUP_REQUEST,
  safely(log, 'to markup', null, (params: { uri: string }) => {
    const document = documents.get(params.uri);
    if (!document || !services) return null;
    return services.host.engine.toMarkup(document.getText()) ?? null;
  }),
);

connection.onShutdown(() => services?.diagnostics.dispose());

/** What a client may pass at start-up; VS Code sends trust, other editors their settings. */
function initializationOptions(raw: unknown): { settings?: unknown; workspaceTrusted?: boolean } {
  if (typeof raw !== 'object' || raw === null) return {};
  const options = raw as Record<string, unknown>;
  return {
    settings: options.settings ?? options,
    workspaceTrusted:
      typeof options.workspaceTrusted === 'boolean' ? options.workspaceTrusted : undefined,
  };
}

function workspaceRoot(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  return uri ? URI.toFilePath(uri) : (params.rootPath ?? undefined);
}

// The client may vanish without a shutdown (editor killed): writing to it then
// fails, and there is nobody left to serve, so leave quietly.
process.stdout.on('error', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (error) => log.failure('server', error));
process.on('unhandledRejection', (reason) => {
  connection.console.error(`unhandled promise: ${describeError(reason)}`);
});

documents.store.listen(connection);
connection.listen();
