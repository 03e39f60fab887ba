/**
 * The editor features of issue 5 in one place for server.ts: the capabilities
 * they announce and their handlers (outline, folding, smart select, definition,
 * references, rename, highlights, formatting, inlay hints, code lens, and the
 * custom requests behind the commands). Each handler is a thin call into its
 * adapter; the adapters call the engine.
 */
import {
  RequestType,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimEngine } from '../engine/index';
import { codeLenses } from './code-lens';
import type { DiagnosticsPublisher } from './diagnostics';
import type { OpenDocuments } from './documents';
import {
  CHECK_WORKSPACE_REQUEST,
  DATE_COVERAGE_REQUEST,
  DOCUMENTATION_TEMPLATE_REQUEST,
  SEARCH_CODES_REQUEST,
  type CheckWorkspaceParams,
  type DocumentationTemplateParams,
  type DocumentParams,
  type SearchCodesParams,
  type TemplateInsertion,
} from './editor-requests';
import type { EngineHost } from './engine-host';
import { foldingRanges, selectionRanges } from './folding';
import { formatDocument, formatRange } from './formatting';
import { inlayHints } from './inlay-hints';
import { isTooLarge } from './limits';
import type { ServerLog } from './log';
import { definition, highlights, references } from './navigation';
import { prepareRename, rename } from './rename';
import { safely } from './safe';
import { documentSymbols } from './symbols';
import { checkWorkspace } from './workspace-check';

export const EDITOR_CAPABILITIES: ServerCapabilities = {
  documentSymbolProvider: { label: 'Claims' },
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentHighlightProvider: true,
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  inlayHintProvider: { resolveProvider: false },
  codeLensProvider: { resolveProvider: false },
};

export class EditorFeatures {
  private host: EngineHost | undefined;
  private diagnostics: DiagnosticsPublisher | undefined;
  private workspaceFolders: string[] = [];
  private linkSupport = false;
  private inlayRefreshSupport = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly log: ServerLog,
  ) {
    this.register();
  }

  /** At `initialize`: remembers the folders and what the client can take; returns capabilities. */
  start(
    params: InitializeParams,
    host: EngineHost,
    diagnostics: DiagnosticsPublisher,
  ): ServerCapabilities {
    this.host = host;
    this.diagnostics = diagnostics;
    const folders = params.workspaceFolders?.map((folder) => folder.uri);
    this.workspaceFolders = folders ?? (params.rootUri ? [params.rootUri] : []);
    this.linkSupport = params.capabilities.textDocument?.definition?.linkSupport === true;
    this.inlayRefreshSupport = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    return EDITOR_CAPABILITIES;
  }

  /** New settings are in effect: inlay hints may have been turned on or off. */
  settingsChanged(): void {
    if (!this.inlayRefreshSupport) return;
    void this.connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  private register(): void {
    const { connection, log } = this;
    const on = this.withDocument.bind(this);

    connection.onDocumentSymbol(
      safely(log, 'document symbols', [], (p, t) =>
        on(p, t, [], (e, d) => documentSymbols(e, d.getText())),
      ),
    );
    connection.onFoldingRanges(
      safely(log, 'folding', [], (p, t) => on(p, t, [], (e, d) => foldingRanges(e, d.getText()))),
    );
    connection.onSelectionRanges(
      safely(log, 'selection ranges', [], (p, t) =>
        on(p, t, [], (e, d) => selectionRanges(e, d.getText(), p.positions)),
      ),
    );
    connection.onDefinition(
      safely(log, 'definition', null, (p, t) =>
        on(p, t, null, (e, d) => definition(e, d.uri, d.getText(), p.position, this.linkSupport)),
      ),
    );
    connection.onReferences(
      safely(log, 'references', [], (p, t) =>
        on(p, t, [], (e, d) =>
          references(e, d.uri, d.getText(), p.position, p.context.includeDeclaration),
        ),
      ),
    );
    connection.onDocumentHighlight(
      safely(log, 'highlights', [], (p, t) =>
        on(p, t, [], (e, d) => highlights(e, d.getText(), p.position)),
      ),
    );
    // Rename answers with an error the editor shows, so it is not wrapped in `safely`.
    connection.onPrepareRename((p, t) =>
      on(p, t, null, (e, d) => prepareRename(e, d.getText(), p.position)),
    );
    connection.onRenameRequest((p, t) =>
      on(p, t, null, (e, d) => rename(e, d.uri, d.getText(), p.position, p.newName)),
    );
    connection.onDocumentFormatting(
      safely(log, 'formatting', [], (p, t) =>
        on(p, t, [], (e, d) => formatDocument(e, d.getText())),
      ),
    );
    connection.onDocumentRangeFormatting(
      safely(log, 'range formatting', [], (p, t) =>
        on(p, t, [], (e, d) => formatRange(e, d.getText(), p.range)),
      ),
    );
    connection.languages.inlayHint.on(
      safely(log, 'inlay hints', [], (p, t) =>
        this.inlayHintsOn() ? on(p, t, [], (e, d) => inlayHints(e, d.getText(), p.range)) : [],
      ),
    );
    connection.onCodeLens(
      safely(log, 'code lens', [], (p, t) =>
        on(p, t, [], (e, d) =>
          codeLenses(
            e,
            d.getText(),
            this.diagnostics?.diagnosticsFor(d) ?? e.check(d.getText()).diagnostics,
          ),
        ),
      ),
    );
    this.registerCommands();
  }

  private registerCommands(): void {
    const { connection, log } = this;
    connection.onRequest(
      SEARCH_CODES_REQUEST,
      safely(log, 'code search', [], (p: SearchCodesParams) =>
        this.host && typeof p?.query === 'string'
          ? this.host.engine.searchCodes(p.query, p.limit)
          : [],
      ),
    );
    connection.onRequest(
      new RequestType<DocumentationTemplateParams, TemplateInsertion | null, void>(
        DOCUMENTATION_TEMPLATE_REQUEST,
      ),
      safely<DocumentationTemplateParams, TemplateInsertion | null>(
        log,
        'documentation template',
        null,
        (p: DocumentationTemplateParams, t) =>
          this.withDocument(p, t, null, (e, d) =>
            e.documentationTemplate(d.getText(), p.position.line),
          ),
      ),
    );
    connection.onRequest(
      DATE_COVERAGE_REQUEST,
      safely(log, 'date coverage', null, (p: DocumentParams, t) =>
        this.withDocument(p, t, null, (e, d) => e.dateCoverage(d.getText())),
      ),
    );
    connection.onRequest(CHECK_WORKSPACE_REQUEST, async (p: CheckWorkspaceParams, token) => {
      if (!this.host) return null;
      const folders = p?.folders?.length ? p.folders : this.workspaceFolders;
      try {
        return await checkWorkspace(folders, connection, this.documents, this.host, log, token);
      } catch (error) {
        log.failure('checking the workspace', error);
        return null;
      }
    });
  }

  /** Runs `work` on the open document the request names; `empty` when there is none to work on. */
  private withDocument<R>(
    params: { textDocument: { uri: string } },
    token: CancellationToken,
    empty: R,
    work: (engine: ClaimEngine, document: TextDocument) => R,
  ): R {
    const document = this.documents.get(params.textDocument.uri);
    if (!document || !this.host || isTooLarge(document)) return empty;
    const result = work(this.host.engine, document);
    return token.isCancellationRequested ? empty : result;
  }

  private inlayHintsOn(): boolean {
    return this.host?.settings.inlayHints !== false;
  }
}
