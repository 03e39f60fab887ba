/**
 * A small LSP client for tests: starts `dist/server.js --stdio` as a child
 * process and speaks to it with vscode-languageserver-protocol, the way an
 * editor would. Waiting is done on messages, never on fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

// Tests run as CommonJS under tsx, so __dirname is this folder.
export const SERVER_PATH = resolve(__dirname, '../../dist/server.js');

export interface StartOptions {
  /** Another build of the server (the benchmark measures variants); dist/server.js by default. */
  serverPath?: string;
  /** How to talk to the server: stdio (other editors) or node IPC (VS Code). */
  transport?: 'stdio' | 'ipc';
  /** Answer to `workspace/configuration` for `claimCoding`; null: the client cannot be asked. */
  settings?: Record<string, unknown> | null;
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  /** Node options before the server script, e.g. a `--require` preload. */
  nodeArgs?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  /** The trace level sent in `initialize`. */
  trace?: 'off' | 'messages' | 'verbose';
}

/** Capabilities of a plain editor: push diagnostics, markdown hover, snippets. */
export function editorCapabilities(pullConfiguration: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration: pullConfiguration,
      didChangeConfiguration: { dynamicRegistration: pullConfiguration },
    },
    textDocument: {
      synchronization: { didSave: false, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
        isPreferredSupport: true,
      },
    },
  };
}

interface DiagnosticsWaiter {
  uri: string;
  version: number | undefined;
  resolve(params: PublishDiagnosticsParams): void;
  reject(error: Error): void;
}

export class TestClient {
  /** Every `window/logMessage` the server sent, in order. */
  readonly logs: string[] = [];
  /** Every `window/showMessage` the server sent. */
  readonly shownMessages: string[] = [];
  /** Every diagnostics push, in the order received. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** The last diagnostics pushed per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  initializeResult: InitializeResult | undefined;
  /**
   * When the last `edit` was sent (`performance.now()`), after this client updated
   * its own copy of the document: an editor's buffer is its own cost, not the server's.
   */
  lastEditSentAt = 0;
  settings: Record<string, unknown> | null;

  private readonly documents = new Map<string, TextDocument>();
  private waiters: DiagnosticsWaiter[] = [];
  private readonly exited: Promise<number | null>;
  private nextDocument = 1;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown> | null,
  ) {
    this.settings = settings;
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
    void this.exited.then(() => this.failWaiters());
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    connection.onNotification(ShowMessageNotification.type, (p) => {
      this.shownMessages.push(p.message);
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.received(p));
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'claimCoding' ? this.settings : null)),
    );
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(ShowMessageRequest.type, (p) => {
      this.shownMessages.push(p.message);
      return null;
    });
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    const ipc = options.transport === 'ipc';
    const server = options.serverPath ?? SERVER_PATH;
    const args = [...(options.nodeArgs ?? []), server, ipc ? '--node-ipc' : '--stdio'];
    const child = spawn(process.execPath, args, {
      stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
      env: options.env ? { ...process.env, ...options.env } : process.env,
    });
    const connection = ipc
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(
          new StreamMessageReader(child.stdout!),
          new StreamMessageWriter(child.stdin!),
        );
    connection.listen();
    const settings = options.settings === undefined ? {} : options.settings;
    const client = new TestClient(child, connection, settings);

    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: options.capabilities ?? editorCapabilities(settings !== null),
      initializationOptions: options.initializationOptions,
      trace: options.trace,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document; resolves with its URI once the server pushed its diagnostics. */
  async open(text: string, name = `test-${this.nextDocument++}.claim`): Promise<OpenedDocument> {
    const uri = pathToFileURL(resolve('/tmp/claim-coding-tests', name)).href;
    const document = TextDocument.create(uri, 'claim', 1, text);
    this.documents.set(uri, document);
    const published = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'claim', version: 1, text },
    });
    return { uri, diagnostics: (await published).diagnostics };
  }

  /**
   * Applies incremental edits as an editor would and resolves with the
   * diagnostics the server pushes for the new version.
   */
  async edit(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const before = this.document(uri);
    const version = before.version + 1;
    this.documents.set(uri, TextDocument.update(before, changes, version));
    const published = this.nextDiagnostics(uri, version);
    this.lastEditSentAt = performance.now();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return (await published).diagnostics;
  }

  /** Sends edits without waiting, e.g. a burst of typing. Returns the new version. */
  async editQuickly(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const before = this.document(uri);
    const version = before.version + 1;
    this.documents.set(uri, TextDocument.update(before, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri, undefined);
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    });
    return (await published).diagnostics;
  }

  /** Pushes new settings the way VS Code does (the server then asks for them). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { claimCoding: settings },
    });
  }

  /** The next diagnostics pushed for `uri`, for `version` when given. */
  nextDiagnostics(uri: string, version: number | undefined): Promise<PublishDiagnosticsParams> {
    return new Promise((resolveWaiter, rejectWaiter) => {
      if (this.child.exitCode !== null) rejectWaiter(new Error('the server has exited'));
      this.waiters.push({ uri, version, resolve: resolveWaiter, reject: rejectWaiter });
    });
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /** Position of the `occurrence`-th match of `needle`, plus `offset` characters. */
  positionOf(uri: string, needle: string, offset = 0, occurrence = 1): Position {
    const text = this.text(uri);
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) throw new Error(`"${needle}" not found in the document`);
    }
    return this.document(uri).positionAt(index + offset);
  }

  /** Position at the end of the line that holds the first `needle`. */
  endOfLine(uri: string, needle: string): Position {
    const { line } = this.positionOf(uri, needle);
    const lineText = this.text(uri).split(/\r?\n/)[line] ?? '';
    return { line, character: lineText.length };
  }

  /** Position just after the end of the document. */
  endOf(uri: string): Position {
    const document = this.document(uri);
    return document.positionAt(document.getText().length);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position): Promise<CompletionList> {
    const result = await this.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
    });
    if (!result) return { isIncomplete: false, items: [] };
    return Array.isArray(result) ? { isIncomplete: false, items: result } : result;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
    // Bare commands have a string `command`; this server only answers with code actions.
    return (result ?? []).filter(
      (action): action is CodeAction => typeof action.command !== 'string',
    );
  }

  /**
   * Applies a code action's workspace edit to our copy of the document and
   * tells the server, as an editor does. Resolves with the new diagnostics.
   */
  async applyCodeAction(uri: string, action: CodeAction): Promise<Diagnostic[]> {
    const edits = action.edit?.changes?.[uri];
    if (!edits?.length) throw new Error(`code action "${action.title}" has no edit for ${uri}`);
    const before = this.document(uri);
    const after = TextDocument.applyEdits(before, edits);
    return this.edit(uri, [{ text: after }]);
  }

  /** Orderly shutdown; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Resolves with the exit code when the server ends by itself. */
  waitForExit(): Promise<number | null> {
    return this.exited;
  }

  private document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  private received(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.diagnostics.set(params.uri, params);
    const ready = this.waiters.filter(
      (w) => w.uri === params.uri && (w.version === undefined || w.version === params.version),
    );
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve(params);
  }

  private failWaiters(): void {
    // A server that died never answers: fail the test instead of hanging it.
    for (const waiter of this.waiters) waiter.reject(new Error('the server exited'));
    this.waiters = [];
  }
}

export interface OpenedDocument {
  uri: string;
  /** The diagnostics pushed for the opened version. */
  diagnostics: Diagnostic[];
}

/** A range over the first `needle` in `text`, for code-action requests. */
export function rangeOf(client: TestClient, uri: string, needle: string): Range {
  return {
    start: client.positionOf(uri, needle),
    end: client.positionOf(uri, needle, needle.length),
  };
}

/** The labels of completion items in the order an editor shows them (by sortText). */
export function labels(items: CompletionItem[]): string[] {
  return [...items]
    .sort((a, b) => compare(a.sortText ?? a.label, b.sortText ?? b.label))
    .map((item) => item.label);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
