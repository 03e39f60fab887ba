/**
 * The language client with a trace that never shows claim text. With
 * `claimCoding.trace.server` at "verbose", the stock client writes every
 * message's parameters (whole documents, hovers, diagnostics) to the output
 * panel; claims carry patient data, so here the trace names the messages and
 * says how large their data was, and nothing more.
 */
import { LanguageClient } from 'vscode-languageclient/node';
import { withheld, withheldTraceObject } from './trace-privacy';

export class PrivateLanguageClient extends LanguageClient {
  override trace(message: string, data?: unknown): void {
    super.trace(message, data === undefined ? undefined : withheld(data));
  }
}

// JSON-format traces go through `traceObject` with the whole message. It is private in
// the typings, so it is replaced on the prototype: the entry becomes a text line.
Object.defineProperty(PrivateLanguageClient.prototype, 'traceObject', {
  value(this: PrivateLanguageClient, data: unknown): void {
    LanguageClient.prototype.trace.call(this, withheldTraceObject(data));
  },
});
