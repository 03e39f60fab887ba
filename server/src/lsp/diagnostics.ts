/**
 * Pushes diagnostics with `textDocument/publishDiagnostics`, which every LSP
 * client understands (Neovim 0.7 and Emacs have no pull diagnostics).
 * Checks wait a moment after each edit, and a newer version of the document
 * replaces any check still waiting, so a burst of typing costs one check.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ClaimCache } from '../engine/claim-cache';
import type { Diagnostic } from '../engine/model';
import { toLspDiagnostic } from './convert';
import type { OpenDocuments } from './documents';
import type { EngineHost } from './engine-host';
import { fileNameOf } from './file-name';
import { isTooLarge, tooLargeDiagnostic } from './limits';
import { elapsed, type ServerLog } from './log';

/** Pause after an edit before checking; typing within it restarts the wait. */
export const CHECK_DELAY_MS = 150;

/**
 * A check this quick needs no wait before it (see `delayFor`). An Enter key press in
 * a 10,000-claim file re-checks in 20 to 40 ms (every claim below it moves).
 */
const QUICK_CHECK_MS = 50;

/** A check still waiting to run, and how to call it off. */
interface WaitingCheck {
  version: number;
  cancel(): void;
}

interface CheckedVersion {
  version: number;
  diagnostics: Diagnostic[];
}

export class DiagnosticsPublisher {
  private readonly waiting = new Map<string, WaitingCheck>();
  private readonly checked = new Map<string, CheckedVersion>();
  /** Per document: the claims that did not change since the last check keep their results. */
  private readonly caches = new Map<string, ClaimCache>();
  /** How long the last two re-checks of each document took, in ms, the latest first. */
  private readonly took = new Map<string, [number, number]>();
  /** False until the settings have been read, so the first check uses them. */
  private started = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly host: EngineHost,
    private readonly log: ServerLog,
  ) {}

  /**
   * Checks the document after `delay` ms, dropping any check still waiting for
   * an older version. A check already waiting for this version stays as it is.
   */
  schedule(document: TextDocument, delay = this.delayFor(document.uri)): void {
    if (!this.started) return;
    const version = document.version;
    if (this.waiting.get(document.uri)?.version === version) return;
    this.cancel(document.uri);
    const run = () => {
      this.waiting.delete(document.uri);
      this.publish(document.uri, version);
    };
    // A timer of 0 ms still waits a millisecond or more; an immediate runs at once.
    // Two in a row: the JSON-RPC connection handles one message per immediate, so a
    // burst of changes already read comes through before the check, and the newest
    // change calls off the check of the one before: one check for the burst.
    if (delay === 0) {
      let immediate = setImmediate(() => {
        immediate = setImmediate(run);
      });
      this.waiting.set(document.uri, { version, cancel: () => clearImmediate(immediate) });
    } else {
      const timer = setTimeout(run, delay);
      this.waiting.set(document.uri, { version, cancel: () => clearTimeout(timer) });
    }
  }

  /**
   * The wait after an edit. It spares a burst of typing one check per key, which
   * matters when a check is slow. A check after an edit re-checks only the claims
   * the edit touched, so it is usually quick: done before the next key, it runs at
   * once. Only re-checks that are slow twice running (a claim with a long note, say)
   * bring the wait back: one slow re-check is more often a garbage collection than
   * the document. The first check of a document is not counted: it checks every claim.
   */
  private delayFor(uri: string): number {
    const took = this.took.get(uri);
    return took === undefined || Math.min(...took) < QUICK_CHECK_MS ? 0 : CHECK_DELAY_MS;
  }

  /** The settings are known: check what is open now and every edit from here on. */
  begin(): void {
    if (this.started) return;
    this.started = true;
    this.scheduleAll();
  }

  /** Re-checks every open document, e.g. after the settings changed. */
  scheduleAll(): void {
    if (!this.started) return;
    this.checked.clear();
    for (const document of this.documents.all()) this.schedule(document, 0);
  }

  /** The document closed: stop work on it and clear its problems in the client. */
  forget(uri: string): void {
    this.cancel(uri);
    this.checked.delete(uri);
    this.caches.delete(uri);
    this.took.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  /**
   * The engine's diagnostics for the document's current version, from the last
   * check when it is still current (code actions read the fixes from here).
   */
  diagnosticsFor(document: TextDocument): Diagnostic[] {
    if (isTooLarge(document)) return [];
    const cached = this.checked.get(document.uri);
    if (cached && cached.version === document.version) return cached.diagnostics;
    const cache = this.caches.get(document.uri) ?? new ClaimCache();
    this.caches.set(document.uri, cache);
    const text = document.getText();
    const diagnostics = this.host.engine.check(text, fileNameOf(document.uri), cache).diagnostics;
    this.checked.set(document.uri, { version: document.version, diagnostics });
    return diagnostics;
  }

  dispose(): void {
    for (const waiting of this.waiting.values()) waiting.cancel();
    this.waiting.clear();
  }

  private cancel(uri: string): void {
    this.waiting.get(uri)?.cancel();
    this.waiting.delete(uri);
  }

  private publish(uri: string, version: number): void {
    const document = this.documents.get(uri);
    // A newer version has its own check queued, or the document is closed.
    if (!document || document.version !== version) return;

    const label = this.documents.label(uri);
    if (isTooLarge(document)) {
      this.log.info(`${label} v${version}: too large to check as you type`);
      const diagnostics = [tooLargeDiagnostic(document)];
      void this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
      return;
    }
    try {
      const start = performance.now();
      const recheck = this.checked.has(uri);
      const diagnostics = this.diagnosticsFor(document);
      if (recheck) {
        const latest = performance.now() - start;
        this.took.set(uri, [latest, this.took.get(uri)?.[0] ?? 0]);
      }
      this.log.detail(`${label} v${version}: ${summarize(diagnostics)} in ${elapsed(start)}`);
      void this.connection
        .sendDiagnostics({ uri, version, diagnostics: diagnostics.map(toLspDiagnostic) })
        .catch((error) => this.log.failure(`publishing diagnostics for ${label}`, error));
    } catch (error) {
      this.log.failure(`checking ${label} v${version}`, error);
    }
  }
}

/** "2 problems: dx-unused line 9, code-not-billable line 8": rules and lines only. */
function summarize(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no problems';
  const shown = diagnostics
    .slice(0, 8)
    .map((diagnostic) => `${diagnostic.rule} line ${diagnostic.range.start.line + 1}`);
  if (diagnostics.length > shown.length) shown.push('...');
  const noun = diagnostics.length === 1 ? 'problem' : 'problems';
  return `${diagnostics.length} ${noun}: ${shown.join(', ')}`;
}
