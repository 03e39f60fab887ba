/**
 * Open documents with incremental sync, plus a short label per document for
 * the log. File names can carry claim ids or patient names, so the log says
 * "document 3" rather than the URI.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export class OpenDocuments {
  readonly store = new TextDocuments(TextDocument);
  private readonly labels = new Map<string, string>();
  private nextLabel = 1;

  get(uri: string): TextDocument | undefined {
    return this.store.get(uri);
  }

  all(): TextDocument[] {
    return this.store.all();
  }

  label(uri: string): string {
    let label = this.labels.get(uri);
    if (!label) {
      label = `document ${this.nextLabel++}`;
      this.labels.set(uri, label);
    }
    return label;
  }

  forgetLabel(uri: string): void {
    this.labels.delete(uri);
  }
}
