/**
 * Cancellation: a request the editor no longer wants gets the empty answer, before
 * the work when it was cancelled while queued, and without its result when it was
 * cancelled while running. The adapters are called directly with a token in each
 * state, so the test does not depend on timing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultCodeSets } from '../../server/src/engine/codesets/load';
import { ClaimEngine } from '../../server/src/engine/index';
import { completionInClaim, hoverInClaim } from '../../server/src/lsp/claim-window';
import { completion } from '../../server/src/lsp/completion';
import { hover } from '../../server/src/lsp/hover';
import { ServerLog } from '../../server/src/lsp/log';
import { safely } from '../../server/src/lsp/safe';
import { FORMAT_EXAMPLE } from './fixtures';

const engine = new ClaimEngine(defaultCodeSets());
const document = TextDocument.create('file:///c.claim', 'claim', 1, FORMAT_EXAMPLE);
const code = document.positionAt(FORMAT_EXAMPLE.indexOf('G58.0') + 1);
const codeStart = document.positionAt(FORMAT_EXAMPLE.indexOf('G58.0') + 3);

/** A token that reports cancellation from its `after`-th question on (0: from the start). */
function tokenCancelledAfter(after: number): CancellationToken {
  let asked = 0;
  return {
    get isCancellationRequested() {
      return asked++ >= after;
    },
    onCancellationRequested: () => ({ dispose: () => undefined }),
  };
}

const live = tokenCancelledAfter(Infinity);

function quietLog(lines: string[]): ServerLog {
  const write = (line: string) => lines.push(line);
  const console = { log: write, info: write, warn: write, error: write };
  return new ServerLog({ console } as unknown as Connection);
}

describe('robustness: cancellation', () => {
  it('a request cancelled while queued is answered empty without doing the work', () => {
    let ran = false;
    const handler = safely(quietLog([]), 'hover', null, () => {
      ran = true;
      return 'result';
    });
    assert.equal(handler({}, tokenCancelledAfter(0)), null);
    assert.equal(ran, false);
    assert.equal(handler({}, live), 'result');
  });

  it('hover and completion drop a result once the request is cancelled', () => {
    assert.ok(hover(engine, document, code, live));
    assert.ok(completion(engine, document, codeStart, live)?.items.length);
    // Cancelled during the work: the first question comes after it.
    assert.equal(hover(engine, document, code, tokenCancelledAfter(0)), null);
    assert.equal(completion(engine, document, codeStart, tokenCancelledAfter(0)), null);
  });

  it('so do hover and completion in a file too large to check', () => {
    assert.ok(hoverInClaim(engine, document, code, live));
    assert.equal(hoverInClaim(engine, document, code, tokenCancelledAfter(0)), null);
    assert.equal(completionInClaim(engine, document, codeStart, tokenCancelledAfter(0)), null);
  });

  it('a handler that throws is logged by where it failed, without its message', () => {
    const lines: string[] = [];
    const handler = safely(quietLog(lines), 'completion', null, () => {
      throw new Error('P-4471 was in the text');
    });
    assert.equal(handler({}, live), null);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^completion failed: Error/);
    assert.ok(!lines[0].includes('P-4471'));
  });
});
