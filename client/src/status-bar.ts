/**
 * The status bar item: which ICD-10-CM year is loaded, with a warning when the
 * open claim file has dates of service outside it. Clicking shows every
 * code-set version in use.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DATE_COVERAGE_REQUEST, type DateCoverage } from '../../server/src/lsp/editor-requests';

/** Edits pause this long before the dates are looked at again. */
const UPDATE_PAUSE_MS = 300;

export class CodeSetStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'claimCoding.codeSets',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Claim Coding code sets';
    this.item.command = 'claimCoding.showCodeSetVersions';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== vscode.window.activeTextEditor?.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.update(), UPDATE_PAUSE_MS);
      }),
    );
  }

  /** Looks at the active editor again; hides the item unless it holds a claim file. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || document.languageId !== 'claim' || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    const ask = ++this.asked;
    void client
      .sendRequest<DateCoverage | null>(DATE_COVERAGE_REQUEST, {
        textDocument: { uri: document.uri.toString() },
      })
      .then((coverage) => {
        if (ask === this.asked && coverage) this.show(coverage);
      })
      .catch(() => undefined);
  }

  private show(coverage: DateCoverage): void {
    const span = `${coverage.from} to ${coverage.to}`;
    if (coverage.outside.length === 0) {
      this.item.text = `$(book) ${coverage.label}`;
      this.item.tooltip = `${coverage.label} (${span}). Click for every code-set version in use.`;
      this.item.backgroundColor = undefined;
    } else {
      const dates = coverage.outside.map((o) => `${o.date} (line ${o.line + 1})`);
      this.item.text = `$(warning) ${coverage.label}`;
      this.item.tooltip =
        `Dates of service outside ${coverage.label} (${span}): ${dates.join(', ')}. ` +
        'Codes on those dates are checked against a year that does not apply.';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
