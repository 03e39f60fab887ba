/**
 * The language client with a trace that never shows claim text. With
 * `claimCoding.trace.server` at "verbose", the stock client writes every
 * message's parameters (whole documents, hovers, diagnostics) to the output
 * panel; claims carry patient data, so here the trace names the messages and
 * says how large their data was, and nothing more.
 */
import { LanguageClient } from 'vscode-languageclient/node';

export class PrivateLanguageClient extends LanguageClient {
  override trace(message: string, data?: unknown): void {
    super.trace(message, data === undefined ? undefined : withheld(data));
  }
}

function withheld(data: unknown): string {
  const size = typeof data === 'string' ? data.length : JSON.stringify(data ?? null).length;
  return `(${size} characters of message data withheld: claims may hold patient data)`;
}
